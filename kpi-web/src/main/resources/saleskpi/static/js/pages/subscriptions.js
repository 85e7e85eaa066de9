/*
 * My e-mail subscriptions (/subscriptions; ADR 0063): each dashboard the user gets by e-mail, when, to which
 * address; "send now" and "unsubscribe" for each.
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi;
  var el = SalesKpi.el;
  var t = SalesKpi.t;
  var forms = SalesKpi.forms;

  /** When a subscription's mail goes out, in words: "Every Monday at 08:00 (Europe/Berlin)". */
  function when(s) {
    var hour = (s.hour < 10 ? '0' : '') + s.hour + ':00';
    if (s.frequency === 'weekly') {
      return t('saleskpi.subscription.when.weekly', t('saleskpi.subscription.day.' + s.dayOfWeek), hour, s.zone);
    }
    if (s.frequency === 'monthly') {
      return t('saleskpi.subscription.when.monthly', s.dayOfMonth, hour, s.zone);
    }
    return t('saleskpi.subscription.when.daily', hour, s.zone);
  }

  /**
   * The link to the subscribed page: a dashboard (inside Jira, the Jira dashboard's page the API names, ADR 0073), or
   * the goals page showing the folder (ADR 0063).
   */
  function subject(config, s) {
    if (s.folderId) {
      return el('a', {href: forms.pageUrl(config, '/goals?project=' + encodeURIComponent(s.project || '')
        + '&folder=' + s.folderId)}, t('saleskpi.subscription.folderName', s.folderName));
    }
    return el('a', {href: s.dashboardUrl || forms.pageUrl(config, '/dashboards/' + s.dashboardId)}, s.dashboardName);
  }

  function render(root, api, config, list) {
    SalesKpi.clear(root);
    var status = el('div', {role: 'status', 'aria-live': 'polite'});
    root.appendChild(status);
    if (!list.length) {
      root.appendChild(el('p', {className: 'empty'}, t('saleskpi.subscription.none')));
      return;
    }
    var table = forms.table('subscriptions', [t('saleskpi.subscription.subject'), t('saleskpi.subscription.when'),
      t('saleskpi.subscription.address'), t('saleskpi.subscription.lastSent'),
      el('span', {className: 'visually-hidden'}, t('saleskpi.subscription.actions'))]);
    list.forEach(function (s) {
      table.body.appendChild(el('tr', {dataset: {subscriptionId: String(s.id)}}, [
        el('th', {scope: 'row'}, subject(config, s)),
        el('td', {}, when(s)),
        el('td', {}, s.address),
        el('td', {}, s.lastSent ? SalesKpi.dateTime(s.lastSent) : t('saleskpi.subscription.never')),
        el('td', {}, [
          forms.button('send-now', t('saleskpi.subscription.sendNow'), {onclick: function () {
            api.post('/subscriptions/' + s.id + '/send', {}).then(function () {
              SalesKpi.clear(status).appendChild(forms.message('success', t('saleskpi.subscription.queued', s.address)));
            }, function (error) {
              SalesKpi.clear(status).appendChild(forms.message('error', error.message));
            });
          }}), ' ',
          forms.button('unsubscribe', t('saleskpi.subscription.unsubscribe'), {onclick: function () {
            api.del('/subscriptions/' + s.id).then(function () {
              return load(root, api, config);
            }).then(function () {
              root.querySelector('[role="status"]').appendChild(forms.message('success',
                  s.folderId ? t('saleskpi.subscription.folderEnded', s.folderName)
                    : t('saleskpi.subscription.ended', s.dashboardName)));
            }, function (error) {
              SalesKpi.clear(status).appendChild(forms.message('error', error.message));
            });
          }})
        ])
      ]));
    });
    root.appendChild(table.table);
  }

  function load(root, api, config) {
    return api.get('/subscriptions').then(function (list) {
      render(root, api, config, list);
    }, function (error) {
      SalesKpi.clear(root).appendChild(forms.message('error', error.message));
    });
  }

  function start() {
    var config = SalesKpi.start();
    var root = document.getElementById('saleskpi-subscriptions');
    if (root) {
      load(root, SalesKpi.api(config.restBase), config);
    }
  }

  SalesKpi.ready(start);
})(window);
