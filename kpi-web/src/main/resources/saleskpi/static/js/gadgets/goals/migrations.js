/*
 * goals gadget: its saved preferences read as version 1. Preferences outlive releases, so every
 * earlier or unknown shape maps to the current one: a missing v is 1, known old names are renamed,
 * unknown keys are dropped. Version 1 keys: v, title, profile, refresh, order, limit, archived.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var parts = SalesKpi.gadgetBase.parts('goals');
  parts.keys = ['order', 'limit', 'archived'];

  parts.migrate = function (prefs) {
    var source = {};
    Object.keys(prefs && typeof prefs === 'object' ? prefs : {}).forEach(function (key) { source[key] = prefs[key]; });
    return SalesKpi.gadgetBase.migrate(source, parts.keys);
  };
})(window);
