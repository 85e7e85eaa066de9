/*
 * table gadget: groups (reps by default) by figures, sortable by the API, with totals; each
 * group's name drills down to its issues, each number to the issues of its figure.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var t = function () { return SalesKpi.t.apply(null, arguments); };

  base.define({
    type: 'table',
    draw: function (v) {
      var data = v.data;
      var prefs = v.prefs;
      // The server sends each cell's drill-down; a row drills into its first column's.
      function jql(row, column) {
        return (row.jql || [])[column || 0] || null;
      }
      var head = [t('saleskpi.gadget.group')].concat(data.columns.map(function (c) { return base.figureName(c.key, v.kpis); }));
      var rows = data.rows.map(function (row) {
        return {drill: jql(row), cells: [row.label].concat(data.columns.map(function (c, i) {
          // The list says which figure of which group it shows: "Won revenue $12,000, Avery Brooks, 1 Oct – 31 Dec 2026".
          var about = {text: t('saleskpi.gadget.drillAboutGroup', head[i + 1],
            view.valueCell(row.values[i], row.valuesAbsentReasons[i], c.unit, data.currency), row.label,
            base.periodText(data.period)), currency: data.currency,
            amount: base.amountField(v.profile)};
          return view.drillValue(row.values[i], row.valuesAbsentReasons[i], c.unit, data.currency, jql(row, i), v.context,
              about);
        }))};
      });
      v.body.appendChild(view.table({caption: base.periodText(data.period), head: head, rows: rows,
        foot: [t('saleskpi.gadget.total')].concat(data.columns.map(function (c, i) {
          return view.valueCell(data.totals.values[i], data.totals.valuesAbsentReasons[i], c.unit, data.currency);
        }))}, v.context));
      var csv = [['group'].concat(data.columns.map(function (c) { return c.key; }))].concat(data.rows.map(function (row) {
        return [row.label].concat(row.values);
      }), [['total'].concat(data.totals.values)]);
      return {csv: csv};
    }
  });
})(window);
