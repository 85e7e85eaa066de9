/*
 * worked-on gadget: the fields of its options form (see SalesKpi.gadgetForm for each field) and the
 * defaults of the preferences it leaves empty.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var parts = SalesKpi.gadgetBase.parts('worked-on');
  parts.fields = ['jql', 'period', 'bucket', 'stacked', 'colours'];
  parts.defaults = {period: 'this-quarter', bucket: 'week', stacked: 'true'};
})(window);
