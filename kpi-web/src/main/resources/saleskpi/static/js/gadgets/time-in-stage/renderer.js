/*
 * time-in-stage gadget: per stage of the profile, the median and 85th percentile of the days deals spent in it
 * (the mean as an option) and the current age of the deals still in it; per rep as an option. Without stages or
 * history it says so in place of the chart.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };

  base.define({
    type: 'time-in-stage',
    draw: function (v) {
      var data = v.data;
      var period = base.periodText(data.period);
      if (base.saidWhyAbsent(v, data.absentReason)) {
        return {csv: null};
      }
      var stages = data.stages;
      var figures = ['medianDays', 'p85Days'].concat(data.mean ? ['meanDays'] : []);
      var label = function (name) { return t('saleskpi.gadget.timeInStage.' + name); };
      var canvas = view.canvas(v.body, t('saleskpi.gadget.chartLabel', v.title, period));
      var chart = SalesKpi.gadgetChart.create(canvas, {kind: 'bar', labels: stages.map(function (s) { return s.stage; }),
        series: figures.concat(['currentAgeMedianDays']).map(function (name, i) {
          return {label: label(name), values: stages.map(function (s) { return s[name]; }),
            reasons: stages.map(function (s) { return s[name + 'AbsentReason']; }), colour: SalesKpi.palette.colour(i, v.prefs.colours)};
        }),
        unit: 'days', ariaLabel: canvas.getAttribute('aria-label')});
      var columns = figures.concat(['deals', 'currentAgeMedianDays', 'openDeals']);
      var unitOf = function (name) { return name === 'deals' || name === 'openDeals' ? 'count' : 'days'; };
      v.tableBox.appendChild(view.table({caption: v.title + ' (' + period + ')',
        head: [t('saleskpi.gadget.timeInStage.stage')].concat(columns.map(label)),
        rows: stages.map(function (s) {
          return {cells: [s.stage].concat(columns.map(function (name) {
            return view.valueCell(s[name], s[name + 'AbsentReason'], unitOf(name));
          }))};
        })}, v.context));
      var repColumns = figures.concat(['deals']);
      if (data.perRep && stages.length) {
        var head = [t('saleskpi.gadget.rep')];
        stages.forEach(function (s) {
          repColumns.forEach(function (name) { head.push(s.stage + ' — ' + label(name)); });
        });
        v.body.appendChild(view.table({caption: t('saleskpi.gadget.timeInStage.perRep'), head: head,
          rows: data.reps.map(function (r) {
            var cells = [r.displayName];
            r.stages.forEach(function (cell) {
              repColumns.forEach(function (name) {
                cells.push(view.valueCell(cell[name], cell[name + 'AbsentReason'], unitOf(name)));
              });
            });
            return {cells: cells};
          })}, v.context));
      }
      var csv = [['stage'].concat(columns)].concat(stages.map(function (s) {
        return [s.stage].concat(columns.map(function (name) { return s[name]; }));
      }));
      return {chart: chart, canvas: canvas, csv: csv};
    }
  });
})(window);
