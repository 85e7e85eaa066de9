/*
 * line gadget: its saved preferences read as version 1. Preferences outlive releases, so every
 * earlier or unknown shape maps to the current one: a missing v is 1, known old names are renamed,
 * unknown keys are dropped. Version 1 keys: v, title, profile, refresh, jql, kpi, period, bucket, groupBy, cumulative, comparePrevious, target, colours.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var parts = SalesKpi.gadgetBase.parts('line');
  parts.keys = ['jql', 'kpi', 'period', 'bucket', 'groupBy', 'cumulative', 'comparePrevious', 'target', 'colours'];

  parts.migrate = function (prefs) {
    var source = {};
    Object.keys(prefs && typeof prefs === 'object' ? prefs : {}).forEach(function (key) { source[key] = prefs[key]; });
    // Before v1 the target line was a flag and a number.
    if (source.showTarget !== undefined && source.target === undefined) {
      source.target = String(source.showTarget) === 'true' ? String(source.targetValue || 'quota') : '';
    }
    return SalesKpi.gadgetBase.migrate(source, parts.keys);
  };
})(window);
