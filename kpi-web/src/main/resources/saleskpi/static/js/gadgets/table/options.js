/*
 * table gadget: the fields of its options form (see SalesKpi.gadgetForm for each field) and the
 * defaults of the preferences it leaves empty.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var parts = SalesKpi.gadgetBase.parts('table');
  parts.fields = ['jql', 'kpis', 'period', 'groupByRep', 'sort', 'descending'];
  parts.defaults = {kpi: 'won-revenue,win-rate,new-opportunities', period: 'this-quarter', groupBy: 'rep'};
})(window);
