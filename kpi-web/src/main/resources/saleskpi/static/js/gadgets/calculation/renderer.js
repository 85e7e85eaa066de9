/*
 * calculation gadget: one figure over the period as a big number, against the period before,
 * saying which two spans it compares; the number drills down to its issues.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };

  /**
   * "Previous period: 68% (1 Jul – 30 Sep 2026)", its value drilling down to the issues behind it; a rate's list says
   * what it is made of ("17 won of 25 closed, 1 Jul – 30 Sep 2026").
   */
  function previousLine(v, data, name) {
    var shown = SalesKpi.format(data.previous, data.unit, data.currency);
    var period = base.periodText(data.previousPeriod);
    var words = base.rateWords(data.figure, data.previousNumerator, data.previousDenominator, data.partsUnit,
        data.currency);
    var about = {text: words ? t('saleskpi.gadget.drillAboutRate', words, period)
      : t('saleskpi.gadget.drillAbout', name, shown, period), currency: data.currency, amount: base.amountField(v.profile)};
    var link = data.previous === null ? null : view.drillLink(shown, data.previousJql || null, v.context,
        t('saleskpi.gadget.drillNumber', name, shown), about);
    if (!link || link.nodeType !== 1) {
      return t('saleskpi.gadget.previousValue', shown, period);
    }
    // The sentence around the link comes from the bundle, so each language keeps its own order.
    var marker = '\u0000';
    var parts = t('saleskpi.gadget.previousValue', marker, period).split(marker);
    return [parts[0], link, parts.slice(1).join(marker)];
  }

  base.define({
    type: 'calculation',
    draw: function (v) {
      var data = v.data;
      var name = base.figureName(data.figure, v.kpis);
      var jql = data.jql || null;
      var shown = view.valueCell(data.value, data.absentReason, data.unit, data.currency);
      // A rate says what it is made of ("19 won of 25 closed, 1 Oct – 31 Dec 2026"), other figures their value.
      var words = base.rateWords(data.figure, data.numerator, data.denominator, data.partsUnit, data.currency);
      var number = el('div', {className: 'gadget-value saleskpi-big-number',
        dataset: {value: data.value === null ? '' : String(data.value)}},
      typeof shown === 'string' ? view.drillLink(shown, jql, v.context, t('saleskpi.gadget.drillNumber', name, shown),
          {text: words ? t('saleskpi.gadget.drillAboutRate', words, base.periodText(data.period))
            : t('saleskpi.gadget.drillAbout', name, shown, base.periodText(data.period)), currency: data.currency,
            amount: base.amountField(v.profile)})
        : shown);
      var delta = null;
      if (data.delta !== null) {
        var up = Number(data.delta) >= 0;
        delta = el('div', {className: 'saleskpi-delta ' + (up ? 'saleskpi-delta-up' : 'saleskpi-delta-down')}, [
          el('span', {'aria-hidden': 'true'}, up ? '▲ ' : '▼ '),
          t(up ? 'saleskpi.gadget.deltaUp' : 'saleskpi.gadget.deltaDown',
              SalesKpi.format(Math.abs(Number(data.delta)), data.unit, data.currency),
              data.relativeDelta === null ? '' : SalesKpi.format(Math.abs(Number(data.relativeDelta)), 'ratio'))
        ]);
      }
      v.body.appendChild(el('div', {className: 'saleskpi-calculation'}, [
        el('div', {className: 'saleskpi-figure-name'}, name),
        number,
        el('div', {className: 'saleskpi-period'}, base.periodText(data.period)),
        delta,
        el('div', {className: 'saleskpi-comparison'}, base.comparisonText(data.comparison)),
        el('div', {className: 'saleskpi-previous'}, previousLine(v, data, name))
      ]));
      return {csv: [['figure', 'from', 'to', 'value', 'previousFrom', 'previousTo', 'previous', 'delta', 'relativeDelta'],
        [data.figure, data.period.from, data.period.to, data.value, data.previousPeriod.from, data.previousPeriod.to,
          data.previous, data.delta, data.relativeDelta]]};
    }
  });
})(window);
