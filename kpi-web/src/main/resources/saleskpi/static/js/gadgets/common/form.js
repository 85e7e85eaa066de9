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

  /*
   * Whether an option applies to the chosen KPIs ({kpis: catalogue entries, units}): null when it
   * does (or when it cannot be told), else the i18n key of why not. The form disables such an
   * option with that text, saves it empty, and gives it back its value when a KPI it fits returns.
   */
  function inMoney(chosen) {
    return chosen.units.some(function (unit) { return unit !== 'amount'; }) ? 'saleskpi.gadget.inapplicable.quota' : null;
  }
  function addsUp(reason) {
    return function (chosen) {
      return chosen.kpis.some(function (k) { return k.additive === false; }) ? 'saleskpi.gadget.inapplicable.' + reason : null;
    };
  }
  function oneUnit(chosen) {
    return chosen.units.length > 1 ? 'saleskpi.gadget.inapplicable.targetUnits' : null;
  }

  /**
   * The field kinds: select (choices: [{value,text}] or a loader), text, textarea, number,
   * checkbox, multi (checkboxes, saved comma-separated). Each field: {name, kind, choices, min, max,
   * hint, applies (a rule above), follows (a typed value that goes and comes back with its KPI)}.
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
    stackBy: {kind: 'select', choices: function () { return options(GROUPS, 'saleskpi.gadget.groupBy.', 'saleskpi.gadget.none'); },
      applies: addsUp('stackBy')},
    maxStacks: {kind: 'number', min: 1, max: 50, applies: addsUp('stackBy')},
    topN: {kind: 'number', min: 1, max: 50},
    cumulative: {kind: 'checkbox', applies: addsUp('cumulative')},
    comparePrevious: {kind: 'checkbox'},
    descending: {kind: 'checkbox'},
    archived: {kind: 'checkbox'},
    target: {kind: 'text', hint: true, applies: oneUnit},
    quota: {name: 'target', kind: 'checkbox', checkedValue: 'quota', applies: inMoney},
    sort: {kind: 'text', hint: true, follows: true},
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
    var notes = {};
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
      var noteId = def.applies || def.follows || (id === 'kpi' && spec.additiveOnly) ? inputId + '-note' : null;
      var described = [hintId, noteId, errorId].filter(Boolean).join(' ');
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
      if (noteId) {
        notes[id] = el('div', {id: noteId, className: 'saleskpi-hint saleskpi-field-note', hidden: true});
      }
      (errorNodes[name] = errorNodes[name] || []).push({node: error, input: input});
      var label = def.kind === 'multi' ? null : el('label', {'for': inputId}, t('saleskpi.gadget.field.' + id));
      rows.push(el('div', {className: 'saleskpi-field saleskpi-field-' + def.kind, dataset: {field: name}}, def.kind === 'checkbox'
        ? [input, ' ', label, notes[id] || null, error]
        : [label, input, hintId ? el('div', {id: hintId, className: 'saleskpi-hint'}, t('saleskpi.gadget.hint.' + id)) : null,
          notes[id] || null, error]));
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
      if (inputs.target && result.target === 'quota' && catalogue && inMoney(chosen())) {
        errors.push({field: 'target', message: t(inMoney(chosen()))});
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

    /*
     * Options follow the chosen KPIs in place: changing the KPI never redraws the form, so the
     * period and every option that still applies keep what the user set; an option that no longer
     * applies is disabled with the reason and saved empty, and gets its value back when it applies again.
     */
    var catalogue = null;
    var kept = {};
    var typedTarget = inputs.target ? {value: inputs.target.value.trim(), unit: null} : null;
    var typedSort = inputs.sort ? {value: inputs.sort.value.trim()} : null;

    function chosenFigures() {
      return inputs.kpi ? [inputs.kpi.value] : inputs.kpis
        ? [].slice.call(inputs.kpis.querySelectorAll('input:checked')).map(function (c) { return c.value; }) : [];
    }

    function chosen() {
      // A named figure (won-revenue.count) can have another unit than its KPI's headline: it is not told.
      var kpis = chosenFigures().map(function (f) { return catalogue && catalogue.byKey[f]; }).filter(Boolean);
      var units = [];
      kpis.forEach(function (k) {
        if (units.indexOf(k.unit) < 0) {
          units.push(k.unit);
        }
      });
      return {kpis: kpis, units: units};
    }

    function note(id, text) {
      notes[id].textContent = text || '';
      notes[id].hidden = !text;
    }

    function setApplicable(id, reason, told) {
      var input = inputs[id];
      var checkbox = FIELDS[id].kind === 'checkbox';
      if (reason && !input.disabled) {
        kept[id] = checkbox ? input.checked : input.value;
        if (checkbox) {
          input.checked = false;
        } else {
          input.value = '';
        }
        input.disabled = true;
      } else if (!reason && input.disabled) {
        if (checkbox) {
          input.checked = kept[id];
        } else {
          input.value = kept[id];
        }
        input.disabled = false;
      }
      // Two options out for one reason (stack by, most stacks) say it once.
      note(id, reason && told.indexOf(reason) < 0 ? t(reason) : '');
      told.push(reason);
    }

    /** The unit a target typed now is in: quotas are money, a number is in the chosen KPIs' one unit (else unknown). */
    function unitTypedFor(value) {
      var units = chosen().units;
      return value === 'quota' ? 'amount' : units.length === 1 ? units[0] : null;
    }

    /** A typed target is a number of one unit (quota: money); against KPIs of another it is cleared, and comes back with them. */
    function followTarget(now) {
      if (!typedTarget || inputs.target.disabled || !typedTarget.value || !typedTarget.unit || now.units.length !== 1) {
        return;
      }
      var fits = typedTarget.unit === now.units[0];
      inputs.target.value = fits ? typedTarget.value : '';
      if (!fits) {
        note('target', typedTarget.value === 'quota' ? t('saleskpi.gadget.inapplicable.quota')
            : t('saleskpi.gadget.inapplicable.targetCleared', typedTarget.value));
      }
    }

    /** The table's sort column (won-revenue.amount) goes with its KPI's column, and comes back with it. */
    function followSort() {
      if (!typedSort || !typedSort.value) {
        return;
      }
      var key = typedSort.value;
      var shown = chosenFigures().some(function (f) { return f === key || f === key.split('.')[0]; });
      inputs.sort.value = shown ? key : '';
      note('sort', shown ? '' : t('saleskpi.gadget.inapplicable.sort', key));
    }

    /** Pie: KPIs that do not add up cannot be chosen (the one already saved stays, and the server says why). */
    function markAdditiveChoices() {
      var greyed = false;
      [].forEach.call(inputs.kpi.options, function (option) {
        var entry = catalogue.byKey[option.value];
        option.disabled = !!entry && entry.additive === false && option.value !== inputs.kpi.value;
        greyed = greyed || option.disabled;
      });
      note('kpi', greyed ? t('saleskpi.gadget.inapplicable.slices') : '');
    }

    function applyKpi() {
      if (!catalogue) {
        return;
      }
      var now = chosen();
      var told = [];
      Object.keys(inputs).forEach(function (id) {
        if (FIELDS[id].applies) {
          setApplicable(id, FIELDS[id].applies(now), told);
        }
      });
      followTarget(now);
      followSort();
      if (spec.additiveOnly && inputs.kpi) {
        markAdditiveChoices();
      }
    }

    function loadCatalogue() {
      return SalesKpi.gadgetBase.kpis(api, inputs.profile ? inputs.profile.value : '').then(function (loaded) {
        catalogue = loaded;
        if (typedTarget && !typedTarget.unit) {
          typedTarget.unit = unitTypedFor(typedTarget.value);
        }
        applyKpi();
      });
    }

    if (inputs.kpi || inputs.kpis) {
      (inputs.kpi || inputs.kpis).addEventListener('change', applyKpi);
      if (inputs.profile) {
        inputs.profile.addEventListener('change', function () { loadCatalogue().catch(function () { /* the server still checks on save */ }); });
      }
    }
    if (inputs.target) {
      inputs.target.addEventListener('input', function () {
        var value = inputs.target.value.trim();
        typedTarget = {value: value, unit: unitTypedFor(value)};
        note('target', '');
      });
    }

    if (inputs.sort) {
      inputs.sort.addEventListener('input', function () {
        typedSort = {value: inputs.sort.value.trim()};
        note('sort', '');
      });
    }

    var ready = Promise.all(loads).then(function () {
      return inputs.kpi || inputs.kpis ? loadCatalogue() : null;
    }).catch(function (err) {
      showErrors(err && err.errors ? err.errors : [{field: null, message: String(err)}]);
    });
    return ready.then(function () { return form; });
  }

  SalesKpi.gadgetForm = {render: render, fields: FIELDS, periods: PERIODS, buckets: BUCKETS, groups: GROUPS};
})(window);
