/*
 * Where a subscription mail's unsubscribe link leads (/unsubscribe?token=; ADR 0063): ends the subscription the
 * signed token names, without signing in, and says so. The script does it, not the page's GET, so a mail scanner
 * that only fetches links ends nothing.
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi;
  var el = SalesKpi.el;
  var t = SalesKpi.t;

  function start() {
    var config = SalesKpi.start();
    var root = document.getElementById('saleskpi-unsubscribe');
    if (!root) {
      return;
    }
    var token = new URLSearchParams(global.location.search).get('token') || '';
    SalesKpi.api(config.restBase).post('/subscriptions/unsubscribe', {token: token}).then(function (answer) {
      SalesKpi.clear(root).appendChild(el('p', {className: 'message message-success', role: 'status',
        dataset: {unsubscribed: 'true'}}, answer.folderName ? t('saleskpi.unsubscribe.folderDone', answer.folderName)
          : answer.dashboardName ? t('saleskpi.unsubscribe.done', answer.dashboardName)
            : t('saleskpi.unsubscribe.doneBefore')));
    }, function () {
      SalesKpi.clear(root).appendChild(el('p', {className: 'message message-error', role: 'alert',
        dataset: {unsubscribed: 'false'}}, t('saleskpi.unsubscribe.invalid')));
    });
  }

  SalesKpi.ready(start);
})(window);
