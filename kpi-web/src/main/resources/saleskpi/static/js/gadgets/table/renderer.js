/*
 * table gadget: groups (reps by default) by figures, sorted by the API by the column whose heading was clicked, with totals; each
 * group's name drills down to its issues, each number to the issues of its figure.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var t = function () { return SalesKpi.t.apply(null, arguments); };
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };

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
          // A rate says what it is made of instead: "19 won of 25 closed, Avery Brooks, 1 Oct – 31 Dec 2026".
          var words = base.rateWords(c.key, (row.numerators || [])[i], (row.denominators || [])[i],
              (row.partsUnits || [])[i], data.currency);
          var about = {text: words ? t('saleskpi.gadget.drillAboutRateGroup', words, row.label, base.periodText(data.period))
            : t('saleskpi.gadget.drillAboutGroup', head[i + 1],
              view.valueCell(row.values[i], row.valuesAbsentReasons[i], c.unit, data.currency), row.label,
              base.periodText(data.period)), currency: data.currency,
            amount: base.amountField(v.profile)};
          return view.drillValue(row.values[i], row.valuesAbsentReasons[i], c.unit, data.currency, jql(row, i), v.context,
              about);
        }))};
      });
      // A click on a figure's heading sorts by it, biggest first, and a second click turns the order round; the
      // gadget keeps the choice in its preferences (sort, descending), the same ones its options form sets.
      var sortedIndex = -1;
      data.columns.forEach(function (c, i) {
        if (c.key === v.prefs.sort) {
          sortedIndex = i;
        }
      });
      var descending = v.prefs.descending === 'true';
      var headCells = head.map(function (text, i) {
        if (i === 0) {
          return text;
        }
        var column = data.columns[i - 1];
        var sorted = sortedIndex === i - 1;
        return el('button', {type: 'button', className: 'saleskpi-sort-button', dataset: {sort: column.key},
          title: t(sorted && descending ? 'saleskpi.gadget.sortAscending' : 'saleskpi.gadget.sortDescending', text),
          onclick: function () {
            v.change({sort: column.key, descending: String(!(sorted && descending))});
          }}, [text, el('span', {className: 'saleskpi-sort-arrow', 'aria-hidden': 'true'},
            sorted ? (descending ? ' \u25BC' : ' \u25B2') : '')]);
      });
      v.body.appendChild(view.table({caption: base.periodText(data.period), head: headCells, rows: rows,
        sorted: sortedIndex < 0 ? null : {index: sortedIndex + 1, descending: descending},
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
