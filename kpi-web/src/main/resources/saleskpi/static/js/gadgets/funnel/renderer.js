/*
 * funnel gadget: the profile's stages and "won" with the deals of the period's cohort that reached each, the
 * step and from-start conversions; each step's bar and count drill down to the deals it counts. Without stages
 * or history it says so in place of the chart.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };

  base.define({
    type: 'funnel',
    draw: function (v) {
      var data = v.data;
      var period = base.periodText(data.period);
      if (base.saidWhyAbsent(v, data.absentReason)) {
        return {csv: null};
      }
      var steps = data.steps;
      var labels = steps.map(function (s) { return s.won ? t('saleskpi.gadget.funnel.won') : s.step; });
      v.body.appendChild(el('div', {className: 'saleskpi-period'}, period + ' — ' +
          t('saleskpi.gadget.funnelOrder.' + data.funnelOrder) + ', ' + t('saleskpi.gadget.cohort.' + data.cohort)));
      // The list says which step it shows: "Reached 12, Negotiation, 1 Oct – 31 Dec 2026".
      function about(index) {
        var s = steps[index];
        return {text: t('saleskpi.gadget.drillAboutGroup', t('saleskpi.gadget.funnel.reached'),
          view.valueCell(s.reached, s.reachedAbsentReason, 'count'), labels[index], period),
          currency: v.profile ? v.profile.currency : null, amount: base.amountField(v.profile)};
      }
      var canvas = view.canvas(v.body, t('saleskpi.gadget.chartLabel', v.title, period));
      var chart = SalesKpi.gadgetChart.create(canvas, {kind: 'bar', labels: labels,
        series: [{label: t('saleskpi.gadget.funnel.reached'), values: steps.map(function (s) { return s.reached; }),
          reasons: steps.map(function (s) { return s.reachedAbsentReason; }), colour: SalesKpi.palette.colour(0, v.prefs.colours)}],
        unit: 'count', ariaLabel: canvas.getAttribute('aria-label'),
        onDrill: function (index) {
          if (steps[index].jql) {
            global.location.assign(v.context.issuesUrl(steps[index].jql, about(index)));
          }
        }});
      var rows = steps.map(function (s, i) {
        return {cells: [labels[i],
          view.drillValue(s.reached, s.reachedAbsentReason, 'count', null, s.jql || null, v.context, about(i)),
          view.valueCell(s.stepConversion, s.stepConversionAbsentReason, 'ratio'),
          view.valueCell(s.fromStartConversion, s.fromStartConversionAbsentReason, 'ratio')]};
      });
      v.tableBox.appendChild(view.table({caption: v.title + ' (' + period + ')',
        head: [t('saleskpi.gadget.funnel.step'), t('saleskpi.gadget.funnel.reached'),
          t('saleskpi.gadget.funnel.stepConversion'), t('saleskpi.gadget.funnel.fromStartConversion')],
        rows: rows}, v.context));
      var csv = [['step', 'reached', 'stepConversion', 'fromStartConversion']].concat(steps.map(function (s) {
        return [s.step, s.reached, s.stepConversion, s.fromStartConversion];
      }));
      return {chart: chart, canvas: canvas, csv: csv};
    }
  });
})(window);
