/*
 * table gadget: its saved preferences read as version 1. Preferences outlive releases, so every
 * earlier or unknown shape maps to the current one: a missing v is 1, known old names are renamed,
 * unknown keys are dropped. Version 1 keys: v, title, profile, refresh, jql, kpi, period, groupBy, sort, descending.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var parts = SalesKpi.gadgetBase.parts('table');
  parts.keys = ['jql', 'kpi', 'period', 'groupBy', 'sort', 'descending'];

  parts.migrate = function (prefs) {
    var source = {};
    Object.keys(prefs && typeof prefs === 'object' ? prefs : {}).forEach(function (key) { source[key] = prefs[key]; });
    if (source.columns !== undefined && source.kpi === undefined) {
      source.kpi = source.columns;
    }
    return SalesKpi.gadgetBase.migrate(source, parts.keys);
  };
})(window);
