/*
 * worked-on gadget: issues updated per assignee and bucket (by last update), stacked bars by default;
 * a rep's bar in a bucket drills down to those issues.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  SalesKpi.gadgetActivity.define('worked-on');
})(window);
