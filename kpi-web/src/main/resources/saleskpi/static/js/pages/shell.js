/*
 * The page shell: what the top bar does on every page. Signing out ends the session, then shows
 * the login page.
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi;

  function start() {
    var button = document.getElementById('saleskpi-sign-out');
    if (!button) {
      return;
    }
    var config = SalesKpi.start();
    button.addEventListener('click', function () {
      button.disabled = true;
      var done = function () { global.location.assign((config.pagesBase || '') + '/login'); };
      // Even when the server cannot be reached, leaving for the login page is what the user asked for.
      SalesKpi.api(config.restBase).del('/session').then(done, done);
    });
  }

  SalesKpi.ready(start);
})(window);
