/*
 * completed gadget: its preference keys. Version 1, the first shape that shipped, needs no step of its own:
 * gadgetBase.migrate reads it (a missing v is 1, unknown keys are dropped). A later shape adds
 * parts.migrate with its step, and a test of it in GadgetMigrationsTest.
 * Version 1 keys: v, title, profile, refresh, jql, period, bucket, stacked, colours.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var parts = SalesKpi.gadgetBase.parts('completed');
  parts.keys = ['jql', 'period', 'bucket', 'stacked', 'colours'];
})(window);
