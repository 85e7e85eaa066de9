/*
 * battery gadget: its saved preferences read as version 1. Preferences outlive releases, so every
 * saved shape maps to the current one: a missing v is 1, unknown keys are dropped.
 * Version 1 keys: v, title, profile, refresh, goal, target.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var parts = SalesKpi.gadgetBase.parts('battery');
  parts.keys = ['goal', 'target'];

  parts.migrate = function (prefs) {
    return SalesKpi.gadgetBase.migrate(prefs, parts.keys);
  };
})(window);
