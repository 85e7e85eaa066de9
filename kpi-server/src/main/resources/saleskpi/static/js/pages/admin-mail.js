/*
 * E-mail (/admin/mail, global administrators; ADR 0063): the SMTP server the standalone server sends subscription
 * mails through, a test mail that says in plain words why it failed, and the subscription mails that failed with
 * their error and next attempt. The password is typed in and never shown again: the API answers only whether one is
 * set.
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi;
  var el = SalesKpi.el;
  var t = SalesKpi.t;
  var forms = SalesKpi.forms;

  function language() {
    return document.documentElement.lang || 'en';
  }

  /** An error of the API in the page's language: its key with its parameters. */
  function Page(root, config) {
    this.root = root;
    this.api = SalesKpi.api(config.restBase);
  }

  Page.prototype.load = function () {
    var self = this;
    return Promise.all([self.api.get('/admin/mail/settings'), self.api.get('/admin/mail/failures')]).then(function (answers) {
      self.render(answers[0], answers[1]);
    }, function (error) {
      SalesKpi.clear(self.root).appendChild(forms.message('error', error.message));
    });
  };

  Page.prototype.render = function (settings, failures) {
    var root = SalesKpi.clear(this.root);
    root.appendChild(this.settingsForm(settings));
    root.appendChild(this.testForm(settings));
    root.appendChild(this.failures(failures));
  };

  function input(type, value, attributes) {
    var control = el('input', Object.assign({type: type}, attributes || {}));
    if (type === 'checkbox') {
      control.checked = !!value;
    } else {
      control.value = value === undefined || value === null ? '' : String(value);
    }
    return control;
  }

  Page.prototype.settingsForm = function (s) {
    var self = this;
    var host = input('text', s.host, {autocomplete: 'off'});
    var port = input('number', s.port || 587, {min: '1', max: '65535'});
    var startTls = input('checkbox', s.configured ? s.startTls : true);
    var username = input('text', s.username, {autocomplete: 'off'});
    var password = input('password', '', {autocomplete: 'new-password',
      placeholder: s.passwordSet ? t('saleskpi.mailAdmin.passwordKept') : ''});
    var sender = input('email', s.sender);
    var siteUrl = input('url', s.siteUrl || global.location.origin);
    var status = el('div', {role: 'status', 'aria-live': 'polite'});
    var form = el('form', {className: 'section', dataset: {section: 'smtp'}, novalidate: true, onsubmit: function (event) {
      event.preventDefault();
      forms.clearErrors(form);
      SalesKpi.clear(status);
      self.api.put('/admin/mail/settings', {host: host.value.trim(), port: Number(port.value), startTls: startTls.checked,
        username: username.value.trim(), password: password.value || null, sender: sender.value.trim(),
        siteUrl: siteUrl.value.trim()}).then(function (saved) {
        password.value = '';
        password.placeholder = saved.passwordSet ? t('saleskpi.mailAdmin.passwordKept') : '';
        status.appendChild(forms.message('success', t('saleskpi.mailAdmin.saved')));
      }, function (error) {
        forms.showErrors(form, error);
      });
    }}, [
      el('h2', {}, t('saleskpi.mailAdmin.smtp')),
      forms.errorBox(),
      forms.field({name: 'host', label: t('saleskpi.mailAdmin.host'), control: host, required: true}),
      forms.field({name: 'port', label: t('saleskpi.mailAdmin.port'), control: port, required: true}),
      forms.field({name: 'startTls', label: t('saleskpi.mailAdmin.startTls'), control: startTls}),
      forms.field({name: 'username', label: t('saleskpi.mailAdmin.username'), control: username,
        hint: t('saleskpi.mailAdmin.username.hint')}),
      forms.field({name: 'password', label: t('saleskpi.mailAdmin.password'), control: password,
        hint: t('saleskpi.mailAdmin.password.hint')}),
      forms.field({name: 'sender', label: t('saleskpi.mailAdmin.sender'), control: sender, required: true}),
      forms.field({name: 'siteUrl', label: t('saleskpi.mailAdmin.siteUrl'), control: siteUrl, required: true,
        hint: t('saleskpi.mailAdmin.siteUrl.hint')}),
      el('div', {className: 'buttons'}, forms.button('save-smtp', t('saleskpi.mailAdmin.save'), {submit: true, primary: true})),
      status
    ]);
    return form;
  };

  Page.prototype.testForm = function () {
    var self = this;
    var address = input('email', '');
    var result = el('div', {role: 'status', 'aria-live': 'polite', dataset: {result: 'test'}});
    var form = el('form', {className: 'section', dataset: {section: 'test'}, novalidate: true, onsubmit: function (event) {
      event.preventDefault();
      forms.clearErrors(form);
      SalesKpi.clear(result).appendChild(el('p', {}, t('saleskpi.mailAdmin.testing')));
      self.api.post('/admin/mail/test', {address: address.value.trim(), language: language()}).then(function (answer) {
        SalesKpi.clear(result).appendChild(answer.sent
          ? forms.message('success', t('saleskpi.mailAdmin.testSent', address.value.trim()))
          : forms.message('error', t('saleskpi.mailAdmin.testFailed', SalesKpi.errorText(answer))));
        result.dataset.sent = String(answer.sent);
      }, function (error) {
        SalesKpi.clear(result);
        forms.showErrors(form, error);
      });
    }}, [
      el('h2', {}, t('saleskpi.mailAdmin.test')),
      forms.errorBox(),
      forms.field({name: 'address', label: t('saleskpi.mailAdmin.testAddress'), control: address, required: true}),
      el('div', {className: 'buttons'}, forms.button('send-test', t('saleskpi.mailAdmin.sendTest'), {submit: true})),
      result
    ]);
    return form;
  };

  Page.prototype.failures = function (failures) {
    var box = el('section', {className: 'section', dataset: {section: 'failures'}}, el('h2', {}, t('saleskpi.mailAdmin.failures')));
    if (!failures.length) {
      box.appendChild(el('p', {className: 'empty'}, t('saleskpi.mailAdmin.noFailures')));
      return box;
    }
    var table = forms.table('failures', [t('saleskpi.mailAdmin.failure.address'), t('saleskpi.mailAdmin.failure.period'),
      t('saleskpi.mailAdmin.failure.status'), t('saleskpi.mailAdmin.failure.attempts'), t('saleskpi.mailAdmin.failure.error'),
      t('saleskpi.mailAdmin.failure.next')]);
    failures.forEach(function (f) {
      table.body.appendChild(el('tr', {dataset: {subscriptionId: String(f.subscriptionId)}}, [
        el('td', {}, f.address || ''),
        el('td', {}, f.period),
        el('td', {}, t('saleskpi.mailAdmin.status.' + f.status)),
        el('td', {}, String(f.attempts)),
        // In the page's language from its key and params, as every API error (ADR 0058, 0072).
        el('td', {}, SalesKpi.errorText(f)),
        el('td', {}, f.nextAttempt ? SalesKpi.dateTime(f.nextAttempt) : '')
      ]));
    });
    box.appendChild(table.table);
    return box;
  };

  function start() {
    var config = SalesKpi.start();
    var root = document.getElementById('saleskpi-admin-mail');
    if (root) {
      new Page(root, config).load();
    }
  }

  SalesKpi.ready(start);
})(window);
