/*
 * line gadget: its saved preferences read as version 1. Preferences outlive releases, so every
 * saved shape maps to the current one: a missing v is 1, unknown keys are dropped.
 * Version 1 keys: v, title, profile, refresh, jql, kpi, period, bucket, groupBy, cumulative, comparePrevious, target, colours.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var parts = SalesKpi.gadgetBase.parts('line');
  parts.keys = ['jql', 'kpi', 'period', 'bucket', 'groupBy', 'cumulative', 'comparePrevious', 'target', 'colours'];

  parts.migrate = function (prefs) {
    return SalesKpi.gadgetBase.migrate(prefs, parts.keys);
  };
})(window);
