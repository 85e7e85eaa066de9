/*
 * The e-mail subscription dialog (ADR 0063), shared by the standalone server's dashboard page, the goals page's folder
 * bar on both hosts (ADR 0072) and, inside Jira, the Sales KPI dashboard items, which subscribe to the Jira dashboard
 * they are on (ADR 0073). The goals page offers subscribing only when this script is loaded.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi;
  var document = global.document;
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };

  /**
   * Subscribing by e-mail to a dashboard or a goal folder (ADR 0063): daily, weekly on a day or monthly on a date, at
   * an hour of the browser's time zone, in the page's language; the API's errors show at their fields.
   *
   * @param options {api, subject ({dashboardId} or {folderId}), title (a dashboard's by default), box (where the
   *     dialog goes), returnFocus, created}
   */
  SalesKpi.subscribeDialog = function (options) {
    var api = options.api;
    var dialogBox = options.box;
    SalesKpi.clear(dialogBox);
    var close = function () {
      SalesKpi.clear(dialogBox);
      options.returnFocus.focus();
    };
    var zone = SalesKpi.browserZone('UTC');
    var frequency = el('select', {id: 'saleskpi-subscription-frequency', name: 'frequency'}, ['daily', 'weekly', 'monthly']
        .map(function (f) { return el('option', {value: f}, t('saleskpi.subscription.frequency.' + f)); }));
    var dayOfWeek = el('select', {id: 'saleskpi-subscription-day', name: 'dayOfWeek'}, [1, 2, 3, 4, 5, 6, 7]
        .map(function (d) { return el('option', {value: String(d)}, t('saleskpi.subscription.day.' + d)); }));
    var dayOfMonth = el('select', {id: 'saleskpi-subscription-date', name: 'dayOfMonth'}, Array.apply(null, Array(28))
        .map(function (unused, i) { return el('option', {value: String(i + 1)}, String(i + 1)); }));
    var hour = el('select', {id: 'saleskpi-subscription-hour', name: 'hour'}, Array.apply(null, Array(24))
        .map(function (unused, i) { return el('option', {value: String(i), selected: i === 8}, (i < 10 ? '0' : '') + i + ':00'); }));
    var address = el('input', {type: 'email', id: 'saleskpi-subscription-address', name: 'address', autocomplete: 'email'});
    var errors = el('div', {className: 'saleskpi-form-error', role: 'alert', hidden: true});
    function field(name, label, control) {
      return el('div', {className: 'saleskpi-field', dataset: {field: name}}, [el('label', {'for': control.id}, label), ' ', control,
        el('div', {className: 'saleskpi-field-error', hidden: true})]);
    }
    var weekly = field('dayOfWeek', t('saleskpi.subscription.dayOfWeek'), dayOfWeek);
    var monthly = field('dayOfMonth', t('saleskpi.subscription.dayOfMonth'), dayOfMonth);
    function shown() {
      weekly.hidden = frequency.value !== 'weekly';
      monthly.hidden = frequency.value !== 'monthly';
    }
    frequency.onchange = shown;
    shown();
    var form = el('form', {className: 'saleskpi-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'saleskpi-subscribe-title',
      dataset: {dialog: 'subscribe'}, novalidate: true,
      onkeydown: function (event) { if (event.key === 'Escape') { close(); } },
      onsubmit: function (event) {
        event.preventDefault();
        errors.hidden = true;
        form.querySelectorAll('.saleskpi-field-error').forEach(function (slot) { slot.hidden = true; SalesKpi.clear(slot); });
        var wanted = {frequency: frequency.value, dayOfWeek: Number(dayOfWeek.value),
          dayOfMonth: Number(dayOfMonth.value), hour: Number(hour.value), zone: zone,
          language: document.documentElement.lang || 'en', address: address.value.trim()};
        Object.keys(options.subject).forEach(function (key) { wanted[key] = options.subject[key]; });
        api.post('/subscriptions', wanted).then(function (created) {
          close();
          options.created(created);
        }, function (err) {
          (err && err.errors ? err.errors : [{message: String(err)}]).forEach(function (e) {
            var slot = e.field && form.querySelector('[data-field="' + e.field + '"] .saleskpi-field-error');
            (slot || errors).appendChild(el('p', {}, e.message));
            (slot || errors).hidden = false;
          });
        });
      }}, [
      el('h2', {id: 'saleskpi-subscribe-title'}, options.title || t('saleskpi.subscription.title')),
      el('p', {className: 'saleskpi-hint'}, t('saleskpi.subscription.hint', zone)),
      errors,
      field('frequency', t('saleskpi.subscription.frequency'), frequency),
      weekly, monthly,
      field('hour', t('saleskpi.subscription.hour'), hour),
      field('address', t('saleskpi.subscription.address'), address),
      el('button', {type: 'submit', className: 'saleskpi-button saleskpi-button-primary', dataset: {action: 'confirm-subscribe'}},
        t('saleskpi.subscription.confirm')), ' ',
      el('button', {type: 'button', className: 'saleskpi-button', onclick: close}, t('saleskpi.gadget.cancel'))
    ]);
    dialogBox.appendChild(form);
    frequency.focus();
  };
}(window));
