/*
 * pie gadget: the fields of its options form (see SalesKpi.gadgetForm for each field) and the
 * defaults of the preferences it leaves empty.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var parts = SalesKpi.gadgetBase.parts('pie');
  parts.fields = ['jql', 'kpi', 'period', 'groupByRep', 'topN', 'colours'];
  parts.defaults = {kpi: 'won-revenue', period: 'this-quarter', groupBy: 'rep'};
  // Slices are parts of a whole: only a KPI that adds up (a count or a sum) can be cut into them.
  parts.additiveOnly = true;
})(window);
