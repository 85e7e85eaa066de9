/* Puts back the AMD define that chart-amd-off.js set aside while Chart.js loaded. */
(function (global) {
  'use strict';
  if (global.__saleskpiDefine !== undefined) {
    global.define = global.__saleskpiDefine;
  }
  delete global.__saleskpiDefine;
})(window);
