/*
 * The CSV import page (/import): says what a Jira "CSV (all fields)" export must contain for the KPI profiles
 * (GET /imports/guide); checks a file in a dry run (POST /imports/checks: the first rows as they will be stored and
 * every problem, nothing written) and imports the checked file without sending it again; or uploads a file as the
 * request body at once. Follows the background job every 500 ms with a progress bar, then shows its per-row report,
 * and creates the KPI profile offered for a project of the file that has none (ADR 0064).
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi;
  var el = SalesKpi.el;
  var t = SalesKpi.t;
  var forms = SalesKpi.forms;
  var JIRA_DATE_FORMAT = 'dd/MMM/yy h:mm a';
  var POLL_MILLIS = 500;
  var NUMBER_FORMATS = ['plain', 'en', 'de', 'fr', 'ja'];
  var KINDS = ['', 'deal', 'lead', 'customer', 'campaign', 'cost'];
  /** The roles a status can have for a type of each kind; other kinds' statuses have none. */
  var ROLES = {deal: ['', 'won', 'lost'], lead: ['', 'converted'], customer: ['', 'churned']};

  /** A count of rows as every page writes numbers, in the user's locale ("20,000 rows", not "20000 rows"). */
  function count(value) {
    return SalesKpi.format(value, 'number');
  }

  function Page(root, config) {
    this.root = root;
    this.config = config;
    this.api = SalesKpi.api(config.restBase);
  }

  Page.prototype.render = function (projects, guide) {
    var self = this;
    var file = el('input', {type: 'file', accept: '.csv,text/csv', required: true});
    var project = forms.select([{value: '', label: t('saleskpi.admin.import.project.fromFile')}].concat(projects), '');
    var dateFormat = el('input', {type: 'text', value: JIRA_DATE_FORMAT, spellcheck: 'false', autocomplete: 'off'});
    var timeZone = el('input', {type: 'text', value: SalesKpi.browserZone(''), spellcheck: 'false', autocomplete: 'off'});
    var numberFormat = forms.select(NUMBER_FORMATS.map(function (tag) {
      return {value: tag, label: t('saleskpi.admin.import.numberFormat.' + tag)};
    }), 'plain');
    self.controls = {file: file, project: project, dateFormat: dateFormat, timeZone: timeZone, numberFormat: numberFormat};
    // Enter in a field checks the file: nothing is written without a button that says so.
    self.form = el('form', {className: 'form', dataset: {form: 'import'}, novalidate: true, onsubmit: function (event) {
      event.preventDefault();
      self.check(file.files[0], self.settings());
    }, onchange: function () {
      // A check is of one file with one set of settings: any change asks for a new one.
      self.forgetCheck();
    }}, [
      forms.errorBox(),
      forms.field({name: 'file', label: t('saleskpi.admin.import.file'), hint: t('saleskpi.admin.import.file.hint'), control: file, required: true}),
      forms.field({name: 'project', label: t('saleskpi.admin.import.project'), hint: t('saleskpi.admin.import.project.hint'), control: project}),
      forms.field({name: 'dateFormat', label: t('saleskpi.admin.import.dateFormat'), hint: t('saleskpi.admin.import.dateFormat.hint'), control: dateFormat}),
      forms.field({name: 'timeZone', label: t('saleskpi.admin.import.timeZone'), hint: t('saleskpi.admin.import.timeZone.hint'), control: timeZone}),
      forms.field({name: 'numberFormat', label: t('saleskpi.admin.import.numberFormat'), hint: t('saleskpi.admin.import.numberFormat.hint'), control: numberFormat}),
      el('div', {className: 'buttons'}, [
        forms.button('check', t('saleskpi.admin.import.check'), {primary: true, submit: true}),
        forms.button('upload', t('saleskpi.admin.import.upload'), {onclick: function () {
          self.upload(file.files[0], self.settings());
        }})
      ])
    ]);
    self.preview = el('section', {className: 'import-preview', 'aria-live': 'polite', dataset: {preview: ''}});
    self.job = el('section', {className: 'import-job', 'aria-live': 'polite', dataset: {job: ''}});
    self.recent = el('section', {className: 'import-recent'});
    SalesKpi.clear(self.root);
    self.root.appendChild(guideSection(guide));
    self.root.appendChild(self.form);
    self.root.appendChild(self.preview);
    self.root.appendChild(self.job);
    self.root.appendChild(self.recent);
  };

  /** The settings of the form, as the API's query parameters. */
  Page.prototype.settings = function () {
    var c = this.controls;
    return {project: c.project.value, dateFormat: c.dateFormat.value.trim(), timeZone: c.timeZone.value.trim(),
      numberFormat: c.numberFormat.value};
  };

  /** What an export must hold: the import's fixed rules, then each KPI profile's columns, types and statuses. */
  function guideSection(guide) {
    var section = el('section', {className: 'import-guide', dataset: {guide: ''}}, [
      el('h2', {}, t('saleskpi.admin.import.guide.title')),
      el('p', {}, t('saleskpi.admin.import.guide.export')),
      el('p', {}, t('saleskpi.admin.import.guide.columns')),
      el('p', {}, t('saleskpi.admin.import.guide.dates', guide.dateFormat)),
      el('p', {}, t('saleskpi.admin.import.guide.numbers')),
      el('p', {}, t('saleskpi.admin.import.guide.statuses'))
    ]);
    if (!guide.profiles.length) {
      section.appendChild(el('p', {className: 'empty'}, t('saleskpi.admin.import.guide.noProfiles')));
      return section;
    }
    guide.profiles.forEach(function (profile) {
      var list = el('dl', {className: 'import-guide-profile'});
      function add(name, value) {
        list.appendChild(el('div', {dataset: {guideItem: name}}, [el('dt', {}, t('saleskpi.admin.import.guide.' + name)),
          el('dd', {}, value)]));
      }
      add('amount', profile.columns.amount || t('saleskpi.admin.import.guide.noColumn'));
      add('customer', profile.columns.customer || t('saleskpi.admin.import.guide.noColumn'));
      add('closeDate', profile.columns.closeDate || t('saleskpi.admin.import.guide.noColumn'));
      ['dealTypes', 'leadTypes', 'customerTypes', 'campaignTypes', 'costTypes', 'wonStatuses', 'lostStatuses',
        'convertedStatuses', 'churnedStatuses', 'stages'].forEach(function (name) {
        if (profile[name].length) {
          add(name, profile[name].join(', '));
        }
      });
      section.appendChild(el('div', {dataset: {guideProfile: String(profile.id)}}, [
        el('h3', {}, t('saleskpi.admin.import.guide.profile', profile.name, profile.project, profile.currency)), list]));
    });
    return section;
  }

  Page.prototype.forgetCheck = function () {
    this.checked = null;
    SalesKpi.clear(this.preview);
  };

  /** The dry run: the file and settings checked by the server, which writes nothing; shows what it would do. */
  Page.prototype.check = function (file, settings) {
    var self = this;
    forms.clearErrors(self.form);
    if (!file) {
      forms.showErrors(self.form, {errors: [{field: 'file', message: t('saleskpi.admin.import.file.missing')}]});
      return Promise.resolve();
    }
    var button = self.form.querySelector('[data-action="check"]');
    button.disabled = true;
    self.forgetCheck();
    SalesKpi.clear(self.job);
    self.preview.appendChild(el('p', {className: 'loading'}, t('saleskpi.admin.import.checking', file.name)));
    return self.api.post('/imports/checks', new Blob([file], {type: 'text/csv'}), settings).then(function (check) {
      button.disabled = false;
      self.checked = {check: check, file: file, settings: settings};
      self.showCheck(check);
    }, function (error) {
      button.disabled = false;
      SalesKpi.clear(self.preview);
      if (error.status === 400) {
        forms.showErrors(self.form, error);
      } else {
        self.preview.appendChild(forms.message('error', error.message));
      }
    });
  };

  Page.prototype.showCheck = function (check) {
    var self = this;
    var box = SalesKpi.clear(self.preview);
    box.setAttribute('data-check-id', check.checkId);
    box.appendChild(el('h2', {}, t('saleskpi.admin.import.preview.title')));
    box.appendChild(el('p', {dataset: {previewCounts: ''}}, t('saleskpi.admin.import.preview.counts', count(check.read),
        count(check.created), count(check.updated), count(check.unchanged), count(check.skipped))));
    box.appendChild(el('h3', {}, t('saleskpi.admin.import.preview.firstRows')));
    box.appendChild(rowsTable(check.firstRows));
    box.appendChild(el('h3', {}, t('saleskpi.admin.import.problems', check.problemCount)));
    box.appendChild(problemsTable(check));
    self.offers = check.projects.filter(function (project) { return project.offer; }).map(function (project) {
      var offer = new Offer(project, check.settings, check.columns);
      box.appendChild(offer.form);
      return offer;
    });
    box.appendChild(el('div', {className: 'buttons'}, forms.button('import-checked', t('saleskpi.admin.import.importChecked'),
        {primary: true, onclick: function () { self.importChecked(); }})));
  };

  function rowsTable(rows) {
    if (!rows.length) {
      return el('p', {className: 'empty'}, t('saleskpi.admin.import.preview.none'));
    }
    var table = forms.table('preview', ['line', 'key', 'type', 'kind', 'status', 'amount', 'customer', 'closeDate', 'owner']
        .map(function (name) {
          return name === 'line' ? t('saleskpi.admin.import.line') : t('saleskpi.admin.import.preview.' + name);
        }));
    rows.forEach(function (row) {
      var amount = row.amount === null ? '' : row.currency ? SalesKpi.format(Number(row.amount), 'amount', row.currency)
          : SalesKpi.format(Number(row.amount), 'number');
      table.body.appendChild(el('tr', {dataset: {line: String(row.line), key: row.key}}, [
        el('td', {className: 'number'}, String(row.line)),
        el('td', {className: 'import-key'}, row.key),
        el('td', {}, row.type),
        el('td', {dataset: {kind: row.kind}}, t('saleskpi.admin.import.kind.' + (row.kind || 'none'))),
        el('td', {}, row.status),
        el('td', {className: 'number', dataset: {amount: row.amount === null ? '' : row.amount}}, amount),
        el('td', {}, row.customer || ''),
        el('td', {}, SalesKpi.date(row.closeDate)),
        el('td', {}, row.owner ? (row.ownerIsNew ? t('saleskpi.admin.import.preview.ownerNew', row.owner) : row.owner) : '')
      ]));
    });
    return el('div', {className: 'import-table'}, table.table);
  }

  function problemsTable(check) {
    if (!check.problems.length) {
      return forms.message('success', t('saleskpi.admin.import.problems.none'));
    }
    var table = forms.table('problems', [t('saleskpi.admin.import.line'), t('saleskpi.admin.import.problem.column'),
      t('saleskpi.admin.import.preview.key'), t('saleskpi.admin.import.problem.what'), t('saleskpi.admin.import.problem.effect')]);
    check.problems.forEach(function (problem) {
      table.body.appendChild(el('tr', {dataset: {line: String(problem.line), column: problem.column || '',
        severity: problem.severity, messageKey: problem.messageKey}}, [
        el('td', {className: 'number'}, String(problem.line)),
        el('td', {}, problem.column || ''),
        el('td', {className: 'import-key'}, problem.key),
        el('td', {}, SalesKpi.errorText(problem)),
        el('td', {}, el('span', {className: 'lozenge lozenge-' + (problem.severity === 'ERROR' ? 'failed' : 'running')},
            t('saleskpi.admin.import.severity.' + problem.severity)))
      ]));
    });
    var shown = [el('div', {className: 'import-table'}, table.table)];
    if (check.problemCount > check.problems.length) {
      shown.push(el('p', {}, t('saleskpi.admin.import.problems.more', check.problems.length, check.problemCount)));
    }
    return el('div', {}, shown);
  }

  /**
   * The KPI profile offered for a project of the file without one: its name, what each issue type counts as and
   * what each of their statuses means (guessed from the names, every choice editable), the columns of amount,
   * customer and close date, the currency; created after the import through POST /profiles.
   */
  function Offer(project, settings, fileColumns) {
    var self = this;
    var offer = project.offer;
    self.project = project.key;
    self.fileColumns = fileColumns || [];
    self.timeZone = settings.timeZone;
    self.create = el('input', {type: 'checkbox', checked: true});
    self.name = el('input', {type: 'text', value: t('saleskpi.admin.import.offer.defaultName', project.key)});
    self.types = offer.types.map(function (type) {
      var kind = forms.select(KINDS.map(function (k) {
        return {value: k, label: t('saleskpi.admin.import.kind.' + (k || 'none'))};
      }), type.kind, {'aria-label': t('saleskpi.admin.import.preview.kind') + ': ' + type.name, dataset: {typeKind: type.name}});
      var statuses = el('div', {className: 'import-offer-statuses'});
      var chosen = {type: type, kind: kind, statuses: statuses, roles: []};
      function showRoles() {
        SalesKpi.clear(statuses);
        chosen.roles = [];
        var roles = ROLES[kind.value];
        if (!roles) {
          return;
        }
        type.statuses.forEach(function (status) {
          var role = forms.select(roles.map(function (r) {
            return {value: r, label: t('saleskpi.admin.import.role.' + (r || 'none'))};
          }), roles.indexOf(status.role) >= 0 ? status.role : '', {'aria-label': status.name,
            dataset: {statusRole: type.name + '|' + status.name}});
          chosen.roles.push({status: status.name, role: role});
          statuses.appendChild(el('label', {className: 'import-offer-status'}, [
            el('span', {}, status.name + ' (' + status.rows + ')'), role]));
        });
      }
      kind.addEventListener('change', showRoles);
      showRoles();
      return chosen;
    });
    function columns(names, guess, empty) {
      return forms.select([{value: '', label: empty}].concat(names), guess || '');
    }
    self.amount = columns(offer.numberColumns, offer.amount, t('saleskpi.admin.import.offer.noColumn'));
    self.customer = columns(offer.textColumns, offer.customer, t('saleskpi.admin.import.offer.noColumn'));
    self.closeDate = columns(offer.dateColumns, offer.closeDate, t('saleskpi.admin.import.offer.resolved'));
    self.currency = el('input', {type: 'text', value: 'USD', maxLength: 3, size: 4, spellcheck: 'false', autocomplete: 'off'});
    var types = forms.table('offer-types', [t('saleskpi.admin.import.offer.type'), t('saleskpi.admin.import.offer.rows'),
      t('saleskpi.admin.import.preview.kind'), t('saleskpi.admin.import.offer.status')]);
    self.types.forEach(function (chosen) {
      types.body.appendChild(el('tr', {dataset: {type: chosen.type.name}}, [
        el('td', {}, chosen.type.name),
        el('td', {className: 'number'}, String(chosen.type.rows)),
        el('td', {}, chosen.kind),
        el('td', {}, chosen.statuses)
      ]));
    });
    self.result = el('div', {dataset: {offerResult: ''}});
    self.form = el('form', {className: 'form import-offer', dataset: {offer: project.key}, novalidate: true,
      onsubmit: function (event) { event.preventDefault(); }}, [
      el('h3', {}, t('saleskpi.admin.import.offer.title', project.key)),
      el('p', {}, t('saleskpi.admin.import.offer.intro')),
      forms.errorBox(),
      forms.field({name: 'create', label: t('saleskpi.admin.import.offer.create'), control: self.create}),
      forms.field({name: 'name', label: t('saleskpi.admin.import.offer.name'), control: self.name}),
      el('div', {className: 'import-table', dataset: {field: 'dealTypes'}}, [types.table,
        el('div', {className: 'field-error', role: 'alert', hidden: true})]),
      forms.field({name: 'fields.amount', label: t('saleskpi.admin.import.offer.amount'), control: self.amount}),
      forms.field({name: 'fields.customer', label: t('saleskpi.admin.import.offer.customer'), control: self.customer}),
      forms.field({name: 'fields.closeDate', label: t('saleskpi.admin.import.offer.closeDate'), control: self.closeDate}),
      forms.field({name: 'currency', label: t('saleskpi.admin.import.offer.currency'), control: self.currency}),
      self.result
    ]);
  }

  /** The body of POST /profiles for the choices, with the ids the import gave the chosen columns' fields. */
  Offer.prototype.body = function (fieldIds) {
    var body = {name: this.name.value.trim(), project: this.project, leadTypes: [], dealTypes: [], customerTypes: [],
      campaignTypes: [], costTypes: [], wonStatuses: [], lostStatuses: [], convertedStatuses: [], churnedStatuses: [],
      currency: this.currency.value.trim().toUpperCase(), timeZone: this.timeZone || 'UTC', fields: {}};
    this.types.forEach(function (chosen) {
      if (!chosen.kind.value) {
        return;
      }
      body[chosen.kind.value + 'Types'].push(chosen.type.name);
      chosen.roles.forEach(function (r) {
        var list = r.role.value ? body[r.role.value + 'Statuses'] : null;
        if (list && list.indexOf(r.status) < 0) {
          list.push(r.status);
        }
      });
    });
    body.fields.amount = this.amount.value ? fieldIds[this.amount.value] || '' : '';
    if (this.customer.value) {
      body.fields.customer = fieldIds[this.customer.value];
    }
    if (this.closeDate.value) {
      body.fields.closeDate = fieldIds[this.closeDate.value];
    }
    return body;
  };

  /**
   * Asks the server whether it would create the profile chosen, before anything is imported (POST /profiles/checks,
   * the checks of POST /profiles): the fields the file will create are sent as fields to come. Resolves true when the
   * offer is good or not wanted; a refusal shows at its choices, in the reader's language, and resolves false.
   */
  Offer.prototype.checkProfile = function (api) {
    var self = this;
    if (!self.create.checked) {
      return Promise.resolve(true);
    }
    forms.clearErrors(self.form);
    SalesKpi.clear(self.result);
    return api.get('/fields').then(function (fields) {
      var ids = {};
      fields.forEach(function (field) { ids[field.name] = field.id; });
      var toCome = self.fileColumns.filter(function (column) { return column.isNew; }).map(function (column) {
        ids[column.field] = 'to-come:' + column.field;
        return {id: ids[column.field], name: column.field, type: column.type};
      });
      var body = self.body(ids);
      body.fieldsToCome = toCome;
      return api.post('/profiles/checks', body);
    }).then(function () {
      return true;
    }, function (error) {
      forms.showErrors(self.form, error);
      SalesKpi.clear(self.result).appendChild(el('div', {dataset: {profileRefused: ''}},
          forms.message('error', t('saleskpi.admin.import.offer.refused', self.project))));
      return false;
    });
  };

  /** Creates the profile after the import; errors show at their choices, and the button tries again. */
  Offer.prototype.createProfile = function (api, config) {
    var self = this;
    if (!self.create.checked) {
      return Promise.resolve();
    }
    forms.clearErrors(self.form);
    return api.get('/fields').then(function (fields) {
      var ids = {};
      fields.forEach(function (field) { ids[field.name] = field.id; });
      return api.post('/profiles', self.body(ids));
    }).then(function (profile) {
      self.create.checked = false;
      self.create.disabled = true;
      SalesKpi.clear(self.result).appendChild(el('div', {dataset: {profileCreated: String(profile.id)}},
          forms.message('success', [t('saleskpi.admin.import.offer.created', profile.name, profile.project) + ' ',
            el('a', {href: forms.pageUrl(config, '/profiles/' + profile.id)}, t('saleskpi.admin.import.offer.open'))])));
    }, function (error) {
      forms.showErrors(self.form, error);
      SalesKpi.clear(self.result).appendChild(el('div', {dataset: {profileFailed: ''}}, [
        forms.message('error', t('saleskpi.admin.import.offer.failed', self.project)),
        forms.button('create-profile', t('saleskpi.admin.import.offer.retry'), {onclick: function () {
          self.create.checked = true;
          self.createProfile(api, config);
        }})]));
    });
  };

  /** Imports the checked file, kept by the server since the check; sends it again when the server no longer has it. */
  Page.prototype.importChecked = function () {
    var self = this;
    var checked = self.checked;
    if (!checked) {
      self.preview.appendChild(forms.message('warning', t('saleskpi.admin.import.settingsChanged')));
      return Promise.resolve();
    }
    var button = self.preview.querySelector('[data-action="import-checked"]');
    button.disabled = true;
    var offers = self.offers;
    var afterwards = function () {
      // The checked file is imported: importing it again needs a new check.
      button.disabled = true;
      return Promise.all(offers.map(function (offer) { return offer.createProfile(self.api, self.config); }));
    };
    // The offers are checked first: a refused one would leave the project imported without its profile.
    return Promise.all(offers.map(function (offer) { return offer.checkProfile(self.api); })).then(function (good) {
      if (good.indexOf(false) >= 0) {
        button.disabled = false;
        return undefined;
      }
      return self.importCheckedFile(checked, button, afterwards);
    });
  };

  /** Imports the checked file once its offers are good. */
  Page.prototype.importCheckedFile = function (checked, button, afterwards) {
    var self = this;
    return self.api.post('/imports/checks/' + encodeURIComponent(checked.check.checkId) + '/import', null).then(function (job) {
      self.follow(job, button, afterwards);
    }, function (error) {
      if (error.status === 404) {
        // Kept by another node, or for too long: the same file and settings, sent again.
        return self.upload(checked.file, checked.settings, afterwards);
      }
      button.disabled = false;
      self.job.appendChild(forms.message('error', error.message));
    });
  };

  Page.prototype.upload = function (file, settings, afterwards) {
    var self = this;
    forms.clearErrors(self.form);
    if (!file) {
      forms.showErrors(self.form, {errors: [{field: 'file', message: t('saleskpi.admin.import.file.missing')}]});
      return Promise.resolve();
    }
    var button = self.form.querySelector('[data-action="upload"]');
    button.disabled = true;
    SalesKpi.clear(self.job).appendChild(el('p', {className: 'loading'}, t('saleskpi.admin.import.uploading', file.name)));
    // The API reads the raw body as CSV whatever type the browser guessed for the file.
    var body = new Blob([file], {type: 'text/csv'});
    return self.api.post('/imports', body, settings).then(function (job) {
      self.follow(job, button, afterwards);
    }, function (error) {
      button.disabled = false;
      SalesKpi.clear(self.job);
      if (error.status === 400) {
        forms.showErrors(self.form, error);
      } else {
        self.job.appendChild(forms.message('error', error.message));
      }
    });
  };

  /** Shows the job and asks again every 500 ms until it is done or failed. */
  Page.prototype.follow = function (job, button, afterwards) {
    var self = this;
    self.showJob(job);
    if (job.state === 'RUNNING') {
      global.setTimeout(function () {
        self.api.get('/imports/' + encodeURIComponent(job.id)).then(function (next) {
          self.follow(next, button, afterwards);
        }, function (error) {
          button.disabled = false;
          self.job.appendChild(forms.message('error', error.message));
        });
      }, POLL_MILLIS);
      return;
    }
    button.disabled = false;
    if (job.state === 'DONE' && afterwards) {
      afterwards();
    }
    self.loadRecent();
  };

  function progressBar(processed, total) {
    var known = total > 0;
    var share = known ? Math.min(1, processed / total) : 0;
    var label = known ? t('saleskpi.admin.import.progress', processed, total) : t('saleskpi.admin.import.progress.unknown', processed);
    return el('div', {className: 'progress import-progress'}, [
      el('div', {className: 'progress-bar', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(known ? total : 0),
        'aria-valuenow': String(processed), 'aria-valuetext': label, 'aria-label': t('saleskpi.admin.import.progress.label'),
        dataset: {processed: String(processed), total: String(total)}},
      el('div', {className: 'progress-fill', style: {width: Math.round(share * 100) + '%'}})),
      el('span', {className: 'progress-label'}, label)
    ]);
  }

  Page.prototype.showJob = function (job) {
    var box = SalesKpi.clear(this.job);
    box.setAttribute('data-state', job.state);
    box.setAttribute('data-job-id', job.id);
    box.appendChild(el('h2', {}, t('saleskpi.admin.import.job', forms.dateTime(job.startedAt))));
    // A finished import is whole, whatever the counters said last.
    var done = job.state === 'DONE' && job.report;
    box.appendChild(progressBar(done ? job.report.read : job.processed, done ? job.report.read : job.total));
    if (job.state === 'FAILED') {
      // A failure with a text of its own shows in the page's language; the others as the server wrote them.
      var reason = job.errorKey ? t(job.errorKey) : '';
      box.appendChild(forms.message('error', [el('strong', {}, t('saleskpi.admin.import.failed') + ' '),
        reason && reason !== job.errorKey ? reason : (job.error || '')]));
      return;
    }
    if (job.state !== 'DONE' || !job.report) {
      return;
    }
    var report = job.report;
    box.appendChild(forms.message('success', t('saleskpi.admin.import.done')));
    var counts = el('dl', {className: 'import-counts', dataset: {report: ''}});
    ['read', 'created', 'updated', 'unchanged'].forEach(function (name) {
      counts.appendChild(el('div', {dataset: {count: name}}, [
        el('dt', {}, t('saleskpi.admin.import.' + name)),
        el('dd', {}, count(report[name]))
      ]));
    });
    counts.appendChild(el('div', {dataset: {count: 'skipped'}}, [
      el('dt', {}, t('saleskpi.admin.import.skipped')),
      el('dd', {}, count(report.skipped.length))
    ]));
    box.appendChild(counts);
    if (report.withoutHistory > 0) {
      // A Jira CSV export carries no history: say which figures cannot be computed over these issues.
      box.appendChild(el('div', {dataset: {noHistory: String(report.withoutHistory)}},
        forms.message('info', t('saleskpi.admin.import.noHistory', report.withoutHistory))));
    }
    if (report.skipped.length) {
      box.appendChild(el('h3', {}, t('saleskpi.admin.import.skippedRows')));
      var table = forms.table('skipped', [t('saleskpi.admin.import.line'), t('saleskpi.admin.import.reason')]);
      report.skipped.forEach(function (row) {
        table.body.appendChild(el('tr', {dataset: {line: String(row.line)}}, [
          el('td', {className: 'number'}, String(row.line)),
          el('td', {}, row.reason)
        ]));
      });
      box.appendChild(table.table);
    }
  };

  Page.prototype.loadRecent = function () {
    var self = this;
    return self.api.get('/imports').then(function (jobs) {
      var box = SalesKpi.clear(self.recent);
      box.appendChild(el('h2', {}, t('saleskpi.admin.import.recent')));
      if (!jobs.length) {
        box.appendChild(el('p', {className: 'empty'}, t('saleskpi.admin.import.recent.none')));
        return;
      }
      var table = forms.table('imports', [t('saleskpi.admin.import.startedAt'), t('saleskpi.admin.import.startedBy'),
        t('saleskpi.admin.import.state'), t('saleskpi.admin.import.read'), t('saleskpi.admin.import.created'),
        t('saleskpi.admin.import.updated'), t('saleskpi.admin.import.skipped')]);
      jobs.forEach(function (job) {
        var r = job.report;
        table.body.appendChild(el('tr', {dataset: {jobId: job.id, state: job.state}}, [
          el('td', {}, forms.dateTime(job.startedAt)),
          el('td', {}, job.startedBy ? job.startedBy.displayName : ''),
          el('td', {}, el('span', {className: 'lozenge lozenge-' + job.state.toLowerCase()}, t('saleskpi.admin.import.state.' + job.state))),
          el('td', {className: 'number'}, r ? count(r.read) : ''),
          el('td', {className: 'number'}, r ? count(r.created) : ''),
          el('td', {className: 'number'}, r ? count(r.updated) : ''),
          el('td', {className: 'number'}, r ? count(r.skipped.length) : '')
        ]));
      });
      box.appendChild(table.table);
    }, function (error) {
      SalesKpi.clear(self.recent).appendChild(forms.message('error', error.message));
    });
  };

  function start() {
    var config = SalesKpi.start();
    var root = document.getElementById('saleskpi-import');
    if (!root) {
      return;
    }
    var page = new Page(root, config);
    Promise.all([page.api.get('/projects'), page.api.get('/imports/guide')]).then(function (answers) {
      page.render(answers[0], answers[1]);
      page.loadRecent();
    }, function (error) {
      SalesKpi.clear(root).appendChild(forms.message('error', error.message));
    });
  }

  SalesKpi.ready(start);
})(window);
