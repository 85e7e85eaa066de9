/*
 * Jira pages carry an AMD loader; Chart.js's UMD build would then define an anonymous module instead of
 * window.Chart, which the gadget renderers read. Set define aside until chart-amd-on.js, loaded right after.
 */
(function (global) {
  'use strict';
  global.__saleskpiDefine = global.define;
  global.define = undefined;
})(window);
