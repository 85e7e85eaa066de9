/*
 * The issue list (/issues?jql=...): where gadgets drill down to. The query is shown and editable,
 * the result is paged 50 at a time; the address keeps the query, so a list can be shared. A drill-down
 * also brings about (what the list shows, in words), currency (of its amounts) and back (the dashboard
 * and gadget it came from); amount columns are totalled over every issue the viewer may see.
 */
(function (global) {
  'use strict';

  /** Jira's colours for a status by its category: done green, in progress blue, to do grey. */
  function statusLozenge(status) {
    var category = status.statusCategory ? status.statusCategory.key : '';
    return category === 'done' ? 'lozenge-done' : category === 'indeterminate' ? 'lozenge-on-track' : '';
  }

  var SalesKpi = global.SalesKpi;
  var el = SalesKpi.el;
  var t = SalesKpi.t;
  var forms = SalesKpi.forms;
  var PAGE = 50;

  function Page(root, config) {
    this.root = root;
    this.config = config;
    this.api = SalesKpi.api(config.restBase);
    this.fieldNames = {};
  }

  /** The drill's way back: a path on this site only, never another site's address. */
  function sameSite(path) {
    return path && path.charAt(0) === '/' && path.charAt(1) !== '/' && path.charAt(1) !== '\\' ? path : null;
  }

  Page.prototype.render = function (jql) {
    var self = this;
    var drill = self.config.drill || {};
    var input = el('textarea', {rows: 2, value: jql, spellcheck: 'false', className: 'textarea jql'});
    self.input = input;
    self.form = el('form', {className: 'form issues-search', dataset: {form: 'search'}, role: 'search', novalidate: true,
      onsubmit: function (event) {
        event.preventDefault();
        self.search(input.value.trim(), 0, true);
      }}, [
      forms.errorBox(),
      forms.field({name: 'jql', label: t('saleskpi.admin.issues.jql'), hint: t('saleskpi.admin.issues.jql.hint'), control: input}),
      el('div', {className: 'buttons'}, forms.button('search', t('saleskpi.admin.issues.search'), {submit: true, primary: true}))
    ]);
    // Enter runs the query, Shift+Enter adds a line.
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        self.form.requestSubmit();
      }
    });
    self.results = el('div', {className: 'issues-results', 'aria-live': 'polite'});
    SalesKpi.clear(self.root);
    var back = sameSite(drill.back);
    if (back) {
      self.root.appendChild(el('p', {className: 'issues-back'}, el('a', {href: back}, t('saleskpi.admin.issues.back'))));
    }
    if (drill.about) {
      self.root.appendChild(el('p', {className: 'issues-about'}, drill.about));
    }
    self.root.appendChild(self.form);
    self.root.appendChild(self.results);
  };

  /** Runs the query from startAt; remember adds the query to the browser's history. */
  Page.prototype.search = function (jql, startAt, remember) {
    var self = this;
    forms.clearErrors(self.form);
    if (remember) {
      var params = new URLSearchParams();
      params.set('jql', jql);
      if (startAt) {
        params.set('startAt', String(startAt));
      }
      global.history.pushState({jql: jql, startAt: startAt}, '', '?' + params.toString());
    }
    SalesKpi.clear(self.results).appendChild(el('p', {className: 'loading'}, t('saleskpi.admin.loading')));
    return self.api.get('/issues', {jql: jql, startAt: startAt, maxResults: PAGE, totals: 'true'}).then(function (page) {
      self.show(jql, page);
    }, function (error) {
      SalesKpi.clear(self.results);
      if (error.status === 400) {
        forms.showErrors(self.form, error);
      } else {
        self.results.appendChild(forms.message('error', error.message));
      }
    });
  };

  /** Number custom fields (amounts, costs...) any issue of the page has, in the catalog's order. */
  Page.prototype.amountColumns = function (issues) {
    var self = this;
    return Object.keys(self.fieldNames).filter(function (id) {
      return issues.some(function (issue) {
        var value = issue.fields[id];
        return value !== null && value !== undefined;
      });
    });
  };

  Page.prototype.show = function (jql, page) {
    var self = this;
    var issues = page.issues || [];
    var amounts = self.amountColumns(issues);
    var results = SalesKpi.clear(self.results);
    var first = issues.length ? page.startAt + 1 : 0;
    var last = page.startAt + issues.length;
    results.appendChild(el('p', {className: 'issues-count', dataset: {total: String(page.total)}},
        page.total === 0 ? t('saleskpi.admin.issues.none') : t('saleskpi.admin.issues.count', first, last, page.total)));
    var headers = [t('saleskpi.admin.issues.key'), t('saleskpi.admin.issues.summary'), t('saleskpi.admin.issues.type'),
      t('saleskpi.admin.issues.status'), t('saleskpi.admin.issues.assignee'), t('saleskpi.admin.issues.created'),
      t('saleskpi.admin.issues.resolved')].concat(amounts.map(function (id) { return self.fieldNames[id]; }));
    var table = forms.table('issues', headers, {'data-total': String(page.total), 'data-start-at': String(page.startAt)});
    // Amounts with cents keep both digits (6,603.90); whole numbers such as email counts show none.
    var whole = new Intl.NumberFormat(SalesKpi.locale(), {maximumFractionDigits: 0});
    var cents = new Intl.NumberFormat(SalesKpi.locale(), {minimumFractionDigits: 2, maximumFractionDigits: 2});
    // A drill-down names its currency: the profile's amounts (the amount field) show with it.
    var currency = (self.config.drill || {}).currency;
    var amountField = (self.config.drill || {}).amountField;
    function number(id, value) {
      if (currency && id === amountField) {
        return SalesKpi.format(Number(value), 'amount', currency);
      }
      return (Number.isInteger(Number(value)) ? whole : cents).format(Number(value));
    }
    issues.forEach(function (issue) {
      var f = issue.fields;
      var cells = [
        el('th', {scope: 'row'}, issue.key),
        el('td', {className: 'issue-summary'}, f.summary || ''),
        el('td', {}, f.issuetype ? f.issuetype.name : ''),
        el('td', {}, f.status ? el('span', {className: 'lozenge ' + statusLozenge(f.status)}, f.status.name) : ''),
        el('td', {}, f.assignee ? f.assignee.displayName : t('saleskpi.admin.issues.unassigned')),
        el('td', {className: 'issue-date'}, forms.dateTime(f.created)),
        el('td', {className: 'issue-date'}, forms.dateTime(f.resolutiondate))
      ];
      amounts.forEach(function (id) {
        var value = f[id];
        cells.push(el('td', {className: 'number'}, value === null || value === undefined ? '' : number(id, value)));
      });
      table.body.appendChild(el('tr', {dataset: {issueKey: issue.key}}, cells));
    });
    // The totals are of every issue the viewer may see, not of this page.
    var totals = page.totals || {};
    if (amounts.length) {
      var foot = el('tr', {className: 'issues-totals'}, [el('th', {scope: 'row', colSpan: 7}, t('saleskpi.admin.issues.total'))]
          .concat(amounts.map(function (id) {
            var sum = totals[id];
            return el('td', {className: 'number', dataset: {field: id, total: sum === undefined ? '' : String(sum)}},
                sum === undefined ? '' : number(id, sum));
          })));
      table.table.appendChild(el('tfoot', {}, foot));
    }
    // The table stays even when empty: its data-total is what the drill-down promised.
    results.appendChild(el('div', {className: 'table-scroll'}, table.table));
    var previous = forms.button('previous', t('saleskpi.common.previous'), {disabled: page.startAt <= 0,
      onclick: function () { self.search(jql, Math.max(0, page.startAt - PAGE), true); }});
    var next = forms.button('next', t('saleskpi.common.next'), {disabled: last >= page.total,
      onclick: function () { self.search(jql, page.startAt + PAGE, true); }});
    results.appendChild(el('nav', {className: 'pager', 'aria-label': t('saleskpi.admin.issues.pages')}, [previous, next]));
  };

  function fromAddress() {
    var params = new URLSearchParams(global.location.search);
    return {jql: params.get('jql') || '', startAt: Math.max(0, parseInt(params.get('startAt') || '0', 10) || 0)};
  }

  function start() {
    var config = SalesKpi.start();
    var root = document.getElementById('saleskpi-issues');
    if (!root) {
      return;
    }
    var params = new URLSearchParams(global.location.search);
    config.drill = {about: params.get('about'), currency: params.get('currency'), amountField: params.get('amount'),
      back: params.get('back')};
    var page = new Page(root, config);
    var wanted = fromAddress();
    page.render(wanted.jql);
    page.api.get('/fields').then(function (fields) {
      fields.filter(function (f) { return f.type === 'number'; }).forEach(function (f) { page.fieldNames[f.id] = f.name; });
    }, function () { /* without names, no amount columns: the list still shows */ }).then(function () {
      return page.search(wanted.jql, wanted.startAt, false);
    });
    global.addEventListener('popstate', function () {
      var back = fromAddress();
      page.input.value = back.jql;
      page.search(back.jql, back.startAt, false);
    });
  }

  SalesKpi.ready(start);
})(window);
