/*
 * forecast gadget: the quarter's deals as one stacked bar (or one per rep): won so far, then Commit, Best case
 * and Pipeline, with the target (quotas or a number) as a dashed marker; most likely and best case against it
 * above the chart. Each stacked part drills into its deals, as the server sends them.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };
  var TOTALS = ['mostLikely', 'bestCaseTotal', 'target'];

  function money(value, reason, currency) {
    return view.valueCell(value, reason, 'amount', currency);
  }

  /**
   * "Most likely €3,400 (68 % of target)": a total and its attainment, or the total alone without a target; null
   * when the KPI has no such figure (no category field: only won).
   */
  function summary(row, name, attainment, currency) {
    if (row[name] === undefined) {
      return null;
    }
    var amount = row[name] === null ? SalesKpi.gadgetChart.absent(row[name + 'AbsentReason'])
        : SalesKpi.format(Number(row[name]), 'amount', currency);
    var share = row[attainment];
    return el('span', {className: 'saleskpi-forecast-' + name, dataset: {value: row[name] === null ? '' : String(row[name])}},
        share === null || share === undefined ? t('saleskpi.gadget.forecast.' + name + 'Alone', amount)
          : t('saleskpi.gadget.forecast.' + name + 'Of', amount, SalesKpi.format(Number(share), 'ratio')));
  }

  base.define({
    type: 'forecast',
    draw: function (v) {
      var data = v.data;
      var rows = data.reps ? data.reps : [data.total];
      var labels = data.reps ? data.reps.map(function (r) { return r.label; }) : [t('saleskpi.gadget.forecast.team')];
      var parts = data.parts;
      if (!data.categories) {
        v.body.appendChild(el('p', {className: 'saleskpi-hint', dataset: {note: 'not-configured'}},
            t('saleskpi.gadget.forecast.noCategories')));
      }
      // With categories: most likely and best case; without, won so far is all the KPI tells against the target.
      var said = data.categories ? [summary(data.total, 'mostLikely', 'mostLikelyAttainment', data.currency), ' · ',
        summary(data.total, 'bestCaseTotal', 'bestCaseAttainment', data.currency)]
        : [summary(data.total, 'won', 'wonAttainment', data.currency)];
      v.body.appendChild(el('div', {className: 'saleskpi-forecast-summary'},
          [el('div', {className: 'saleskpi-period'}, base.periodText(data.period))].concat(said)));
      var series = parts.map(function (part, i) {
        return {label: t('saleskpi.gadget.forecast.' + part), values: rows.map(function (r) { return r[part]; }),
          reasons: rows.map(function (r) { return r[part + 'AbsentReason']; }), colour: SalesKpi.palette.colour(i)};
      });
      // The list says which part of whose forecast it shows: "Commit €3,400, Avery Brooks, 1 Oct – 31 Dec 2026".
      function about(row, label, part) {
        return {text: t('saleskpi.gadget.drillAboutGroup', t('saleskpi.gadget.forecast.' + part),
          money(row[part], row[part + 'AbsentReason'], data.currency), label, base.periodText(data.period)),
          currency: data.currency, amount: base.amountField(v.profile)};
      }
      var targets = rows.map(function (r) { return r.target; });
      var canvas = view.canvas(v.body, t('saleskpi.gadget.chartLabel', v.title, base.periodText(data.period)));
      var chart = SalesKpi.gadgetChart.create(canvas, {kind: 'bar', labels: labels, series: series, unit: 'amount',
        currency: data.currency, stacked: true,
        targetMarkers: targets.some(function (x) { return x !== null; }) ? targets : null,
        ariaLabel: canvas.getAttribute('aria-label'),
        onDrill: function (index, seriesIndex) {
          var query = rows[index][parts[seriesIndex] + 'Jql'];
          if (query) {
            global.location.assign(v.context.issuesUrl(query, about(rows[index], labels[index], parts[seriesIndex])));
          }
        }});
      var totals = TOTALS.filter(function (p) { return data.total[p] !== undefined; });
      var head = [t('saleskpi.gadget.group')].concat(parts.map(function (p) { return t('saleskpi.gadget.forecast.' + p); }),
          totals.map(function (p) { return t('saleskpi.gadget.forecast.' + p); }));
      function cells(row, label) {
        return {cells: [label].concat(parts.map(function (p) {
          return view.drillValue(row[p], row[p + 'AbsentReason'], 'amount', data.currency, row[p + 'Jql'], v.context,
              about(row, label, p));
        }), totals.map(function (p) { return money(row[p], row[p + 'AbsentReason'], data.currency); }))};
      }
      var tableRows = rows.map(function (row, i) { return cells(row, labels[i]); });
      var foot = data.reps ? cells(data.total, t('saleskpi.gadget.forecast.team')).cells : null;
      v.tableBox.appendChild(view.table({caption: v.title + ' (' + base.periodText(data.period) + ')', head: head,
        rows: tableRows, foot: foot}, v.context));
      var csv = [['group', 'from', 'to'].concat(parts, totals)].concat(rows.concat(data.reps ? [data.total] : [])
          .map(function (row) {
            return [row.group, data.period.from, data.period.to].concat(parts.map(function (p) { return row[p]; }),
                totals.map(function (p) { return row[p]; }));
          }));
      return {chart: chart, canvas: canvas, csv: csv};
    }
  });
})(window);
