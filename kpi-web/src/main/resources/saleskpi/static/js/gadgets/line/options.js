/*
 * line gadget: the fields of its options form (see SalesKpi.gadgetForm for each field) and the
 * defaults of the preferences it leaves empty.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var parts = SalesKpi.gadgetBase.parts('line');
  parts.fields = ['jql', 'kpis', 'period', 'bucket', 'groupBy', 'cumulative', 'comparePrevious', 'target', 'colours'];
  parts.defaults = {kpi: 'won-revenue', period: 'this-year', bucket: 'month'};
})(window);
