/*
 * Users and roles (/admin/users, global administrators): everyone with their project roles, adding
 * a person, and for one chosen person: a new password, project roles granted and revoked, and
 * their access tokens revoked.
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi;
  var el = SalesKpi.el;
  var t = SalesKpi.t;
  var forms = SalesKpi.forms;
  var ROLES = ['viewer', 'editor', 'admin'];

  function Page(root, config) {
    this.root = root;
    this.config = config;
    this.api = SalesKpi.api(config.restBase);
    this.users = [];
    this.projects = [];
    this.chosen = null;
  }

  Page.prototype.load = function () {
    var self = this;
    return Promise.all([self.api.get('/users'), self.api.get('/projects')]).then(function (answers) {
      self.users = answers[0];
      self.projects = answers[1];
      self.render();
    }, function (error) {
      SalesKpi.clear(self.root).appendChild(forms.message('error', error.message));
    });
  };

  /** Reloads the users and shows the chosen one again. */
  Page.prototype.refresh = function () {
    var self = this;
    return self.api.get('/users').then(function (users) {
      self.users = users;
      self.renderList();
      if (self.chosen) {
        var again = users.filter(function (u) { return u.username === self.chosen.username; })[0];
        if (again) {
          self.choose(again);
        }
      }
    });
  };

  Page.prototype.render = function () {
    var root = SalesKpi.clear(this.root);
    this.status = el('div', {className: 'status', 'aria-live': 'polite'});
    this.list = el('section', {className: 'section', dataset: {section: 'users'}});
    this.detail = el('section', {className: 'section user-detail', dataset: {section: 'user'}, hidden: true,
      tabindex: '-1'});
    root.appendChild(this.status);
    root.appendChild(this.list);
    root.appendChild(this.detail);
    root.appendChild(this.addForm());
    this.renderList();
  };

  Page.prototype.say = function (kind, text) {
    SalesKpi.clear(this.status).appendChild(forms.message(kind, text));
  };

  function roleText(role) {
    return t('saleskpi.admin.users.role.' + role);
  }

  Page.prototype.renderList = function () {
    var self = this;
    var box = SalesKpi.clear(self.list);
    box.appendChild(el('h2', {}, t('saleskpi.admin.users.list')));
    var table = forms.table('users', [t('saleskpi.admin.users.username'), t('saleskpi.admin.users.displayName'),
      t('saleskpi.admin.users.globalAdmin'), t('saleskpi.admin.users.canSignIn'), t('saleskpi.admin.users.roles'),
      el('span', {className: 'visually-hidden'}, t('saleskpi.admin.users.actions'))]);
    self.users.forEach(function (user) {
      table.body.appendChild(el('tr', {dataset: {username: user.username}}, [
        el('th', {scope: 'row'}, user.username),
        el('td', {}, user.displayName),
        el('td', {}, user.globalAdmin ? el('span', {className: 'lozenge lozenge-admin'}, t('saleskpi.common.yes')) : t('saleskpi.common.no')),
        el('td', {}, user.canSignIn ? t('saleskpi.common.yes') : t('saleskpi.admin.users.noLogin')),
        el('td', {}, user.roles.map(function (r) {
          return el('span', {className: 'lozenge', dataset: {project: r.projectKey, role: r.role}}, r.projectKey + ': ' + roleText(r.role));
        })),
        el('td', {}, forms.button('manage', t('saleskpi.admin.users.manage'), {
          ariaLabel: t('saleskpi.admin.users.manageWho', user.displayName),
          onclick: function () { self.choose(user, true); }}))
      ]));
    });
    box.appendChild(el('div', {className: 'table-scroll'}, table.table));
  };

  Page.prototype.addForm = function () {
    var self = this;
    var form = el('form', {className: 'form section', dataset: {form: 'add-user'}, novalidate: true});
    var username = el('input', {type: 'text', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false', maxlength: 255});
    var displayName = el('input', {type: 'text', autocomplete: 'off', maxlength: 255});
    var password = el('input', {type: 'password', autocomplete: 'new-password'});
    var admin = el('input', {type: 'checkbox'});
    form.appendChild(el('h2', {}, t('saleskpi.admin.users.add')));
    form.appendChild(forms.errorBox());
    form.appendChild(forms.field({name: 'username', label: t('saleskpi.admin.users.username'), required: true, control: username}));
    form.appendChild(forms.field({name: 'displayName', label: t('saleskpi.admin.users.displayName'), control: displayName}));
    form.appendChild(forms.field({name: 'password', label: t('saleskpi.admin.users.password'), required: true,
      hint: t('saleskpi.admin.users.password.hint'), control: password}));
    form.appendChild(forms.field({name: 'globalAdmin', label: t('saleskpi.admin.users.globalAdmin'), control: admin}));
    form.appendChild(el('div', {className: 'buttons'}, forms.button('add-user', t('saleskpi.admin.users.addButton'), {submit: true, primary: true})));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      forms.clearErrors(form);
      self.api.post('/users', {username: username.value.trim(), displayName: displayName.value.trim() || null,
        password: password.value, globalAdmin: admin.checked}).then(function (created) {
        form.reset();
        return self.refresh().then(function () {
          self.say('success', t('saleskpi.admin.users.added', created.username));
        });
      }, function (error) {
        forms.showErrors(form, error);
      });
    });
    return form;
  };

  /** Shows one person's password, roles and tokens. */
  Page.prototype.choose = function (user, focus) {
    var self = this;
    self.chosen = user;
    var box = SalesKpi.clear(self.detail);
    box.hidden = false;
    box.setAttribute('data-username', user.username);
    box.appendChild(el('h2', {}, t('saleskpi.admin.users.detail', user.displayName, user.username)));
    box.appendChild(self.passwordForm(user));
    box.appendChild(self.rolesPart(user));
    var tokens = el('div', {className: 'user-tokens'}, el('p', {className: 'loading'}, t('saleskpi.admin.loading')));
    box.appendChild(tokens);
    self.loadTokens(user, tokens);
    if (focus) {
      box.focus();
    }
  };

  Page.prototype.passwordForm = function (user) {
    var self = this;
    var password = el('input', {type: 'password', autocomplete: 'new-password'});
    var form = el('form', {className: 'form', dataset: {form: 'password'}, novalidate: true}, [
      el('h3', {}, user.canSignIn ? t('saleskpi.admin.users.resetPassword') : t('saleskpi.admin.users.giveLogin')),
      forms.errorBox(),
      // Tells password managers whose password this is.
      el('input', {type: 'text', autocomplete: 'username', value: user.username, readonly: true, hidden: true, tabindex: '-1'}),
      forms.field({name: 'password', label: t('saleskpi.admin.users.newPassword'), hint: t('saleskpi.admin.users.password.hint'),
        control: password, required: true}),
      el('div', {className: 'buttons'}, forms.button('set-password', t('saleskpi.admin.users.setPassword'), {submit: true}))
    ]);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      forms.clearErrors(form);
      self.api.put('/users/' + encodeURIComponent(user.username) + '/password', {password: password.value}).then(function () {
        form.reset();
        return self.refresh().then(function () {
          self.say('success', t('saleskpi.admin.users.passwordSet', user.username));
        });
      }, function (error) {
        forms.showErrors(form, error);
      });
    });
    return form;
  };

  Page.prototype.rolesPart = function (user) {
    var self = this;
    var part = el('div', {className: 'user-roles'}, el('h3', {}, t('saleskpi.admin.users.roles')));
    if (user.roles.length) {
      var table = forms.table('roles', [t('saleskpi.admin.users.project'), t('saleskpi.admin.users.role'),
        el('span', {className: 'visually-hidden'}, t('saleskpi.admin.users.actions'))]);
      user.roles.forEach(function (grant) {
        table.body.appendChild(el('tr', {dataset: {project: grant.projectKey, role: grant.role}}, [
          el('th', {scope: 'row'}, grant.projectKey),
          el('td', {}, roleText(grant.role)),
          el('td', {}, forms.button('revoke-role', t('saleskpi.admin.users.revoke'), {
            ariaLabel: t('saleskpi.admin.users.revokeRole', roleText(grant.role), grant.projectKey),
            onclick: function () {
              self.api.del('/projects/' + encodeURIComponent(grant.projectKey) + '/roles/' + encodeURIComponent(user.username))
                  .then(function () {
                    return self.refresh().then(function () {
                      self.say('success', t('saleskpi.admin.users.roleRevoked', user.username, grant.projectKey));
                    });
                  }, function (error) { self.say('error', error.message); });
            }}))
        ]));
      });
      part.appendChild(table.table);
    } else {
      part.appendChild(el('p', {className: 'empty'}, t('saleskpi.admin.users.noRoles')));
    }
    var project = forms.select([{value: '', label: t('saleskpi.admin.choose')}].concat(self.projects), '');
    var role = forms.select(ROLES.map(function (r) { return {value: r, label: roleText(r)}; }), 'viewer');
    var form = el('form', {className: 'form form-inline', dataset: {form: 'grant'}, novalidate: true}, [
      forms.errorBox(),
      forms.field({name: 'projectKey', label: t('saleskpi.admin.users.project'), control: project}),
      forms.field({name: 'role', label: t('saleskpi.admin.users.role'), control: role}),
      el('div', {className: 'buttons'}, forms.button('grant-role', t('saleskpi.admin.users.grant'), {submit: true}))
    ]);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      forms.clearErrors(form);
      if (!project.value) {
        forms.showErrors(form, {errors: [{field: 'projectKey', message: t('saleskpi.admin.users.project.missing')}]});
        return;
      }
      self.api.put('/projects/' + encodeURIComponent(project.value) + '/roles/' + encodeURIComponent(user.username),
          {role: role.value}).then(function () {
        return self.refresh().then(function () {
          self.say('success', t('saleskpi.admin.users.roleGranted', user.username, roleText(role.value), project.value));
        });
      }, function (error) {
        forms.showErrors(form, error);
      });
    });
    part.appendChild(form);
    return part;
  };

  Page.prototype.loadTokens = function (user, box) {
    var self = this;
    return self.api.get('/tokens', {user: user.username}).then(function (tokens) {
      SalesKpi.clear(box).appendChild(el('h3', {}, t('saleskpi.admin.users.tokens')));
      if (!tokens.length) {
        box.appendChild(el('p', {className: 'empty'}, t('saleskpi.admin.users.noTokens')));
        return;
      }
      var table = forms.table('tokens', [t('saleskpi.admin.users.tokenName'), t('saleskpi.admin.users.tokenCreated'),
        t('saleskpi.admin.users.tokenLastUsed'), t('saleskpi.admin.users.tokenState'),
        el('span', {className: 'visually-hidden'}, t('saleskpi.admin.users.actions'))]);
      tokens.forEach(function (token) {
        table.body.appendChild(el('tr', {dataset: {tokenId: String(token.id), revoked: String(token.revoked)}}, [
          el('th', {scope: 'row'}, token.name),
          el('td', {}, forms.dateTime(token.created)),
          el('td', {}, token.lastUsed ? forms.dateTime(token.lastUsed) : t('saleskpi.admin.users.tokenNeverUsed')),
          el('td', {}, token.revoked ? el('span', {className: 'lozenge lozenge-revoked'}, t('saleskpi.admin.users.tokenRevoked'))
              : t('saleskpi.admin.users.tokenActive')),
          el('td', {}, token.revoked ? '' : forms.button('revoke-token', t('saleskpi.admin.users.revoke'), {
            ariaLabel: t('saleskpi.admin.users.revokeToken', token.name),
            onclick: function () {
              self.api.del('/tokens/' + encodeURIComponent(token.id)).then(function () {
                self.say('success', t('saleskpi.admin.users.tokenRevokedDone', token.name));
                return self.loadTokens(user, box);
              }, function (error) { self.say('error', error.message); });
            }}))
        ]));
      });
      box.appendChild(table.table);
    }, function (error) {
      SalesKpi.clear(box).appendChild(forms.message('error', error.message));
    });
  };

  function start() {
    var config = SalesKpi.start();
    var root = document.getElementById('saleskpi-admin-users');
    if (root) {
      new Page(root, config).load();
    }
  }

  SalesKpi.ready(start);
})(window);
