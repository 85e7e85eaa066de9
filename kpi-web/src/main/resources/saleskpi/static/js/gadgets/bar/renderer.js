/*
 * bar gadget: a bar per group (rep by default), stacked when stackBy is set, with each rep's
 * quota as a dashed marker; a bar or stack drills down to its issues.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };

  base.define({
    type: 'bar',
    draw: function (v) {
      var data = v.data;
      var prefs = v.prefs;
      var bars = data.bars;
      var stacked = data.stacks.length > 0;
      var name = base.figureName(data.figure, v.kpis);
      var series = stacked ? data.stacks.map(function (stack, i) {
        return {label: stack.label, values: bars.map(function (b) { return b.stacks[i]; }),
          reasons: bars.map(function (b) { return b.stacksAbsentReasons[i]; }), colour: SalesKpi.palette.colour(i, prefs.colours)};
      }) : [{label: name, values: bars.map(function (b) { return b.value; }),
        reasons: bars.map(function (b) { return b.absentReason; }), colour: SalesKpi.palette.colour(0, prefs.colours)}];
      // Quotas are money: against a KPI of another unit the server leaves them out, and the gadget says so.
      var otherUnit = bars.length > 0 && bars.every(function (b) { return b.targetAbsentReason === 'target-in-other-unit'; });
      var withTarget = prefs.target === 'quota' && !otherUnit;
      if (prefs.target === 'quota' && otherUnit) {
        v.body.appendChild(el('p', {className: 'saleskpi-hint', dataset: {note: 'target-in-other-unit'}},
            t('saleskpi.gadget.quotaNotShown', name)));
      }
      // The server sends the drill-down of each bar and stack (null where the figure is no set of issues).
      function jql(index, stackIndex) {
        var bar = bars[index];
        return (stackIndex === undefined ? bar.jql : (bar.stacksJql || [])[stackIndex]) || null;
      }
      // What a bar's list shows, in words: "New opportunities 25, Avery Brooks, 1 Oct – 6 Dec 2026"; a rate what it
      // is made of: "19 won of 25 closed, Avery Brooks, 1 Oct – 6 Dec 2026".
      function about(index) {
        var bar = bars[index];
        var words = base.rateWords(data.figure, bar.numerator, bar.denominator, bar.partsUnit, data.currency);
        return {text: words ? t('saleskpi.gadget.drillAboutRateGroup', words, bar.label, base.periodText(data.period))
          : t('saleskpi.gadget.drillAboutGroup', name, view.valueCell(bar.value, bar.absentReason, data.unit,
            data.currency), bar.label, base.periodText(data.period)), currency: data.currency, amount: base.amountField(v.profile)};
      }
      // A stack's list: "Won revenue (Enterprise) $40,000.00, Avery Brooks, Oct 1 – Dec 31, 2026".
      function aboutStack(index, stackIndex) {
        var bar = bars[index];
        return {text: t('saleskpi.gadget.drillAboutGroup', name + ' (' + data.stacks[stackIndex].label + ')',
          view.valueCell(bar.stacks[stackIndex], bar.stacksAbsentReasons[stackIndex], data.unit, data.currency), bar.label,
          base.periodText(data.period)), currency: data.currency, amount: base.amountField(v.profile)};
      }
      var canvas = view.canvas(v.body, t('saleskpi.gadget.chartLabel', v.title, base.periodText(data.period)));
      var chart = SalesKpi.gadgetChart.create(canvas, {kind: 'bar', labels: bars.map(function (b) { return b.label; }),
        series: series, unit: data.unit, currency: data.currency, stacked: stacked,
        targetMarkers: withTarget ? bars.map(function (b) { return b.target; }) : null,
        ariaLabel: canvas.getAttribute('aria-label'),
        onDrill: function (index, seriesIndex) {
          var query = jql(index, stacked ? seriesIndex : undefined);
          if (query) {
            global.location.assign(v.context.issuesUrl(query, stacked ? aboutStack(index, seriesIndex) : about(index)));
          }
        }});
      var head = [t('saleskpi.gadget.group'), name].concat(withTarget ? [t('saleskpi.gadget.quota')] : [],
          stacked ? data.stacks.map(function (s) { return s.label; }) : []);
      var rows = bars.map(function (b, index) {
        return {drill: jql(index), about: about(index), cells: [b.label, view.valueCell(b.value, b.absentReason, data.unit, data.currency)].concat(
            withTarget ? [view.valueCell(b.target, b.targetAbsentReason, data.unit, data.currency)] : [],
            stacked ? data.stacks.map(function (s, i) {
              return view.drillValue(b.stacks[i], b.stacksAbsentReasons[i], data.unit, data.currency, jql(index, i), v.context,
                  aboutStack(index, i));
            }) : [])};
      });
      v.tableBox.appendChild(view.table({caption: v.title + ' (' + base.periodText(data.period) + ')', head: head, rows: rows}, v.context));
      var csv = [['group'].concat(head.slice(1))].concat(bars.map(function (b) {
        return [b.label, b.value].concat(withTarget ? [b.target] : [], stacked ? b.stacks : []);
      }));
      return {chart: chart, canvas: canvas, csv: csv};
    }
  });
})(window);
