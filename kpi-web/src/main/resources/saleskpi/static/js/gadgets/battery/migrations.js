/*
 * battery gadget: its saved preferences read as version 1. Preferences outlive releases, so every
 * earlier or unknown shape maps to the current one: a missing v is 1, known old names are renamed,
 * unknown keys are dropped. Version 1 keys: v, title, profile, refresh, goal, target.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var parts = SalesKpi.gadgetBase.parts('battery');
  parts.keys = ['goal', 'target'];

  parts.migrate = function (prefs) {
    var source = {};
    Object.keys(prefs && typeof prefs === 'object' ? prefs : {}).forEach(function (key) { source[key] = prefs[key]; });
    if (source.goalId !== undefined && source.goal === undefined) {
      source.goal = source.goalId;
    }
    if (source.targetId !== undefined && source.target === undefined) {
      source.target = source.targetId;
    }
    return SalesKpi.gadgetBase.migrate(source, parts.keys);
  };
})(window);
