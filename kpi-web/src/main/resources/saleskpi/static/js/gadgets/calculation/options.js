/*
 * calculation gadget: the fields of its options form (see SalesKpi.gadgetForm for each field) and the
 * defaults of the preferences it leaves empty.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var parts = SalesKpi.gadgetBase.parts('calculation');
  parts.fields = ['jql', 'kpi', 'period'];
  parts.defaults = {kpi: 'won-revenue', period: 'this-month'};
})(window);
