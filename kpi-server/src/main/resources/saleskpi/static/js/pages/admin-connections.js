/*
 * Jira connections (/admin/connections, global administrators): the sites the server syncs from with each one's
 * progress, refreshed every two seconds; adding a site (its kind detected, then confirmed); what to sync, with the
 * site's fields to pick from; sync now; removing a site, with or without its synced issues. Tokens are typed in and
 * never shown again: the API answers only whether one is set.
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi;
  var el = SalesKpi.el;
  var t = SalesKpi.t;
  var forms = SalesKpi.forms;
  var POLL_MILLIS = 2000;
  var KINDS = ['CLOUD', 'DATA_CENTER'];
  var MODES = ['PROJECT_MAPPING', 'PER_USER'];

  function Page(root, config) {
    this.root = root;
    this.config = config;
    this.api = SalesKpi.api(config.restBase);
    this.connections = [];
    this.statuses = {};
    /** Connections being removed: no status is asked of them again (the answer would be a 404). */
    this.removing = {};
    /** The statuses asked now, if any: a removal waits for them, so none is asked of a removed connection. */
    this.polling = Promise.resolve();
  }

  Page.prototype.load = function () {
    var self = this;
    return self.api.get('/connections').then(function (connections) {
      self.connections = connections;
      self.renderList();
      self.poll();
    }, function (error) {
      SalesKpi.clear(self.root).appendChild(forms.message('error', error.message));
    });
  };

  Page.prototype.render = function () {
    var root = SalesKpi.clear(this.root);
    this.status = el('div', {className: 'status', 'aria-live': 'polite'});
    this.list = el('section', {className: 'section', dataset: {section: 'connections'}});
    this.detail = el('section', {className: 'section connection-detail', dataset: {section: 'connection'},
      hidden: true, tabindex: '-1'});
    root.appendChild(el('p', {className: 'see-also'}, el('a', {href: forms.pageUrl(this.config, '/admin/mail'),
      dataset: {link: 'mail'}}, t('saleskpi.connection.mailLink'))));
    root.appendChild(this.status);
    root.appendChild(this.list);
    root.appendChild(this.detail);
    root.appendChild(this.addForm());
  };

  Page.prototype.say = function (kind, text) {
    SalesKpi.clear(this.status).appendChild(forms.message(kind, text));
  };

  function kindText(kind) {
    return t('saleskpi.connection.kind.' + kind);
  }

  Page.prototype.find = function (id) {
    return this.connections.filter(function (c) { return String(c.id) === String(id); })[0];
  };

  Page.prototype.renderList = function () {
    var self = this;
    var box = SalesKpi.clear(self.list);
    box.appendChild(el('h2', {}, t('saleskpi.connection.list')));
    if (!self.connections.length) {
      box.appendChild(el('p', {className: 'empty'}, t('saleskpi.connection.none')));
      return;
    }
    var table = forms.table('connections', [t('saleskpi.connection.name'), t('saleskpi.connection.site'),
      t('saleskpi.connection.kind'), t('saleskpi.connection.sync'), t('saleskpi.connection.progress'),
      el('span', {className: 'visually-hidden'}, t('saleskpi.connection.actions'))]);
    self.connections.forEach(function (c) {
      var kind = el('span', {className: 'lozenge ' + (c.kindConfirmed ? 'lozenge-success' : 'lozenge-moved'),
        dataset: {kind: c.kind, confirmed: String(c.kindConfirmed)}},
        c.kindConfirmed ? kindText(c.kind) : t('saleskpi.connection.kind.unconfirmed', kindText(c.kind)));
      table.body.appendChild(el('tr', {dataset: {connectionId: String(c.id)}}, [
        el('th', {scope: 'row'}, c.name),
        el('td', {}, [c.url, c.token === 'unreadable'
          ? el('div', {className: 'field-error', dataset: {token: 'unreadable'}}, t('saleskpi.connection.token.unreadable'))
          : null]),
        el('td', {}, kind),
        el('td', {dataset: {enabled: String(c.sync.enabled)}},
          c.sync.enabled ? t('saleskpi.connection.sync.every', c.sync.intervalMinutes) : t('saleskpi.connection.sync.off')),
        el('td', {className: 'connection-progress', dataset: {progress: String(c.id)}}),
        el('td', {className: 'actions'}, [
          forms.button('settings', t('saleskpi.connection.settings'), {
            ariaLabel: t('saleskpi.connection.settingsOf', c.name), onclick: function () { self.choose(c.id); }}),
          forms.button('sync-now', t('saleskpi.connection.syncNow'), {
            ariaLabel: t('saleskpi.connection.syncNowOf', c.name), onclick: function () { self.syncNow(c); }}),
          forms.button('remove', t('saleskpi.connection.remove'), {
            ariaLabel: t('saleskpi.connection.removeOf', c.name), onclick: function () { self.askRemove(c); }})
        ])
      ]));
      self.showStatus(c.id);
    });
    box.appendChild(table.table);
  };

  /** The sync's progress in the connection's row: phase, issues, pages, rate, time left, last error. */
  Page.prototype.showStatus = function (id) {
    var cell = this.list.querySelector('[data-progress="' + id + '"]');
    var status = this.statuses[id];
    if (!cell || !status) {
      return;
    }
    SalesKpi.clear(cell);
    cell.setAttribute('data-phase', status.phase);
    cell.setAttribute('data-running', String(status.running));
    var number = new Intl.NumberFormat(SalesKpi.locale(), {maximumFractionDigits: 1});
    var lines = [
      el('div', {dataset: {figure: 'phase'}}, status.running
        ? t('saleskpi.connection.phase.' + status.phase) : t('saleskpi.connection.idle')),
      el('div', {dataset: {figure: 'issues', value: String(status.issues)}},
        t('saleskpi.connection.issuesPages', number.format(status.issues), number.format(status.pages))),
      el('div', {dataset: {figure: 'rate'}}, t('saleskpi.connection.rate', number.format(status.rate)))
    ];
    if (status.etaSeconds !== null && status.etaSeconds !== undefined) {
      lines.push(el('div', {dataset: {figure: 'eta'}}, t('saleskpi.connection.eta',
        Math.floor(status.etaSeconds / 60), status.etaSeconds % 60)));
    }
    if (status.lastFinished) {
      lines.push(el('div', {dataset: {figure: 'lastFinished'}},
        t('saleskpi.connection.lastFinished', forms.dateTime(status.lastFinished))));
    }
    if (status.blocked) {
      lines.push(el('div', {className: 'field-description', dataset: {figure: 'blocked'}}, status.blocked));
    }
    if (status.lastError) {
      lines.push(el('div', {className: 'field-error', dataset: {figure: 'lastError'}},
        t('saleskpi.connection.lastError', status.lastError)));
    }
    lines.forEach(function (line) { cell.appendChild(line); });
  };

  /** Asks every connection's status, shows it, and asks again in two seconds while the page is open. */
  Page.prototype.poll = function () {
    var self = this;
    global.clearTimeout(self.timer);
    self.polling = Promise.all(self.connections.filter(function (c) {
      return !self.removing[c.id];
    }).map(function (c) {
      return self.api.get('/connections/' + c.id + '/status').then(function (status) {
        self.statuses[c.id] = status;
        self.showStatus(c.id);
      }, function () {
        // A connection removed elsewhere meanwhile: the next list leaves it out.
      });
    })).then(function () {
      self.timer = global.setTimeout(function () { self.poll(); }, POLL_MILLIS);
    });
  };

  Page.prototype.reload = function (chooseId) {
    var self = this;
    return self.api.get('/connections').then(function (connections) {
      self.connections = connections;
      self.renderList();
      self.poll();
      if (chooseId) {
        self.choose(chooseId);
      }
    });
  };

  Page.prototype.addForm = function () {
    var self = this;
    var name = el('input', {type: 'text', autocomplete: 'off'});
    var url = el('input', {type: 'url', placeholder: 'https://your-site.atlassian.net', spellcheck: 'false',
      autocomplete: 'off'});
    var email = el('input', {type: 'email', autocomplete: 'off'});
    var token = el('input', {type: 'password', autocomplete: 'new-password'});
    var form = el('form', {className: 'form', dataset: {form: 'add-connection'}, novalidate: true,
      onsubmit: function (event) {
        event.preventDefault();
        forms.clearErrors(form);
        var button = form.querySelector('[data-action="connect"]');
        button.disabled = true;
        self.say('info', t('saleskpi.connection.checking'));
        self.api.post('/connections', {name: name.value.trim(), url: url.value.trim(), email: email.value.trim() || null,
          token: token.value}).then(function (created) {
          button.disabled = false;
          form.reset();
          self.say('success', t('saleskpi.connection.added', created.name, kindText(created.detectedKind)));
          return self.reload(created.id);
        }, function (error) {
          button.disabled = false;
          SalesKpi.clear(self.status);
          forms.showErrors(form, error);
        });
      }}, [
      el('h2', {}, t('saleskpi.connection.add')),
      forms.errorBox(),
      forms.field({name: 'name', label: t('saleskpi.connection.name'), control: name, required: true}),
      forms.field({name: 'url', label: t('saleskpi.connection.url'), hint: t('saleskpi.connection.url.hint'),
        control: url, required: true}),
      forms.field({name: 'email', label: t('saleskpi.connection.email'), hint: t('saleskpi.connection.email.hint'),
        control: email}),
      forms.field({name: 'token', label: t('saleskpi.connection.token'), hint: t('saleskpi.connection.token.hint'),
        control: token, required: true}),
      el('div', {className: 'buttons'}, forms.button('connect', t('saleskpi.connection.connect'),
        {submit: true, primary: true}))
    ]);
    return form;
  };

  /** One connection's card: its kind to confirm, then what to sync. */
  Page.prototype.choose = function (id) {
    var c = this.find(id);
    if (!c) {
      return;
    }
    var box = SalesKpi.clear(this.detail);
    box.hidden = false;
    box.setAttribute('data-connection-id', String(c.id));
    box.appendChild(el('h2', {}, c.name));
    box.appendChild(this.kindForm(c));
    if (c.kindConfirmed) {
      box.appendChild(this.syncForm(c));
      box.appendChild(this.securityLevels(c));
    }
    box.focus();
  };

  /**
   * The site's projects that use issue security levels, read from Jira, with the warning that project mapping does not
   * apply them (the texts and the endpoint are the access part's, ADR 0036).
   */
  Page.prototype.securityLevels = function (c) {
    var box = el('section', {className: 'security-levels', dataset: {security: String(c.id)}},
      el('h3', {}, t('saleskpi.connection.securityLevels')));
    this.api.get('/connections/' + c.id + '/security').then(function (answer) {
      if (answer.warning) {
        box.appendChild(el('p', {className: 'warning', role: 'note'}, answer.warning));
      }
      box.appendChild(answer.projects.length
        ? el('ul', {}, answer.projects.map(function (p) { return el('li', {}, p.key + ' \u2013 ' + p.name); }))
        : el('p', {}, t('saleskpi.connection.securityLevels.none')));
    }, function (error) {
      box.appendChild(el('p', {className: 'field-error', role: 'alert'},
        (error && error.errors ? error.errors : [{message: String(error)}]).map(function (e) { return e.message; })
          .join(' ')));
    });
    return box;
  };

  Page.prototype.kindForm = function (c) {
    var self = this;
    var kind = forms.select(KINDS.map(function (k) { return {value: k, label: kindText(k)}; }), c.kind);
    var form = el('form', {className: 'form', dataset: {form: 'kind'}, novalidate: true, onsubmit: function (event) {
      event.preventDefault();
      self.api.put('/connections/' + c.id, {kind: kind.value}).then(function () {
        self.say('success', t('saleskpi.connection.kindConfirmed', c.name, kindText(kind.value)));
        return self.reload(c.id);
      }, function (error) {
        forms.showErrors(form, error);
      });
    }}, [
      el('h3', {}, t('saleskpi.connection.kind')),
      el('p', {dataset: {detected: c.detectedKind}}, t('saleskpi.connection.detected', kindText(c.detectedKind),
        c.serverVersion)),
      forms.errorBox(),
      forms.field({name: 'kind', label: t('saleskpi.connection.kind'), hint: t('saleskpi.connection.kind.hint'),
        control: kind}),
      el('div', {className: 'buttons'}, forms.button('confirm-kind', c.kindConfirmed
        ? t('saleskpi.connection.kind.change') : t('saleskpi.connection.kind.confirm'), {submit: true,
        primary: !c.kindConfirmed}))
    ]);
    return form;
  };

  Page.prototype.syncForm = function (c) {
    var self = this;
    var s = c.sync;
    var jql = el('textarea', {rows: '2', spellcheck: 'false', placeholder: s.defaultJql || ''});
    jql.value = s.jql || '';
    var picker = el('div', {className: 'field-picker', dataset: {picker: 'fields'}, role: 'group'},
      el('p', {className: 'loading'}, t('saleskpi.connection.fields.loading')));
    var filter = el('input', {type: 'search', className: 'text', autocomplete: 'off', 'aria-label': t('saleskpi.connection.fields.filter'),
      placeholder: t('saleskpi.connection.fields.filter')});
    var interval = el('input', {type: 'number', min: '1', max: '1440', step: '1', value: String(s.intervalMinutes)});
    var lookBack = el('input', {type: 'number', min: '0', max: '1440', step: '1', value: String(s.lookBackMinutes)});
    var mode = forms.select(MODES.map(function (m) {
      return {value: m, label: t('saleskpi.connection.permissionMode.' + m)};
    }), s.permissionMode);
    var enabled = el('input', {type: 'checkbox', checked: s.enabled});
    var chosen = s.fields.slice();
    var form = el('form', {className: 'form', dataset: {form: 'sync'}, novalidate: true, onsubmit: function (event) {
      event.preventDefault();
      forms.clearErrors(form);
      var body = {jql: jql.value.trim() || null, fields: chosen, intervalMinutes: wholeOrText(interval.value),
        lookBackMinutes: wholeOrText(lookBack.value), permissionMode: mode.value, enabled: enabled.checked};
      self.api.put('/connections/' + c.id + '/sync', body).then(function () {
        self.say('success', t('saleskpi.connection.saved', c.name));
        return self.reload(c.id);
      }, function (error) {
        forms.showErrors(form, error);
      });
    }}, [
      el('h3', {}, t('saleskpi.connection.sync')),
      forms.errorBox(),
      forms.field({name: 'jql', label: t('saleskpi.connection.jql'), control: jql, hint: s.defaultJql
        ? t('saleskpi.connection.jql.hint', s.defaultJql) : t('saleskpi.connection.jql.noDefault')}),
      el('div', {className: 'field', dataset: {field: 'fields'}}, [
        el('span', {className: 'label', id: 'connection-fields-label'}, t('saleskpi.connection.fields')),
        el('div', {className: 'field-description'}, s.defaultFields.length
          ? t('saleskpi.connection.fields.hint', s.defaultFields.join(', ')) : t('saleskpi.connection.fields.hintNone')),
        filter, picker,
        el('div', {className: 'field-error', id: 'connection-fields-error', role: 'alert', hidden: true})
      ]),
      forms.field({name: 'intervalMinutes', label: t('saleskpi.connection.interval'), control: interval}),
      forms.field({name: 'lookBackMinutes', label: t('saleskpi.connection.lookBack'),
        hint: t('saleskpi.connection.lookBack.hint'), control: lookBack}),
      forms.field({name: 'permissionMode', label: t('saleskpi.connection.permissionMode'),
        hint: t('saleskpi.connection.permissionMode.hint'), control: mode}),
      forms.field({name: 'enabled', label: t('saleskpi.connection.enabled'), control: enabled}),
      el('div', {className: 'buttons'}, forms.button('save-sync', t('saleskpi.connection.save'),
        {submit: true, primary: true}))
    ]);
    picker.setAttribute('aria-labelledby', 'connection-fields-label');
    self.api.get('/connections/' + c.id + '/fields').then(function (fields) {
      SalesKpi.clear(picker);
      fields.forEach(function (field) {
        var box = el('input', {type: 'checkbox', value: field.name, checked: chosen.indexOf(field.name) >= 0,
          onchange: function () {
            var at = chosen.indexOf(field.name);
            if (box.checked && at < 0) {
              chosen.push(field.name);
            } else if (!box.checked && at >= 0) {
              chosen.splice(at, 1);
            }
          }});
        picker.appendChild(el('label', {className: 'checkbox', dataset: {fieldName: field.name,
          custom: String(field.custom)}}, [box, ' ' + field.name]));
      });
      filter.addEventListener('input', function () {
        var wanted = filter.value.trim().toLowerCase();
        picker.querySelectorAll('[data-field-name]').forEach(function (label) {
          label.hidden = wanted !== '' && label.getAttribute('data-field-name').toLowerCase().indexOf(wanted) < 0;
        });
      });
    }, function (error) {
      SalesKpi.clear(picker).appendChild(forms.message('error', error.message));
    });
    return form;
  };

  /** A whole number as a number; anything else as typed, for the API to name. */
  function wholeOrText(value) {
    return /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;
  }

  Page.prototype.syncNow = function (c) {
    var self = this;
    return self.api.post('/connections/' + c.id + '/sync-now', {}).then(function (status) {
      self.say('info', status.queued ? t('saleskpi.connection.syncQueued', c.name)
        : t('saleskpi.connection.syncRunning', c.name));
      self.poll();
    }, function (error) {
      self.say('error', error.message);
    });
  };

  /** Removing asks first, and whether the issues the connection copied go too. */
  Page.prototype.askRemove = function (c) {
    var self = this;
    var box = SalesKpi.clear(self.detail);
    box.hidden = false;
    box.setAttribute('data-connection-id', String(c.id));
    var withIssues = el('input', {type: 'checkbox'});
    box.appendChild(el('form', {className: 'form', dataset: {form: 'remove'}, novalidate: true,
      onsubmit: function (event) {
        event.preventDefault();
        self.removing[c.id] = true;
        self.polling.then(function () {
          return self.api.del('/connections/' + c.id, {removeIssues: withIssues.checked ? 'true' : null});
        }).then(function (done) {
          box.hidden = true;
          self.say('success', t('saleskpi.connection.removed', c.name, done.removedIssues));
          return self.reload();
        }, function (error) {
          delete self.removing[c.id];
          self.say('error', error.message);
        });
      }}, [
      el('h2', {}, t('saleskpi.connection.removeTitle', c.name)),
      el('p', {}, t('saleskpi.connection.removeText')),
      forms.field({name: 'removeIssues', label: t('saleskpi.connection.removeIssues'), control: withIssues}),
      el('div', {className: 'buttons'}, [
        forms.button('confirm-remove', t('saleskpi.connection.remove'), {submit: true, primary: true}),
        forms.button('cancel-remove', t('saleskpi.connection.cancel'), {onclick: function () { box.hidden = true; }})
      ])
    ]));
    box.focus();
  };

  function start() {
    var config = SalesKpi.start();
    var root = document.getElementById('saleskpi-admin-connections');
    if (!root) {
      return;
    }
    var page = new Page(root, config);
    page.render();
    page.load();
  }

  SalesKpi.ready(start);
})(window);
