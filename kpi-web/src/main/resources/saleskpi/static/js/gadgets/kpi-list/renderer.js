/*
 * kpi-list gadget: the chosen figures' values over one period, one line each, for wallboards; each
 * value drills down to the issues the server says it counts.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };

  base.define({
    type: 'kpi-list',
    draw: function (v) {
      var data = v.data;
      var items = data.rows.map(function (row) {
        var name = base.figureName(row.figure, v.kpis);
        var shown = view.valueCell(row.value, row.absentReason, row.unit, row.currency);
        var words = base.rateWords(row.figure, row.numerator, row.denominator, row.partsUnit, row.currency || data.currency);
        var value = typeof shown === 'string' && row.jql
          ? view.drillLink(shown, row.jql, v.context, t('saleskpi.gadget.drillNumber', name, shown),
              {text: words ? t('saleskpi.gadget.drillAboutRate', words, base.periodText(data.period))
                : t('saleskpi.gadget.drillAbout', name, shown, base.periodText(data.period)), currency: row.currency,
                amount: base.amountField(v.profile)}) : shown;
        return el('li', {dataset: {figure: row.figure, value: row.value === null ? '' : String(row.value)}}, [
          el('span', {className: 'saleskpi-figure-name'}, name), ' ',
          el('strong', {className: 'gadget-value saleskpi-num'}, value)
        ]);
      });
      v.body.appendChild(el('div', {className: 'saleskpi-kpi-list'}, [
        el('div', {className: 'saleskpi-period'}, base.periodText(data.period)),
        el('ul', {className: 'saleskpi-plain-list', dataset: {rows: String(items.length)}}, items)
      ]));
      return {csv: [['figure', 'from', 'to', 'value', 'unit', 'currency']].concat(data.rows.map(function (row) {
        return [row.figure, data.period.from, data.period.to, row.value, row.unit, row.currency];
      }))};
    }
  });
})(window);
