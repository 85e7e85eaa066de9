/*
 * pipeline-trend gadget: the open pipeline (amount and weighted amount, or the number of open deals) as it stood
 * at the end of each week or month, one point per bucket. A past state is no set of issues a search finds today,
 * so the points do not drill; where the host keeps no history the gadget says so instead of drawing a chart.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };

  base.define({
    type: 'pipeline-trend',
    draw: function (v) {
      var data = v.data;
      // A line missing as a whole (no history, a weighted amount not configured) is said once, not drawn.
      var said = {};
      data.series.forEach(function (s) {
        if (s.absentReason && !said[s.absentReason]) {
          said[s.absentReason] = true;
          v.body.appendChild(el('p', {className: 'saleskpi-hint', dataset: {note: s.absentReason}},
              t('saleskpi.gadget.trend.' + s.absentReason)));
        }
      });
      var labels = data.buckets.map(function (b) { return base.periodLabel(b, data.bucket); });
      var lines = data.absentReason ? data.series : data.series.filter(function (s) { return !s.absentReason; });
      var series = lines.map(function (s, i) {
        return {label: t('saleskpi.gadget.trend.' + s.figure), values: s.values, reasons: s.valuesAbsentReasons,
          colour: SalesKpi.palette.colour(i)};
      });
      var canvas = null;
      var chart = null;
      if (!data.absentReason) {
        canvas = view.canvas(v.body, t('saleskpi.gadget.chartLabel', v.title, base.periodText(data.period)));
        chart = SalesKpi.gadgetChart.create(canvas, {kind: 'line', labels: labels, series: series,
          unit: lines.length ? lines[0].unit : 'amount', currency: data.currency,
          ariaLabel: canvas.getAttribute('aria-label')});
      }
      var head = [t('saleskpi.gadget.trend.asOfEnd')].concat(series.map(function (s) { return s.label; }));
      var rows = data.buckets.map(function (bucket, index) {
        return {cells: [labels[index]].concat(lines.map(function (s) {
          return view.valueCell(s.values[index], s.valuesAbsentReasons[index], s.unit, data.currency);
        }))};
      });
      v.tableBox.appendChild(view.table({caption: v.title + ' (' + base.periodText(data.period) + ')', head: head,
        rows: rows}, v.context));
      var csv = [['from', 'to'].concat(lines.map(function (s) { return s.figure; }))].concat(data.buckets.map(
          function (bucket, index) {
            return [bucket.from, bucket.to].concat(lines.map(function (s) { return s.values[index]; }));
          }));
      return {chart: chart, canvas: canvas, csv: csv};
    }
  });
})(window);
