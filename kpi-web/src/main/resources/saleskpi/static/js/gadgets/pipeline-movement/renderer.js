/*
 * pipeline-movement gadget: the waterfall from the open pipeline at the start of the period to the open pipeline
 * at its end (new, increased, decreased, won, lost, moved out of scope), as floating Chart.js bars in the
 * profile's currency. Without history it says so in place of the chart.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };
  var COLOURS = {total: '#0052CC', up: '#36B37E', down: '#DE350B'};

  /** Each bar's [low, high]: totals stand on zero, a rise or fall floats from the running total. */
  function floating(bars) {
    var running = 0;
    return bars.map(function (bar) {
      var value = bar.value === null ? 0 : Number(bar.value);
      if (bar.step === 'total') {
        running = value;
        return [0, value];
      }
      var from = running;
      running = bar.step === 'up' ? running + value : running - value;
      return [Math.min(from, running), Math.max(from, running)];
    });
  }

  base.define({
    type: 'pipeline-movement',
    draw: function (v) {
      var data = v.data;
      var period = base.periodText(data.period);
      if (base.saidWhyAbsent(v, data.absentReason)) {
        return {csv: null};
      }
      var bars = data.bars;
      var format = function (value) { return SalesKpi.format(value, data.unit, data.currency); };
      var labels = bars.map(function (b) { return t('saleskpi.gadget.movement.' + b.part); });
      var canvas = view.canvas(v.body, t('saleskpi.gadget.chartLabel', v.title, period));
      canvas.setAttribute('role', 'img');
      var chart = new global.Chart(canvas, {type: 'bar',
        data: {labels: labels, datasets: [{label: v.title, data: floating(bars),
          backgroundColor: bars.map(function (b) { return COLOURS[b.step]; }), borderWidth: 0}]},
        options: {responsive: true, maintainAspectRatio: false, animation: {duration: 200},
          plugins: {legend: {display: false}, tooltip: {callbacks: {label: function (item) {
            var bar = bars[item.dataIndex];
            var sign = bar.step === 'up' ? '+' : bar.step === 'down' ? '−' : '';
            return bar.value === null ? SalesKpi.gadgetChart.absent(bar.absentReason) : sign + format(bar.value);
          }}}},
          scales: {y: {beginAtZero: true, ticks: {callback: function (value) { return format(value); }}}}}});
      v.tableBox.appendChild(view.table({caption: v.title + ' (' + period + ')',
        head: [t('saleskpi.gadget.movement.part'), t('saleskpi.gadget.movement.amount')],
        rows: bars.map(function (b, i) {
          return {cells: [labels[i], view.valueCell(b.value, b.absentReason, data.unit, data.currency)]};
        })}, v.context));
      var csv = [['part', 'from', 'to', 'value', 'currency']].concat(bars.map(function (b) {
        return [b.part, data.period.from, data.period.to, b.value, data.currency];
      }));
      return {chart: chart, canvas: canvas, csv: csv};
    }
  });
})(window);
