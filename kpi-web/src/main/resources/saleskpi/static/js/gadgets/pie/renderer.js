/*
 * pie gadget: the top groups' shares of a count or sum, the rest as "Other"; a slice drills down.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var t = function () { return SalesKpi.t.apply(null, arguments); };
  /** "Other" in grey: the palette repeats after eight colours, and Other must not look like the first rep. */
  var OTHER = '#A5ADBA';

  base.define({
    type: 'pie',
    draw: function (v) {
      var data = v.data;
      var prefs = v.prefs;
      var slices = data.slices;
      var name = base.figureName(data.figure, v.kpis);
      // The server sends each slice's drill-down, "other" included.
      function jql(index) {
        return slices[index].jql || null;
      }
      // What a slice's list shows, in words: "Won revenue $120,000.00, Avery Brooks, Oct 1 – Dec 31, 2026".
      function about(index) {
        var slice = slices[index];
        return {text: t('saleskpi.gadget.drillAboutGroup', name, view.valueCell(slice.value, slice.absentReason, data.unit,
          data.currency), slice.label, base.periodText(data.period)), currency: data.currency,
          amount: base.amountField(v.profile)};
      }
      var canvas = view.canvas(v.body, t('saleskpi.gadget.chartLabel', v.title, base.periodText(data.period)));
      var chart = SalesKpi.gadgetChart.create(canvas, {kind: 'pie', labels: slices.map(function (s) { return s.label; }),
        series: [{label: name, values: slices.map(function (s) { return s.value; }),
          reasons: slices.map(function (s) { return s.absentReason; }),
          colours: slices.map(function (s, i) { return s.other ? OTHER : SalesKpi.palette.colour(i, prefs.colours); })}],
        unit: data.unit, currency: data.currency, ariaLabel: canvas.getAttribute('aria-label'),
        onDrill: function (index) {
          var query = jql(index);
          if (query) {
            global.location.assign(v.context.issuesUrl(query, about(index)));
          }
        }});
      var rows = slices.map(function (s, index) {
        return {drill: jql(index), about: about(index), cells: [s.label, view.valueCell(s.value, s.absentReason, data.unit, data.currency),
          view.valueCell(s.share, s.shareAbsentReason, 'ratio')]};
      });
      v.tableBox.appendChild(view.table({caption: v.title + ' (' + base.periodText(data.period) + ')',
        head: [t('saleskpi.gadget.group'), name, t('saleskpi.gadget.share')], rows: rows,
        foot: [t('saleskpi.gadget.total'), view.valueCell(data.total, data.totalAbsentReason, data.unit, data.currency), '']}, v.context));
      var csv = [['group', data.figure, 'share']].concat(slices.map(function (s) { return [s.label, s.value, s.share]; }));
      return {chart: chart, canvas: canvas, csv: csv};
    }
  });
})(window);
