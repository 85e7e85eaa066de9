/*
 * The KPI profile page (/profiles/{id}, /profiles/new?project=KEY): the sales model form, fed by
 * the pickers of the API, saved with its version, and previewed for last month before saving.
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi;
  var el = SalesKpi.el;
  var t = SalesKpi.t;
  var forms = SalesKpi.forms;

  var TYPE_LISTS = ['leadTypes', 'dealTypes', 'customerTypes', 'campaignTypes', 'costTypes'];
  var STATUS_LISTS = ['wonStatuses', 'lostStatuses', 'convertedStatuses', 'churnedStatuses'];
  var NUMBER_FIELDS = ['amount', 'cost', 'emailsSent', 'emailsOpened'];
  var DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
  var CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'CNY', 'INR', 'SEK', 'NOK', 'DKK', 'PLN',
    'BRL', 'MXN', 'SGD', 'HKD', 'KRW', 'NZD', 'ZAR'];
  var ZONES = ['UTC', 'Europe/London', 'Europe/Berlin', 'Europe/Paris', 'Europe/Madrid', 'Europe/Warsaw',
    'Europe/Helsinki', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles',
    'America/Sao_Paulo', 'America/Toronto', 'Asia/Tokyo', 'Asia/Seoul', 'Asia/Shanghai', 'Asia/Singapore',
    'Asia/Kolkata', 'Asia/Dubai', 'Australia/Sydney', 'Pacific/Auckland'];

  function blank(project) {
    return {name: '', project: project || '', scope: project ? 'project = ' + project : '',
      leadTypes: [], dealTypes: [], customerTypes: [], campaignTypes: [], costTypes: [],
      wonStatuses: [], lostStatuses: [], convertedStatuses: [], churnedStatuses: [],
      fields: {amount: '', closeDate: null, customer: null, cost: null, emailsSent: null, emailsOpened: null},
      rep: 'assignee', currency: 'USD', timeZone: SalesKpi.browserZone('UTC'), fiscalYearStartMonth: 1, weekStart: 'MONDAY',
      staleDays: 14, stages: [], probabilityField: null, forecastCategoryField: null, forecastCategories: {}};
  }

  /** Options from the API's names, keeping values the profile has that the list no longer offers. */
  function withCurrent(names, current) {
    var all = names.slice();
    [].concat(current || []).forEach(function (value) {
      if (value && all.indexOf(value) < 0) {
        all.push(value);
      }
    });
    return all;
  }

  function fieldOptions(fields, types, current, noneLabel) {
    var options = noneLabel === null ? [] : [{value: '', label: noneLabel}];
    fields.filter(function (f) { return types.indexOf(f.type) >= 0; }).forEach(function (f) {
      options.push({value: f.id, label: f.name + ' (' + f.id + ')'});
    });
    if (current && !options.some(function (o) { return o.value === current; })) {
      options.push({value: current, label: current});
    }
    return options;
  }

  function monthNames() {
    var format = new Intl.DateTimeFormat(SalesKpi.locale(), {month: 'long', timeZone: 'UTC'});
    var names = [];
    for (var m = 1; m <= 12; m++) {
      names.push({value: String(m), label: format.format(new Date(Date.UTC(2024, m - 1, 1)))});
    }
    return names;
  }

  function dayNames() {
    var format = new Intl.DateTimeFormat(SalesKpi.locale(), {weekday: 'long', timeZone: 'UTC'});
    // 2024-01-01 was a Monday.
    return DAYS.map(function (day, i) {
      return {value: day, label: format.format(new Date(Date.UTC(2024, 0, 1 + i)))};
    });
  }

  function datalist(id, values) {
    return el('datalist', {id: id}, values.map(function (v) { return el('option', {value: v}); }));
  }

  function reasonText(reason) {
    return forms.text('saleskpi.gadget.absent.' + reason, reason);
  }

  function Page(root, config) {
    this.root = root;
    this.config = config;
    this.api = SalesKpi.api(config.restBase);
    this.id = root.getAttribute('data-profile-id') || '';
    this.isNew = !this.id || this.id === 'new';
  }

  Page.prototype.load = function () {
    var self = this;
    var project = new URLSearchParams(global.location.search).get('project') || '';
    var profile = self.isNew ? Promise.resolve(blank(project)) : self.api.get('/profiles/' + encodeURIComponent(self.id));
    SalesKpi.clear(self.root).appendChild(el('p', {className: 'loading'}, t('saleskpi.admin.loading')));
    return Promise.all([profile, self.api.get('/issuetypes'), self.api.get('/statuses'), self.api.get('/fields'),
      self.api.get('/projects'), self.api.get('/kpis')]).then(function (answers) {
      self.profile = answers[0];
      self.issueTypes = answers[1];
      self.statuses = answers[2];
      self.fields = answers[3];
      self.projects = answers[4];
      self.kpis = answers[5];
      self.render();
    }, function (error) {
      SalesKpi.clear(self.root).appendChild(forms.message('error', error.message));
    });
  };

  Page.prototype.render = function () {
    var self = this;
    var p = self.profile;
    var f = p.fields || {};
    var root = SalesKpi.clear(self.root);
    var title = self.isNew ? t('saleskpi.admin.profile.new') : t('saleskpi.admin.profile.edit', p.name);
    root.appendChild(el('h1', {className: 'page-title'}, title));
    root.appendChild(el('p', {}, el('a', {href: forms.pageUrl(self.config, '/profiles')}, t('saleskpi.admin.profile.back'))));
    self.status = el('div', {className: 'status', 'aria-live': 'polite'});
    root.appendChild(self.status);

    var form = el('form', {className: 'form', dataset: {form: 'profile'}, novalidate: true,
      onsubmit: function (event) { event.preventDefault(); self.save(); }});
    self.form = form;
    form.appendChild(forms.errorBox());

    function text(name, value, attrs) {
      var a = attrs || {};
      a.type = a.type || 'text';
      a.value = value === null || value === undefined ? '' : String(value);
      return el('input', a);
    }
    function multi(name, options, selected) {
      return forms.select(withCurrent(options, selected), selected, {multiple: true, size: Math.min(6, Math.max(3, options.length))});
    }
    function section(key, children) {
      return el('fieldset', {className: 'fieldset'}, [el('legend', {}, t(key))].concat(children));
    }

    form.appendChild(section('saleskpi.admin.profile.section.general', [
      forms.field({name: 'name', label: t('saleskpi.admin.profile.name'), required: true,
        control: text('name', p.name, {maxlength: 255, autocomplete: 'off'})}),
      forms.field({name: 'project', label: t('saleskpi.admin.profile.project'), required: true,
        control: forms.select([{value: '', label: t('saleskpi.admin.choose')}].concat(withCurrent(self.projects, p.project)),
            p.project, {disabled: !self.isNew})}),
      forms.field({name: 'scope', label: t('saleskpi.admin.profile.scope'), hint: t('saleskpi.admin.profile.scope.hint'),
        control: el('textarea', {rows: 2, value: p.scope || '', spellcheck: 'false'})})
    ]));

    form.appendChild(section('saleskpi.admin.profile.section.types', TYPE_LISTS.map(function (name) {
      return forms.field({name: name, label: t('saleskpi.admin.profile.' + name), hint: t('saleskpi.admin.multi.hint'),
        control: multi(name, self.issueTypes, p[name])});
    })));

    form.appendChild(section('saleskpi.admin.profile.section.statuses', STATUS_LISTS.map(function (name) {
      return forms.field({name: name, label: t('saleskpi.admin.profile.' + name), hint: t('saleskpi.admin.multi.hint'),
        control: multi(name, self.statuses, p[name])});
    })));

    var none = t('saleskpi.admin.profile.none');
    var fieldControls = [
      forms.field({name: 'fields.amount', label: t('saleskpi.admin.profile.fields.amount'), required: true,
        control: forms.select(fieldOptions(self.fields, ['number'], f.amount, t('saleskpi.admin.choose')), f.amount || '')}),
      forms.field({name: 'fields.closeDate', label: t('saleskpi.admin.profile.fields.closeDate'),
        control: forms.select(fieldOptions(self.fields, ['date'], f.closeDate, t('saleskpi.admin.profile.resolutionDate')), f.closeDate || '')}),
      forms.field({name: 'fields.customer', label: t('saleskpi.admin.profile.fields.customer'),
        control: forms.select(fieldOptions(self.fields, ['text', 'option'], f.customer, none), f.customer || '')})
    ];
    NUMBER_FIELDS.slice(1).forEach(function (name) {
      fieldControls.push(forms.field({name: 'fields.' + name, label: t('saleskpi.admin.profile.fields.' + name),
        control: forms.select(fieldOptions(self.fields, ['number'], f[name], none), f[name] || '')}));
    });
    fieldControls.push(forms.field({name: 'rep', label: t('saleskpi.admin.profile.rep'),
      control: forms.select([{value: 'assignee', label: t('saleskpi.admin.profile.assignee')}]
          .concat(fieldOptions(self.fields, ['user'], p.rep === 'assignee' ? null : p.rep, null)), p.rep || 'assignee')}));
    form.appendChild(section('saleskpi.admin.profile.section.fields', fieldControls));

    // Stages, probability and forecast category (KPIs 11 to 18): profile-pipeline.js edits the two lists.
    self.stageList = new SalesKpi.profilePipeline.StageList(p.stages, self.statuses);
    self.optionList = new SalesKpi.profilePipeline.OptionList(p.forecastCategories);
    form.appendChild(section('saleskpi.admin.profile.section.pipeline', [
      self.stageList.element,
      forms.field({name: 'probabilityField', label: t('saleskpi.admin.profile.probabilityField'),
        hint: t('saleskpi.admin.profile.probabilityField.hint'),
        control: forms.select(fieldOptions(self.fields, ['number'], p.probabilityField,
            t('saleskpi.admin.profile.probabilityField.none')), p.probabilityField || '')}),
      forms.field({name: 'forecastCategoryField', label: t('saleskpi.admin.profile.forecastCategoryField'),
        control: forms.select(fieldOptions(self.fields, ['option'], p.forecastCategoryField, none),
            p.forecastCategoryField || '')}),
      self.optionList.element
    ]));

    var zoneList = forms.id('zones');
    var currencyList = forms.id('currencies');
    form.appendChild(section('saleskpi.admin.profile.section.calendar', [
      forms.field({name: 'currency', label: t('saleskpi.admin.profile.currency'), hint: t('saleskpi.admin.profile.currency.hint'),
        control: text('currency', p.currency, {list: currencyList, maxlength: 3, autocomplete: 'off', size: 6})}),
      datalist(currencyList, CURRENCIES),
      forms.field({name: 'timeZone', label: t('saleskpi.admin.profile.timeZone'), hint: t('saleskpi.admin.profile.timeZone.hint'),
        control: text('timeZone', p.timeZone, {list: zoneList, autocomplete: 'off'})}),
      datalist(zoneList, withCurrent(ZONES, SalesKpi.browserZone('UTC'))),
      forms.field({name: 'fiscalYearStartMonth', label: t('saleskpi.admin.profile.fiscalYearStartMonth'),
        control: forms.select(monthNames(), String(p.fiscalYearStartMonth || 1))}),
      forms.field({name: 'weekStart', label: t('saleskpi.admin.profile.weekStart'),
        control: forms.select(dayNames(), p.weekStart || 'MONDAY')}),
      forms.field({name: 'staleDays', label: t('saleskpi.admin.profile.staleDays'), hint: t('saleskpi.admin.profile.staleDays.hint'),
        control: text('staleDays', p.staleDays || 14, {type: 'number', min: 1, max: 3660, step: 1})})
    ]));

    self.confirmBox = el('div', {className: 'message message-warning profile-confirm', hidden: true});
    form.appendChild(el('div', {className: 'buttons'}, [
      forms.button('save', t('saleskpi.admin.save'), {submit: true, primary: true}),
      forms.button('preview', t('saleskpi.admin.profile.preview'), {onclick: function () { self.preview(); }}),
      self.isNew ? null : forms.button('delete', t('saleskpi.admin.delete'), {onclick: function () { self.askDelete(); }}),
      el('a', {className: 'button button-link', href: forms.pageUrl(self.config, '/profiles')}, t('saleskpi.admin.cancel'))
    ]));
    form.appendChild(self.confirmBox);
    root.appendChild(form);

    self.previewBox = el('section', {className: 'section profile-preview', 'aria-live': 'polite', dataset: {preview: ''}});
    root.appendChild(self.previewBox);
  };

  /** The JSON body the form describes: every input is named after its JSON field. */
  Page.prototype.body = function () {
    var form = this.form;
    function control(name) {
      return form.querySelector('[name="' + name + '"]');
    }
    function optional(name) {
      var value = control(name).value.trim();
      return value === '' ? null : value;
    }
    var body = {
      name: control('name').value.trim(),
      project: control('project').value,
      scope: control('scope').value.trim(),
      fields: {
        amount: control('fields.amount').value,
        closeDate: optional('fields.closeDate'),
        customer: optional('fields.customer'),
        cost: optional('fields.cost'),
        emailsSent: optional('fields.emailsSent'),
        emailsOpened: optional('fields.emailsOpened')
      },
      rep: control('rep').value,
      currency: control('currency').value.trim().toUpperCase(),
      timeZone: control('timeZone').value.trim(),
      fiscalYearStartMonth: Number(control('fiscalYearStartMonth').value),
      weekStart: control('weekStart').value
    };
    TYPE_LISTS.concat(STATUS_LISTS).forEach(function (name) {
      body[name] = forms.values(control(name));
    });
    body.stages = this.stageList.body();
    body.probabilityField = optional('probabilityField');
    body.forecastCategoryField = optional('forecastCategoryField');
    body.forecastCategories = this.optionList.body();
    var stale = control('staleDays').value.trim();
    body.staleDays = stale === '' ? null : Number(stale);
    if (!this.isNew) {
      body.version = this.profile.version;
    }
    return body;
  };

  Page.prototype.say = function (kind, children) {
    SalesKpi.clear(this.status).appendChild(forms.message(kind, children));
  };

  Page.prototype.save = function () {
    var self = this;
    forms.clearErrors(self.form);
    SalesKpi.clear(self.status);
    var body = self.body();
    var request = self.isNew ? self.api.post('/profiles', body)
        : self.api.put('/profiles/' + encodeURIComponent(self.id), body);
    return request.then(function (saved) {
      if (self.isNew) {
        global.location.assign(forms.pageUrl(self.config, '/profiles/' + saved.id + '?saved=1'));
        return;
      }
      self.profile = saved;
      self.render();
      self.say('success', t('saleskpi.admin.profile.saved'));
    }, function (error) {
      if (error.status === 409) {
        self.say('warning', [t('saleskpi.admin.profile.conflict') + ' ',
          forms.button('reload', t('saleskpi.admin.reload'), {onclick: function () { self.load(); }})]);
      } else if (error.status === 400) {
        forms.showErrors(self.form, error);
      } else {
        self.say('error', error.message);
      }
    });
  };

  Page.prototype.askDelete = function () {
    var self = this;
    var box = SalesKpi.clear(self.confirmBox);
    box.hidden = false;
    box.appendChild(el('p', {}, t('saleskpi.admin.profile.delete.confirm', self.profile.name)));
    var yes = forms.button('confirm-delete', t('saleskpi.admin.delete'), {primary: true, onclick: function () {
      self.api.del('/profiles/' + encodeURIComponent(self.id)).then(function () {
        // The project stays in the address: Jira's profile pages sit in that project's settings.
        global.location.assign(forms.pageUrl(self.config, '/profiles?project=' + encodeURIComponent(self.profile.project)
            + '&deleted=' + encodeURIComponent(self.profile.name)));
      }, function (error) {
        box.hidden = true;
        self.say('error', error.message);
      });
    }});
    box.appendChild(yes);
    box.appendChild(forms.button('cancel-delete', t('saleskpi.admin.cancel'), {onclick: function () { box.hidden = true; }}));
    yes.focus();
  };

  Page.prototype.preview = function () {
    var self = this;
    forms.clearErrors(self.form);
    var box = SalesKpi.clear(self.previewBox);
    box.appendChild(el('p', {className: 'loading'}, t('saleskpi.admin.profile.preview.running')));
    return self.api.post('/profiles/preview', self.body()).then(function (rows) {
      SalesKpi.clear(box);
      box.appendChild(el('h2', {}, t('saleskpi.admin.profile.preview.title')));
      var table = forms.table('preview', [t('saleskpi.admin.profile.preview.kpi'), t('saleskpi.admin.profile.preview.value')]);
      var catalogue = {};
      (self.kpis || []).forEach(function (kpi) { catalogue[kpi.key] = kpi; });
      rows.forEach(function (row) {
        var absent = row.value === null || row.value === undefined;
        var name = forms.text('saleskpi.kpi.' + row.kpi + '.name', row.name);
        table.body.appendChild(el('tr', {dataset: {kpi: row.kpi}}, [
          el('th', {scope: 'row'}, [name, catalogue[row.kpi]
            ? el('div', {className: 'field-description'}, SalesKpi.kpiAbout(self.api, catalogue[row.kpi])) : null]),
          el('td', {className: absent ? 'absent' : 'number', title: absent ? reasonText(row.absentReason) : null},
              absent ? t('saleskpi.admin.profile.preview.absent', reasonText(row.absentReason))
                  : SalesKpi.format(row.value, row.unit, row.currency))
        ]));
      });
      box.appendChild(table.table);
    }, function (error) {
      SalesKpi.clear(box);
      if (error.status === 400) {
        forms.showErrors(self.form, error);
      } else {
        box.appendChild(forms.message('error', error.message));
      }
    });
  };

  function start() {
    var config = SalesKpi.start();
    var root = document.getElementById('saleskpi-profile');
    if (!root) {
      return;
    }
    var page = new Page(root, config);
    page.load().then(function () {
      if (new URLSearchParams(global.location.search).get('saved')) {
        page.say('success', t('saleskpi.admin.profile.saved'));
      }
    });
  }

  SalesKpi.ready(start);
})(window);
