/*
 * The completed and worked-on gadgets share one drawing: counts per assignee and bucket as bars
 * (stacked when the preference says so), a table of reps by bucket with totals, drill-down by
 * assignee and bucket through the drill-downs the server sends.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var t = function () { return SalesKpi.t.apply(null, arguments); };

  function define(type) {
    var base = SalesKpi.gadgetBase;
    var view = SalesKpi.gadgetView;
    return base.define({
      type: type,
      draw: function (v) {
        var data = v.data;
        var prefs = v.prefs;
        var labels = data.buckets.map(function (b) { return base.periodLabel(b, data.bucket); });
        var whole = {from: data.buckets.length ? data.buckets[0].from : '',
          to: data.buckets.length ? data.buckets[data.buckets.length - 1].to : ''};
        // The server sends each count's drill-down and each rep's total's.
        function jql(rep, index) {
          return (index === undefined ? rep.totalJql : (rep.jql || [])[index]) || null;
        }
        // The list says whose count of which bucket it shows: "Completed 4, Avery Brooks, 1 – 31 Oct 2026".
        function about(rep, index) {
          var span = index === undefined ? whole : data.buckets[index];
          var count = index === undefined ? rep.total : rep.counts[index];
          return {text: t('saleskpi.gadget.drillAboutGroup', v.title, view.valueCell(count, null, 'count'),
            rep.displayName, base.periodText(span)),
            currency: v.profile ? v.profile.currency : null, amount: base.amountField(v.profile)};
        }
        var series = data.reps.map(function (r, i) {
          return {label: r.displayName, values: r.counts, reasons: r.countsAbsentReasons, colour: SalesKpi.palette.colour(i, prefs.colours)};
        });
        var canvas = view.canvas(v.body, t('saleskpi.gadget.chartLabel', v.title, base.periodText(whole)), series.length > 8);
        var chart = SalesKpi.gadgetChart.create(canvas, {kind: 'bar', labels: labels, series: series, unit: 'count',
          stacked: prefs.stacked !== 'false', ariaLabel: canvas.getAttribute('aria-label'),
          onDrill: function (index, seriesIndex) {
            var query = jql(data.reps[seriesIndex], index);
            if (query) {
              global.location.assign(v.context.issuesUrl(query, about(data.reps[seriesIndex], index)));
            }
          }});
        var rows = data.reps.map(function (r) {
          return {drill: jql(r), about: about(r), cells: [r.displayName].concat(r.counts.map(function (c, i) {
            return view.drillValue(c, r.countsAbsentReasons[i], 'count', null, c ? jql(r, i) : null, v.context,
                about(r, i));
          }), [view.valueCell(r.total, r.totalAbsentReason, 'count')])};
        });
        v.tableBox.appendChild(view.table({caption: v.title + ' (' + base.periodText(whole) + ')',
          head: [t('saleskpi.gadget.rep')].concat(labels, [t('saleskpi.gadget.total')]), rows: rows,
          foot: [t('saleskpi.gadget.total')].concat(data.totals.counts.map(function (c, i) {
            return view.valueCell(c, data.totals.countsAbsentReasons[i], 'count');
          }), [''])}, v.context));
        var csv = [['rep'].concat(data.buckets.map(function (b) { return b.from; }), ['total'])].concat(data.reps.map(function (r) {
          return [r.displayName].concat(r.counts, [r.total]);
        }));
        return {chart: chart, canvas: canvas, csv: csv};
      }
    });
  }

  SalesKpi.gadgetActivity = {define: define};
})(window);
