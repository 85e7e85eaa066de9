/*
 * The CSV import page (/import): uploads a Jira "CSV (all fields)" export as the request body,
 * follows the background job every 500 ms with a progress bar, then shows its per-row report.
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi;
  var el = SalesKpi.el;
  var t = SalesKpi.t;
  var forms = SalesKpi.forms;
  var JIRA_DATE_FORMAT = 'dd/MMM/yy h:mm a';
  var POLL_MILLIS = 500;

  function Page(root, config) {
    this.root = root;
    this.config = config;
    this.api = SalesKpi.api(config.restBase);
  }

  Page.prototype.render = function (projects) {
    var self = this;
    var file = el('input', {type: 'file', accept: '.csv,text/csv', required: true});
    var project = forms.select([{value: '', label: t('saleskpi.admin.import.project.fromFile')}].concat(projects), '');
    var dateFormat = el('input', {type: 'text', value: JIRA_DATE_FORMAT, spellcheck: 'false', autocomplete: 'off'});
    var timeZone = el('input', {type: 'text', value: SalesKpi.browserZone(''), spellcheck: 'false', autocomplete: 'off'});
    self.form = el('form', {className: 'form', dataset: {form: 'import'}, novalidate: true, onsubmit: function (event) {
      event.preventDefault();
      self.upload(file.files[0], project.value, dateFormat.value.trim(), timeZone.value.trim());
    }}, [
      forms.errorBox(),
      forms.field({name: 'file', label: t('saleskpi.admin.import.file'), hint: t('saleskpi.admin.import.file.hint'), control: file, required: true}),
      forms.field({name: 'project', label: t('saleskpi.admin.import.project'), hint: t('saleskpi.admin.import.project.hint'), control: project}),
      forms.field({name: 'dateFormat', label: t('saleskpi.admin.import.dateFormat'), hint: t('saleskpi.admin.import.dateFormat.hint'), control: dateFormat}),
      forms.field({name: 'timeZone', label: t('saleskpi.admin.import.timeZone'), hint: t('saleskpi.admin.import.timeZone.hint'), control: timeZone}),
      el('div', {className: 'buttons'}, forms.button('upload', t('saleskpi.admin.import.upload'), {submit: true, primary: true}))
    ]);
    self.job = el('section', {className: 'import-job', 'aria-live': 'polite', dataset: {job: ''}});
    self.recent = el('section', {className: 'import-recent'});
    SalesKpi.clear(self.root);
    self.root.appendChild(self.form);
    self.root.appendChild(self.job);
    self.root.appendChild(self.recent);
  };

  Page.prototype.upload = function (file, project, dateFormat, timeZone) {
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
    return self.api.post('/imports', body, {project: project, dateFormat: dateFormat, timeZone: timeZone}).then(function (job) {
      self.follow(job, button);
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
  Page.prototype.follow = function (job, button) {
    var self = this;
    self.showJob(job);
    if (job.state === 'RUNNING') {
      global.setTimeout(function () {
        self.api.get('/imports/' + encodeURIComponent(job.id)).then(function (next) {
          self.follow(next, button);
        }, function (error) {
          button.disabled = false;
          self.job.appendChild(forms.message('error', error.message));
        });
      }, POLL_MILLIS);
      return;
    }
    button.disabled = false;
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
        el('dd', {}, String(report[name]))
      ]));
    });
    counts.appendChild(el('div', {dataset: {count: 'skipped'}}, [
      el('dt', {}, t('saleskpi.admin.import.skipped')),
      el('dd', {}, String(report.skipped.length))
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
          el('td', {className: 'number'}, r ? String(r.read) : ''),
          el('td', {className: 'number'}, r ? String(r.created) : ''),
          el('td', {className: 'number'}, r ? String(r.updated) : ''),
          el('td', {className: 'number'}, r ? String(r.skipped.length) : '')
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
    page.api.get('/projects').then(function (projects) {
      page.render(projects);
      page.loadRecent();
    }, function (error) {
      SalesKpi.clear(root).appendChild(forms.message('error', error.message));
    });
  }

  SalesKpi.ready(start);
})(window);
