/*
 * bar gadget: its saved preferences read as version 1. Preferences outlive releases, so every
 * earlier or unknown shape maps to the current one: a missing v is 1, known old names are renamed,
 * unknown keys are dropped. Version 1 keys: v, title, profile, refresh, jql, kpi, period, groupBy, stackBy, maxStacks, target, colours.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var parts = SalesKpi.gadgetBase.parts('bar');
  parts.keys = ['jql', 'kpi', 'period', 'groupBy', 'stackBy', 'maxStacks', 'target', 'colours'];

  parts.migrate = function (prefs) {
    var source = {};
    Object.keys(prefs && typeof prefs === 'object' ? prefs : {}).forEach(function (key) { source[key] = prefs[key]; });
    // The bar's only target is the reps' quota; a flag or number from an earlier shape means it.
    if (source.showTarget !== undefined && source.target === undefined) {
      source.target = String(source.showTarget) === 'true' ? 'quota' : '';
    }
    if (source.target !== undefined && source.target !== '' && source.target !== 'quota') {
      source.target = String(source.target) === 'false' ? '' : 'quota';
    }
    return SalesKpi.gadgetBase.migrate(source, parts.keys);
  };
})(window);
