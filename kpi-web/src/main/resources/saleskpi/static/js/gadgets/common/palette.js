/*
 * Gadget colours: the Okabe–Ito palette, told apart by people with any common colour-vision
 * deficiency. A gadget's "colours" preference (comma-separated #rrggbb) overrides it in order.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
  var HEX = /^#[0-9a-fA-F]{6}$/;

  /** The custom colours of a preference text, valid ones only. */
  function custom(text) {
    return String(text || '').split(',').map(function (c) { return c.trim(); })
        .filter(function (c) { return HEX.test(c); });
  }

  SalesKpi.palette = {
    colours: OKABE_ITO.slice(),
    isColour: function (text) { return HEX.test(text); },
    /** The colour of series i: the custom ones first, then Okabe–Ito, repeating. */
    colour: function (i, coloursPref) {
      var mine = custom(coloursPref);
      if (i < mine.length) {
        return mine[i];
      }
      return OKABE_ITO[(i - mine.length) % OKABE_ITO.length];
    },
    /** The colour with an alpha (0..1), as rgba(). */
    alpha: function (hex, a) {
      var n = parseInt(hex.substring(1), 16);
      return 'rgba(' + ((n >> 16) & 255) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + a + ')';
    },
    /** Goal status colours (done, not started, on track, at risk, off track), readable on white. */
    status: {'done': '#0072B2', 'not-started': '#6B778C', 'on-track': '#009E73', 'at-risk': '#E69F00', 'off-track': '#D55E00'},
    custom: custom
  };
})(window);
