/*
 * The gadget options form: each type's options.js lists its fields; this builds them, fills the
 * pickers from the API (profiles across the user's projects, KPIs, goals), checks the options with
 * GET /gadgets/{type}/validate and shows each error at its field before saving.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };
  var formCounter = 0;

  var PERIODS = ['this-week', 'last-week', 'this-month', 'last-month', 'this-quarter', 'last-quarter', 'this-year',
    'last-year', 'this-fiscal-quarter', 'last-fiscal-quarter', 'this-fiscal-year', 'last-fiscal-year', 'ytd',
    'last-30-days', 'last-90-days', 'last-365-days', 'all'];
  var BUCKETS = ['day', 'week', 'month', 'quarter', 'year', 'fiscal-quarter', 'fiscal-year'];
  var GROUPS = ['rep', 'assignee', 'customer', 'status', 'issuetype'];
  var REFRESH = ['', '1', '5', '15', '30', '60'];

  function options(values, prefix, empty) {
    var list = values.map(function (v) { return {value: v, text: t(prefix + v)}; });
    return empty ? [{value: '', text: t(empty)}].concat(list) : list;
  }

  /**
   * The field kinds: select (choices: [{value,text}] or a loader), text, textarea, number,
   * checkbox, multi (checkboxes, saved comma-separated). Each field: {name, kind, choices, min, max, hint}.
   */
  var FIELDS = {
    title: {kind: 'text'},
    profile: {kind: 'select', load: 'profiles'},
    jql: {kind: 'textarea', hint: true},
    kpi: {kind: 'select', load: 'kpis'},
    kpis: {name: 'kpi', kind: 'multi', load: 'kpis'},
    period: {kind: 'select', choices: function () { return options(PERIODS, 'saleskpi.gadget.period.'); }},
    bucket: {kind: 'select', choices: function () { return options(BUCKETS, 'saleskpi.gadget.bucket.'); }},
    groupBy: {kind: 'select', choices: function () { return options(GROUPS, 'saleskpi.gadget.groupBy.', 'saleskpi.gadget.none'); }},
    groupByRep: {name: 'groupBy', kind: 'select', choices: function () { return options(GROUPS, 'saleskpi.gadget.groupBy.'); }},
    stackBy: {kind: 'select', choices: function () { return options(GROUPS, 'saleskpi.gadget.groupBy.', 'saleskpi.gadget.none'); }},
    maxStacks: {kind: 'number', min: 1, max: 50},
    topN: {kind: 'number', min: 1, max: 50},
    cumulative: {kind: 'checkbox'},
    comparePrevious: {kind: 'checkbox'},
    descending: {kind: 'checkbox'},
    archived: {kind: 'checkbox'},
    target: {kind: 'text', hint: true},
    quota: {name: 'target', kind: 'checkbox', checkedValue: 'quota'},
    sort: {kind: 'text', hint: true},
    staleDays: {kind: 'number', min: 1, max: 3660},
    maxKeys: {kind: 'number', min: 1, max: 500},
    limit: {kind: 'number', min: 1, max: 500},
    order: {kind: 'select', choices: function () { return options(['attention', 'due-date', 'name'], 'saleskpi.gadget.order.'); }},
    goal: {kind: 'select', load: 'goals'},
    goalTarget: {name: 'target', kind: 'select', load: 'targets'},
    pointsPerWonDeal: {kind: 'number', min: 0, step: 'any'},
    pointsPerAmountUnit: {kind: 'number', min: 0, step: 'any'},
    amountUnit: {kind: 'number', min: 0, step: 'any'},
    pointsPerResolvedIssue: {kind: 'number', min: 0, step: 'any'},
    stacked: {kind: 'checkbox'},
    colours: {kind: 'text', hint: true},
    refresh: {kind: 'select', choices: function () { return options(REFRESH, 'saleskpi.gadget.refresh.', null); }}
  };

  function loadProfiles(api) {
    return api.get('/projects').then(function (projects) {
      return Promise.all((projects || []).map(function (p) {
        var key = typeof p === 'string' ? p : p.key;
        return api.get('/profiles', {project: key}).catch(function () { return []; });
      }));
    }).then(function (lists) {
      var all = [];
      lists.forEach(function (list) { all = all.concat(list || []); });
      return all.map(function (p) { return {value: String(p.id), text: p.name + ' (' + p.project + ')', project: p.project}; });
    });
  }

  /**
   * Renders the form. spec: {type, fields: [field names], defaults}. onSave gets the new
   * preferences once the API accepted them; onCancel leaves them as they were.
   */
  function render(container, prefs, context, spec, onSave, onCancel) {
    formCounter += 1;
    var api = context.api;
    var prefix = 'saleskpi-gadget-form-' + formCounter + '-';
    var inputs = {};
    var errorNodes = {};
    var rows = [];
    var generalError = el('div', {className: 'saleskpi-form-error', role: 'alert', hidden: true});
    var values = {};
    Object.keys(spec.defaults || {}).forEach(function (k) { values[k] = spec.defaults[k]; });
    Object.keys(prefs).forEach(function (k) { values[k] = prefs[k]; });
    var fieldNames = ['title'].concat(spec.usesProfile ? ['profile'] : [], spec.fields, ['refresh']);
    var profiles = null;

    fieldNames.forEach(function (id) {
      var def = FIELDS[id];
      if (!def) {
        return;
      }
      var name = def.name || id;
      var inputId = prefix + id;
      var errorId = inputId + '-error';
      var hintId = def.hint ? inputId + '-hint' : null;
      var described = [hintId, errorId].filter(Boolean).join(' ');
      var input;
      var value = values[name] === undefined ? '' : values[name];
      if (def.kind === 'select') {
        input = el('select', {id: inputId, name: name, 'aria-describedby': described});
        var choices = def.choices ? def.choices() : [{value: value, text: value || t('saleskpi.gadget.loading')}];
        fill(input, choices, value);
      } else if (def.kind === 'textarea') {
        input = el('textarea', {id: inputId, name: name, rows: 2, 'aria-describedby': described, value: value});
      } else if (def.kind === 'checkbox') {
        input = el('input', {type: 'checkbox', id: inputId, name: name, 'aria-describedby': described,
          checked: value === (def.checkedValue || 'true')});
      } else if (def.kind === 'multi') {
        input = el('fieldset', {id: inputId, className: 'saleskpi-multi', 'aria-describedby': described},
            el('legend', {}, t('saleskpi.gadget.field.' + id)));
      } else {
        input = el('input', {type: def.kind === 'number' ? 'number' : 'text', id: inputId, name: name, value: value,
          min: def.min === undefined ? null : def.min, max: def.max === undefined ? null : def.max, step: def.step || null,
          'aria-describedby': described});
      }
      inputs[id] = input;
      var error = el('div', {id: errorId, className: 'saleskpi-field-error', hidden: true});
      (errorNodes[name] = errorNodes[name] || []).push({node: error, input: input});
      var label = def.kind === 'multi' ? null : el('label', {'for': inputId}, t('saleskpi.gadget.field.' + id));
      rows.push(el('div', {className: 'saleskpi-field saleskpi-field-' + def.kind, dataset: {field: name}}, def.kind === 'checkbox'
        ? [input, ' ', label, error]
        : [label, input, hintId ? el('div', {id: hintId, className: 'saleskpi-hint'}, t('saleskpi.gadget.hint.' + id)) : null, error]));
    });

    function fill(select, choices, value) {
      SalesKpi.clear(select);
      var found = false;
      choices.forEach(function (c) {
        found = found || c.value === value;
        select.appendChild(el('option', {value: c.value, selected: c.value === value}, c.text));
      });
      if (!found && value) {
        select.appendChild(el('option', {value: value, selected: true}, value));
      }
    }

    function read() {
      var result = {};
      Object.keys(prefs).forEach(function (k) { result[k] = prefs[k]; });
      Object.keys(inputs).forEach(function (id) {
        var def = FIELDS[id];
        var name = def.name || id;
        var input = inputs[id];
        if (def.kind === 'checkbox') {
          result[name] = input.checked ? (def.checkedValue || 'true') : (def.checkedValue ? '' : 'false');
        } else if (def.kind === 'multi') {
          result[name] = [].slice.call(input.querySelectorAll('input:checked')).map(function (c) { return c.value; }).join(',');
        } else {
          result[name] = input.value.trim();
        }
      });
      result.v = String(SalesKpi.gadgetBase.version);
      return result;
    }

    function clearErrors() {
      generalError.hidden = true;
      SalesKpi.clear(generalError);
      Object.keys(errorNodes).forEach(function (name) {
        errorNodes[name].forEach(function (e) {
          e.node.hidden = true;
          SalesKpi.clear(e.node);
          e.input.removeAttribute('aria-invalid');
        });
      });
    }

    function showErrors(errors) {
      var first = null;
      errors.forEach(function (e) {
        var targets = errorNodes[e.field];
        if (targets) {
          var shown = targets[0];
          shown.node.textContent = e.message;
          shown.node.hidden = false;
          shown.input.setAttribute('aria-invalid', 'true');
          first = first || shown.input;
        } else {
          generalError.appendChild(el('p', {}, e.message));
          generalError.hidden = false;
        }
      });
      if (first && first.focus) {
        first.focus();
      }
    }

    function localErrors(result) {
      var errors = [];
      if (result.colours && SalesKpi.palette.custom(result.colours).length
          !== result.colours.split(',').filter(function (c) { return c.trim(); }).length) {
        errors.push({field: 'colours', message: t('saleskpi.gadget.hint.colours')});
      }
      if (inputs.kpis && !result.kpi) {
        errors.push({field: 'kpi', message: t('saleskpi.gadget.kpi.required')});
      }
      return errors;
    }

    function validate(result) {
      var params = SalesKpi.gadgetBase.query(result);
      return api.get('/gadgets/' + spec.type + '/validate', params);
    }

    var saveButton = el('button', {type: 'submit', className: 'saleskpi-button saleskpi-button-primary'}, t('saleskpi.gadget.save'));
    var form = el('form', {className: 'saleskpi-form saleskpi-gadget-form', dataset: {gadgetType: spec.type},
      onsubmit: function (event) {
        event.preventDefault();
        clearErrors();
        var result = read();
        var local = localErrors(result);
        if (local.length) {
          showErrors(local);
          return;
        }
        saveButton.disabled = true;
        validate(result).then(function () {
          saveButton.disabled = false;
          onSave(result);
        }, function (err) {
          saveButton.disabled = false;
          showErrors(err && err.errors ? err.errors : [{field: null, message: String(err)}]);
        });
      }}, [
      el('h3', {}, t('saleskpi.gadget.configure', t('saleskpi.gadget.type.' + spec.type + '.title'))),
      generalError
    ].concat(rows, [
      el('div', {className: 'saleskpi-buttons'}, [
        saveButton, ' ',
        el('button', {type: 'button', className: 'saleskpi-button', onclick: function () { onCancel(); }}, t('saleskpi.gadget.cancel'))
      ])
    ]));
    form.setAttribute('novalidate', '');
    SalesKpi.clear(container).appendChild(form);

    // The extra JQL is checked as soon as it is left, with the rest of the form's values.
    if (inputs.jql) {
      inputs.jql.addEventListener('change', function () {
        clearErrors();
        validate(read()).catch(function (err) {
          showErrors((err.errors || []).filter(function (e) { return e.field === 'jql'; }));
        });
      });
    }

    var loads = [];
    if (inputs.profile) {
      loads.push(loadProfiles(api).then(function (list) {
        profiles = list;
        var value = values.profile || (list[0] && list[0].value) || '';
        fill(inputs.profile, list, value);
        if (inputs.goal) {
          loadGoals();
        }
      }));
      inputs.profile.addEventListener('change', function () { if (inputs.goal) { loadGoals(); } });
    }
    if (inputs.kpi || inputs.kpis) {
      loads.push(SalesKpi.gadgetBase.kpis(api).then(function (catalogue) {
        var choices = catalogue.list.map(function (k) {
          return {value: k.key, text: SalesKpi.gadgetBase.figureName(k.key, catalogue)};
        });
        if (inputs.kpi) {
          fill(inputs.kpi, choices, values.kpi || choices[0].value);
        }
        if (inputs.kpis) {
          var chosen = String(values.kpi || '').split(',').map(function (k) { return k.trim(); });
          choices.forEach(function (c, i) {
            var id = prefix + 'kpis-' + i;
            inputs.kpis.appendChild(el('div', {className: 'saleskpi-check'}, [
              el('input', {type: 'checkbox', id: id, value: c.value, checked: chosen.indexOf(c.value) >= 0}), ' ',
              el('label', {'for': id}, c.text)
            ]));
          });
          // Figures that are not a KPI's headline (won-revenue.count) stay chosen.
          chosen.filter(function (k) { return k && !catalogue.byKey[k]; }).forEach(function (k, i) {
            var id = prefix + 'kpis-x' + i;
            inputs.kpis.appendChild(el('div', {className: 'saleskpi-check'}, [
              el('input', {type: 'checkbox', id: id, value: k, checked: true}), ' ', el('label', {'for': id}, k)]));
          });
        }
      }));
    }

    var goals = [];
    function loadGoals() {
      var chosen = profiles && profiles.filter(function (p) { return p.value === inputs.profile.value; })[0];
      var project = chosen ? chosen.project : null;
      if (!project) {
        return Promise.resolve();
      }
      return api.get('/goals', {project: project, maxResults: 200}).then(function (page) {
        goals = page.goals || [];
        var choices = goals.map(function (g) { return {value: String(g.id), text: g.name}; });
        fill(inputs.goal, [{value: '', text: t('saleskpi.gadget.chooseGoal')}].concat(choices), values.goal || '');
        loadTargets();
      });
    }
    function loadTargets() {
      if (!inputs.goalTarget) {
        return;
      }
      var goal = goals.filter(function (g) { return String(g.id) === inputs.goal.value; })[0];
      var choices = ((goal && goal.targets) || []).map(function (target) { return {value: String(target.id), text: target.name}; });
      fill(inputs.goalTarget, [{value: '', text: t('saleskpi.gadget.wholeGoal')}].concat(choices), values.target || '');
    }
    if (inputs.goal) {
      inputs.goal.addEventListener('change', function () { values.target = ''; loadTargets(); });
    }

    var ready = Promise.all(loads).catch(function (err) {
      showErrors(err && err.errors ? err.errors : [{field: null, message: String(err)}]);
    });
    return ready.then(function () { return form; });
  }

  SalesKpi.gadgetForm = {render: render, fields: FIELDS, periods: PERIODS, buckets: BUCKETS, groups: GROUPS};
})(window);
