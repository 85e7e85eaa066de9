/*
 * goals gadget: the fields of its options form (see SalesKpi.gadgetForm for each field) and the
 * defaults of the preferences it leaves empty.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var parts = SalesKpi.gadgetBase.parts('goals');
  parts.fields = ['order', 'limit', 'archived'];
  parts.defaults = {order: 'attention'};
})(window);
