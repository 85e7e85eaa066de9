/*
 * completed gadget: issues resolved per assignee and bucket, stacked bars by default;
 * a rep's bar in a bucket drills down to those issues.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  SalesKpi.gadgetActivity.define('completed');
})(window);
