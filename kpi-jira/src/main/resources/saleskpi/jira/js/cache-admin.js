/*
 * The app's admin page (Administration → Manage apps → Sales KPI → Issue cache): this node's issue cache, every
 * node's last report (ADR 0031) and the settings every node shares, from GET/PUT /admin/cache; below them the
 * subscription mails that could not be queued (GET /admin/mail/failures, ADR 0072). Test hooks:
 * data-state (loading, ready, error) on the page, data-field on each setting and each error, data-status on each
 * status value, data-node (the node id, empty without a cluster) and data-state on each node's row, data-cell on
 * each of its cells; data-section="mail-failures" (with data-state) and data-subscription-id on each failure's row,
 * data-cell on each of its cells.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi;
  var el = SalesKpi.el;
  var t = SalesKpi.t;
  var SETTINGS = ['maxIssues', 'pollSeconds', 'maxConcurrent', 'requestsPerMinute'];
  var FAILURE_CELLS = ['address', 'period', 'status', 'attempts', 'error', 'next'];
  var NODE_CELLS = ['node', 'nodeState', 'phase', 'percent', 'issues', 'memory', 'lastSync', 'lastPoll', 'lastCensus',
    'fallbacks', 'lastError', 'published'];

  function number(value) {
    return new Intl.NumberFormat(SalesKpi.locale()).format(value);
  }

  function when(instant) {
    return instant ? new Date(instant).toLocaleString(SalesKpi.locale()) : t('saleskpi.admin.cache.never');
  }

  /** A node's id, or what a Jira without a cluster is called. */
  function nodeName(id) {
    return id === null || id === undefined ? t('saleskpi.admin.cache.node.single') : id;
  }

  function megabytes(bytes) {
    return t('saleskpi.admin.cache.megabytes', number(Math.round(bytes / 1048576)));
  }

  /** The status rows: label and shown value, each marked with its status field. */
  function statusRows(answer) {
    var s = answer.status;
    var rows = [
      ['node', nodeName(s.node)],
      ['phase', t('saleskpi.admin.cache.phase.' + s.phase)],
      ['percent', s.percent + ' %'],
      ['issues', number(s.issues)],
      ['changes', number(s.changes)],
      ['memory', megabytes(s.bytes)],
      ['lastSync', when(s.lastSync)],
      ['lastPoll', when(s.lastPoll)],
      ['lastCensus', when(s.lastCensus)],
      ['fallbacks', number(s.fallbacks)],
      ['lastError', s.lastError || t('saleskpi.admin.cache.none')],
      ['running', number(answer.running)]
    ];
    return el('dl', {className: 'saleskpi-cache-status'}, rows.map(function (row) {
      return [el('dt', {}, t('saleskpi.admin.cache.' + row[0])), el('dd', {dataset: {status: row[0]}}, String(row[1]))];
    }).reduce(function (all, pair) { return all.concat(pair); }, []));
  }

  /** One node's cells, by column; an unreadable report shows its node and state only. */
  function nodeCells(row) {
    var state = row.state === 'not-reporting'
      ? t('saleskpi.admin.cache.nodeState.not-reporting', when(row.published))
      : t('saleskpi.admin.cache.nodeState.' + row.state);
    if (row.state === 'unreadable') {
      return {node: nodeName(row.node), nodeState: state};
    }
    return {
      node: nodeName(row.node),
      nodeState: state,
      phase: t('saleskpi.admin.cache.phase.' + row.phase),
      percent: row.percent + ' %',
      issues: number(row.issues),
      memory: megabytes(row.bytes),
      lastSync: when(row.lastSync),
      lastPoll: when(row.lastPoll),
      lastCensus: when(row.lastCensus),
      fallbacks: number(row.fallbacks),
      lastError: row.lastError || t('saleskpi.admin.cache.none'),
      published: when(row.published)
    };
  }

  /** Every node's last report, this node first. */
  function nodesTable(answer) {
    var head = el('tr', {}, NODE_CELLS.map(function (name) {
      return el('th', {scope: 'col'}, t('saleskpi.admin.cache.' + name));
    }));
    var rows = answer.nodes.map(function (row) {
      var cells = nodeCells(row);
      return el('tr', {className: row.thisNode ? 'saleskpi-this-node' : null,
        dataset: {node: row.node === null ? '' : row.node, state: row.state}}, NODE_CELLS.map(function (name) {
        return el(name === 'node' ? 'th' : 'td', {scope: name === 'node' ? 'row' : null, dataset: {cell: name}},
            cells[name] === undefined ? '' : String(cells[name]));
      }));
    });
    return el('table', {className: 'saleskpi-table saleskpi-cache-nodes'}, [el('thead', {}, head),
      el('tbody', {}, rows)]);
  }

  /**
   * The subscription mails that could not be handed to Jira's mail queue (ADR 0068), for Jira's system
   * administrators: each error in the page's language from its messageKey and params (ADR 0072). Loaded on its own,
   * so the cache part shows whatever this answers (a Jira administrator who is no system administrator gets a 403).
   */
  function mailFailures(api) {
    var box = el('section', {className: 'saleskpi-mail-failures', dataset: {section: 'mail-failures', state: 'loading'}},
        [el('h2', {}, t('saleskpi.mailAdmin.failures'))]);
    api.get('/admin/mail/failures').then(function (failures) {
      if (!failures.length) {
        box.appendChild(el('p', {className: 'empty'}, t('saleskpi.mailAdmin.noFailures')));
      } else {
        var head = el('tr', {}, FAILURE_CELLS.map(function (name) {
          return el('th', {scope: 'col'}, t('saleskpi.mailAdmin.failure.' + name));
        }));
        var rows = failures.map(function (f) {
          var cells = {address: f.address || '', period: f.period, status: t('saleskpi.mailAdmin.status.' + f.status),
            attempts: number(f.attempts), error: SalesKpi.errorText(f),
            next: f.nextAttempt ? SalesKpi.dateTime(f.nextAttempt) : ''};
          return el('tr', {dataset: {subscriptionId: String(f.subscriptionId)}}, FAILURE_CELLS.map(function (name) {
            return el('td', {dataset: {cell: name}}, cells[name]);
          }));
        });
        box.appendChild(el('table', {className: 'saleskpi-table'}, [el('thead', {}, head), el('tbody', {}, rows)]));
      }
      box.dataset.state = 'ready';
    }).catch(function (err) {
      box.appendChild(el('p', {className: 'saleskpi-error', role: 'alert'}, err && err.message ? err.message : String(err)));
      box.dataset.state = 'error';
    });
    return box;
  }

  function field(name, input, hint) {
    return el('div', {className: 'saleskpi-field', dataset: {field: name}}, [
      el('label', {'for': 'saleskpi-cache-' + name}, t('saleskpi.admin.cache.' + name)),
      input,
      hint ? el('p', {className: 'saleskpi-hint'}, hint) : null,
      el('p', {className: 'saleskpi-field-error', role: 'alert', hidden: true, dataset: {error: name}})
    ].filter(Boolean));
  }

  function render(page, api, answer, notice) {
    SalesKpi.clear(page);
    page.appendChild(el('h1', {}, t('saleskpi.admin.cache.title')));
    page.appendChild(el('p', {}, t('saleskpi.admin.cache.intro')));
    page.appendChild(el('h2', {}, t('saleskpi.admin.cache.status')));
    if (answer.overMaxIssues) {
      page.appendChild(el('div', {className: 'saleskpi-warning', role: 'alert', dataset: {warning: 'overMaxIssues'}},
          t('saleskpi.admin.cache.overMax', number(answer.status.issues), number(answer.settings.maxIssues))));
    }
    page.appendChild(statusRows(answer));
    page.appendChild(el('h2', {}, t('saleskpi.admin.cache.nodes')));
    page.appendChild(el('p', {}, t('saleskpi.admin.cache.nodes.intro', number(answer.staleAfterSeconds))));
    page.appendChild(nodesTable(answer));
    page.appendChild(el('button', {type: 'button', className: 'saleskpi-button', dataset: {action: 'reload'},
      onclick: function () { load(page, api); }}, t('saleskpi.admin.reload')));

    var enabled = el('input', {type: 'checkbox', id: 'saleskpi-cache-enabled', name: 'enabled'});
    enabled.checked = answer.settings.enabled;
    var inputs = {};
    var fields = [field('enabled', enabled, t('saleskpi.admin.cache.enabled.hint'))];
    SETTINGS.forEach(function (name) {
      var range = answer.ranges[name];
      inputs[name] = el('input', {type: 'number', id: 'saleskpi-cache-' + name, name: name, step: '1',
        min: String(range.min), max: String(range.max), value: String(answer.settings[name])});
      fields.push(field(name, inputs[name]));
    });
    var message = el('p', {className: 'saleskpi-notice', role: 'status', dataset: {notice: notice ? 'saved' : ''}},
        notice || '');
    var form = el('form', {className: 'saleskpi-form', noValidate: true, onsubmit: function (event) {
      event.preventDefault();
      var body = {enabled: enabled.checked};
      SETTINGS.forEach(function (name) {
        var text = inputs[name].value.trim();
        body[name] = text === '' || isNaN(Number(text)) ? text : Number(text);
      });
      page.dataset.state = 'loading';
      api.put('/admin/cache', body).then(function (saved) {
        render(page, api, saved, t('saleskpi.admin.cache.saved'));
      }).catch(function (err) {
        page.dataset.state = 'error';
        var errors = err && err.errors ? err.errors : [{field: null, message: String(err)}];
        form.querySelectorAll('[data-error]').forEach(function (box) { box.hidden = true; box.textContent = ''; });
        message.textContent = '';
        errors.forEach(function (e) {
          var box = e.field ? form.querySelector('[data-error="' + e.field + '"]') : null;
          if (box) {
            // A range error in the page's language; any other (type, required) as the server words it.
            box.textContent = e.messageKey === 'saleskpi.admin.cache.range'
              ? t('saleskpi.admin.cache.range', number(answer.ranges[e.field].min), number(answer.ranges[e.field].max))
              : e.message;
            box.hidden = false;
          } else {
            message.textContent = e.message;
          }
        });
      });
    }}, [el('h2', {}, t('saleskpi.admin.cache.settings'))].concat(fields).concat([
      el('button', {type: 'submit', className: 'saleskpi-button saleskpi-button-primary'}, t('saleskpi.admin.save')),
      message
    ]));
    page.appendChild(form);
    page.appendChild(mailFailures(api));
    page.dataset.state = 'ready';
    page.setAttribute('aria-busy', 'false');
  }

  function load(page, api) {
    page.dataset.state = 'loading';
    return api.get('/admin/cache').then(function (answer) {
      render(page, api, answer, '');
    }).catch(function (err) {
      page.dataset.state = 'error';
      page.setAttribute('aria-busy', 'false');
      page.appendChild(el('p', {className: 'saleskpi-error', role: 'alert'}, err && err.message ? err.message : String(err)));
    });
  }

  SalesKpi.ready(function () {
    var config = SalesKpi.start();
    var page = global.document.getElementById('saleskpi-cache-admin');
    load(page, SalesKpi.api(config.restBase));
  });
})(window);
