/*
 * bar gadget: the fields of its options form (see SalesKpi.gadgetForm for each field) and the
 * defaults of the preferences it leaves empty.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var parts = SalesKpi.gadgetBase.parts('bar');
  parts.fields = ['jql', 'kpi', 'period', 'groupByRep', 'stackBy', 'maxStacks', 'quota', 'colours'];
  parts.defaults = {kpi: 'won-revenue', period: 'this-quarter', groupBy: 'rep'};
})(window);
