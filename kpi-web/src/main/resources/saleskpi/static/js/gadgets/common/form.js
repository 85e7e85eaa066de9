/*
 * The gadget options form, drawn from the type's schema (GET /gadgets/types): one component per
 * option kind (see COMPONENTS), labelled and hinted by its field's texts. It fills the pickers from
 * the API (profiles across the user's projects, KPIs and their figures, custom fields, goals), keeps
 * the options in step with the chosen figures, checks the options with GET /gadgets/{type}/validate
 * and shows each error at its field before saving.
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
  /** Custom field types that can group (text, select and user fields, as the API's groupBy takes). */
  var GROUPING_FIELD_TYPES = ['text', 'option', 'user'];
  var REFRESH = ['', '1', '5', '15', '30', '60'];

  function options(values, prefix, empty) {
    var list = values.map(function (v) { return {value: v, text: t(prefix + v)}; });
    return empty ? [{value: '', text: t(empty)}].concat(list) : list;
  }

  /** The text of a key, or null when the bundles have none (a field without a hint). */
  function textOrNull(key) {
    var text = t(key);
    return text === key ? null : text;
  }

  /**
   * The form component of each option kind: element (select, textarea, checkbox, multi: checkboxes
   * saved comma-separated, number, text, target: a choice of none, each rep's quota or a number shown in the
   * figures' unit), its fixed choices, and checkedValue for a checkbox
   * (unchecked it saves 'false' when checkedValue is 'true', else empty).
   */
  var COMPONENTS = {
    text: {element: 'text'},
    profile: {element: 'select'},
    refresh: {element: 'select', choices: function () { return options(REFRESH, 'saleskpi.gadget.refresh.', null); }},
    jql: {element: 'textarea'},
    figure: {element: 'select'},
    figures: {element: 'multi'},
    period: {element: 'select', choices: function () { return options(PERIODS, 'saleskpi.gadget.period.'); }},
    bucket: {element: 'select', choices: function () { return options(BUCKETS, 'saleskpi.gadget.bucket.'); }},
    grouping: {element: 'select', choices: function (option) {
      return options(option.groupings || GROUPS, 'saleskpi.gadget.groupBy.', option.none ? 'saleskpi.gadget.none' : null);
    }},
    whole: {element: 'number'},
    decimal: {element: 'number', step: 'any'},
    choice: {element: 'select', choices: function (option) { return options(option.choices || [], 'saleskpi.gadget.' + option.name + '.'); }},
    flag: {element: 'checkbox', checkedValue: 'true'},
    quota: {element: 'checkbox', checkedValue: 'quota'},
    target: {element: 'target'},
    goal: {element: 'select'},
    'goal-target': {element: 'select'},
    sort: {element: 'select'},
    colours: {element: 'text'}
  };

  /**
   * Why an option does not apply to the chosen figures ({figures: their catalogue entries, units}):
   * null when it does (or when it cannot be told), else the i18n key of why not. The form disables
   * such an option with that text, saves it empty, and gives it back its value when a figure it fits returns.
   */
  var RULES = {
    additive: function (chosen) { return chosen.figures.some(function (f) { return f.additive === false; }); },
    parts: function (chosen) { return chosen.figures.some(function (f) { return f.parts === false; }); },
    money: function (chosen) { return chosen.units.some(function (unit) { return unit !== 'amount'; }); },
    'one-unit': function (chosen) { return chosen.units.length > 1; }
  };
  /** A rule's reason when the field has none of its own (saleskpi.gadget.inapplicable.<field>). */
  var RULE_REASONS = {
    additive: 'saleskpi.gadget.inapplicable.additive',
    parts: 'saleskpi.gadget.inapplicable.slices',
    money: 'saleskpi.gadget.inapplicable.quota',
    'one-unit': 'saleskpi.gadget.inapplicable.targetUnits'
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
      return all.map(function (p) {
        return {value: String(p.id), text: p.name + ' (' + p.project + ')', project: p.project, currency: p.currency};
      });
    });
  }

  /** The custom fields a gadget can group by, as field:<id> choices. */
  function loadGroupingFields(api) {
    return api.get('/fields').then(function (fields) {
      return (fields || []).filter(function (f) { return GROUPING_FIELD_TYPES.indexOf(f.type) >= 0; })
          .map(function (f) { return {value: 'field:' + f.id, text: f.name}; });
    });
  }

  /** The figure keys a catalogue offers: each KPI (its headline), then its other figures as <kpi>.<figure>. */
  function figureChoices(catalogue) {
    var choices = [];
    catalogue.list.forEach(function (k) {
      choices.push({value: k.key, text: SalesKpi.gadgetBase.figureName(k.key, catalogue)});
      (k.figures || []).slice(1).forEach(function (f) {
        choices.push({value: k.key + '.' + f.name, text: figureText(k, f.name, catalogue), figure: true});
      });
    });
    return choices;
  }

  /** A non-headline figure for people: its KPI's name and the figure's, in its text or as named. */
  function figureText(kpi, figure, catalogue) {
    var name = SalesKpi.gadgetBase.figureName(kpi.key, catalogue);
    return name + ' (' + (textOrNull('saleskpi.gadget.figure.' + figure) || words(figure)) + ')';
  }

  /** A figure's name without a text of its own, as words: averageDealSize → average deal size. */
  function words(name) {
    return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  }

  /** A figure's catalogue entry ({unit, additive, column}) for a key of one (won-revenue, won-revenue.count), or null. */
  function figureEntry(key, catalogue) {
    var dot = key.indexOf('.');
    var kpi = catalogue.byKey[dot < 0 ? key : key.substring(0, dot)];
    if (!kpi) {
      return null;
    }
    var figures = kpi.figures || [];
    var name = dot < 0 ? (figures[0] && figures[0].name) : key.substring(dot + 1);
    var figure = figures.filter(function (f) { return f.name === name; })[0];
    if (dot < 0) {
      return {unit: kpi.unit, additive: kpi.additive, parts: kpi.parts, column: name ? kpi.key + '.' + name : null};
    }
    return figure ? {unit: figure.unit, additive: figure.additive, parts: figure.parts, column: key} : null;
  }

  /** The form's fields: the title, the profile when the type uses one, the schema's options, then the refresh. */
  function fieldsOf(schema) {
    var fields = [{id: 'title', name: 'title', kind: 'text', option: {}}];
    if (schema.usesProfile !== false) {
      fields.push({id: 'profile', name: 'profile', kind: 'profile', option: {}});
    }
    schema.options.forEach(function (option) {
      fields.push({id: option.field, name: option.name, kind: option.kind, option: option});
    });
    fields.push({id: 'refresh', name: 'refresh', kind: 'refresh', option: {}});
    // The kinds are a closed set: a kind this form cannot draw is an error, never a field left out.
    fields.forEach(function (field) {
      if (!COMPONENTS[field.kind]) {
        throw new Error('The options form has no component for the option kind ' + field.kind + ' (' + field.name + ').');
      }
    });
    return fields;
  }

  /**
   * Renders the form of a type's schema ({key, version, usesProfile, options}). onSave gets the new
   * preferences once the API accepted them; onCancel leaves them as they were.
   */
  function render(container, prefs, context, schema, onSave, onCancel) {
    formCounter += 1;
    var api = context.api;
    var prefix = 'saleskpi-gadget-form-' + formCounter + '-';
    var fields = fieldsOf(schema);
    var inputs = {};
    var notes = {};
    var errorNodes = {};
    var rows = [];
    var generalError = el('div', {className: 'saleskpi-form-error', role: 'alert', hidden: true});
    var values = {};
    schema.options.forEach(function (option) {
      if (option['default'] !== undefined) {
        values[option.name] = option['default'];
      }
    });
    Object.keys(prefs).forEach(function (k) { values[k] = prefs[k]; });
    var profiles = null;
    /** The target's visible controls (targetControl), when the type has a target. */
    var targetControls = null;

    /** The first field of a kind, or null. */
    function ofKind(kind) {
      return fields.filter(function (field) { return field.kind === kind; })[0] || null;
    }
    var figureField = ofKind('figure') || ofKind('figures');

    fields.forEach(function (field) {
      var component = COMPONENTS[field.kind];
      var option = field.option;
      var id = field.id;
      var name = field.name;
      var inputId = prefix + id;
      var errorId = inputId + '-error';
      var hint = textOrNull('saleskpi.gadget.hint.' + id);
      var hintId = hint ? inputId + '-hint' : null;
      var noteId = option.applies || field.kind === 'target' || field.kind === 'sort' ? inputId + '-note' : null;
      var described = [hintId, noteId, errorId].filter(Boolean).join(' ');
      var input;
      var value = values[name] === undefined ? '' : values[name];
      if (component.element === 'select') {
        input = el('select', {id: inputId, name: name, 'aria-describedby': described});
        // A picker filled from the API says it is loading meanwhile, never the saved internal key (win-rate.rate).
        var choices = component.choices ? component.choices(option) : [{value: value, text: t('saleskpi.gadget.loading')}];
        fill(input, choices, value);
      } else if (component.element === 'textarea') {
        input = el('textarea', {id: inputId, name: name, rows: 2, 'aria-describedby': described, value: value});
      } else if (component.element === 'checkbox') {
        input = el('input', {type: 'checkbox', id: inputId, name: name, 'aria-describedby': described,
          checked: value === component.checkedValue});
      } else if (component.element === 'target') {
        input = el('input', {type: 'hidden', id: inputId, name: name, value: value});
      } else if (component.element === 'multi') {
        input = el('fieldset', {id: inputId, className: 'saleskpi-multi', 'aria-describedby': described},
            el('legend', {}, t('saleskpi.gadget.field.' + id)));
      } else {
        input = el('input', {type: component.element === 'number' ? 'number' : 'text', id: inputId, name: name, value: value,
          min: option.min === undefined ? null : option.min, max: option.max === undefined ? null : option.max,
          step: component.step || null, 'aria-describedby': described});
      }
      inputs[id] = input;
      var shown = input;
      if (component.element === 'target') {
        targetControls = targetControl(input, inputId, described);
        shown = targetControls.mode;
      }
      var error = el('div', {id: errorId, className: 'saleskpi-field-error', hidden: true});
      if (noteId) {
        notes[id] = el('div', {id: noteId, className: 'saleskpi-hint saleskpi-field-note', hidden: true});
      }
      (errorNodes[name] = errorNodes[name] || []).push({node: error, input: shown});
      var label = component.element === 'multi' ? null
        : el('label', {'for': component.element === 'target' ? inputId + '-mode' : inputId}, t('saleskpi.gadget.field.' + id));
      rows.push(el('div', {className: 'saleskpi-field saleskpi-field-' + component.element, dataset: {field: name}},
          component.element === 'checkbox'
            ? [input, ' ', label, notes[id] || null, error]
            : [label, input, component.element === 'target' ? targetControls.node : null,
              hintId ? el('div', {id: hintId, className: 'saleskpi-hint'}, hint) : null, notes[id] || null, error]));
    });

    /**
     * The target's visible controls over its saved value (the hidden input: '', quota or a number in the figures'
     * unit, as saved before): a choice of none, each rep's quota or a number, and the number with its unit beside
     * it. A rate's number is shown and typed in percent (60 for 0.6) and saved as the fraction, as the API reads it.
     */
    function targetControl(saved, inputId, described) {
      var mode = el('select', {id: inputId + '-mode', 'aria-describedby': described}, [
        el('option', {value: ''}, t('saleskpi.gadget.target.none')),
        el('option', {value: 'quota'}, t('saleskpi.gadget.target.quota')),
        el('option', {value: 'number'}, t('saleskpi.gadget.target.number'))]);
      var number = el('input', {type: 'number', step: 'any', id: inputId + '-number', name: saved.name + 'Number',
        'aria-label': t('saleskpi.gadget.target.value')});
      var unit = el('span', {className: 'saleskpi-target-unit', id: inputId + '-unit'});
      var numberBox = el('span', {className: 'saleskpi-target-number'}, [number, ' ', unit]);
      var control = {node: el('span', {className: 'saleskpi-target'}, [' ', numberBox]), mode: mode, number: number,
        unit: unit, numberBox: numberBox};
      control.node.insertBefore(mode, control.node.firstChild);
      /** The unit the number is in now: the chosen figures' one unit, unknown before the catalogue is loaded. */
      control.shownUnit = function () {
        var units = catalogue ? chosen().units : [];
        return units.length === 1 ? units[0] : null;
      };
      /** Shows the saved value in the controls. */
      control.show = function () {
        var value = saved.value;
        var unitNow = control.shownUnit();
        mode.value = value === '' ? '' : value === 'quota' ? 'quota' : 'number';
        if (mode.value === 'number' && document.activeElement !== number) {
          number.value = unitNow === 'ratio' ? String(percentOf(Number(value))) : value;
        }
        mode.disabled = saved.disabled;
        number.disabled = saved.disabled;
        numberBox.hidden = mode.value !== 'number';
        unit.textContent = unitText(unitNow);
        // Quotas are money: not offered against figures of another unit.
        mode.options[1].disabled = !!catalogue && RULES.money(chosen()) && mode.value !== 'quota';
      };
      /** Saves what the controls show into the saved value, as if it was typed there. */
      control.save = function () {
        var typed = number.value.trim();
        var unitNow = control.shownUnit();
        saved.value = mode.value === 'quota' ? 'quota' : mode.value === 'number' && typed !== ''
          ? (unitNow === 'ratio' ? String(fractionOf(Number(typed))) : typed) : '';
        numberBox.hidden = mode.value !== 'number';
        saved.dispatchEvent(new Event('input'));
      };
      mode.addEventListener('change', function () {
        control.save();
        if (mode.value === 'number') {
          number.focus();
        }
      });
      number.addEventListener('input', control.save);
      return control;
    }

    /** 0.6 as 60 and back, without the float's tail (0.07 * 100 is 7.000000000000001). */
    function percentOf(fraction) {
      return Number((fraction * 100).toPrecision(12));
    }
    function fractionOf(percent) {
      return Number((percent / 100).toPrecision(12));
    }

    /** What a unit is written as beside a number: %, the profile's currency, days; nothing for counts. */
    function unitText(unit) {
      if (unit === 'ratio') {
        return '%';
      }
      if (unit === 'amount') {
        var profile = profiles && inputs.profile && profiles.filter(function (p) { return p.value === inputs.profile.value; })[0];
        return profile && profile.currency ? profile.currency : t('saleskpi.gadget.target.unit.amount');
      }
      return unit === 'days' ? t('saleskpi.gadget.target.unit.days') : '';
    }

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
      fields.forEach(function (field) {
        var component = COMPONENTS[field.kind];
        var input = inputs[field.id];
        if (component.element === 'checkbox') {
          result[field.name] = input.checked ? component.checkedValue : (component.checkedValue === 'true' ? 'false' : '');
        } else if (component.element === 'multi') {
          result[field.name] = [].slice.call(input.querySelectorAll('input:checked')).map(function (c) { return c.value; }).join(',');
        } else {
          result[field.name] = input.value.trim();
        }
      });
      result.v = String(schema.version);
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
      fields.forEach(function (field) {
        var value = result[field.name];
        if (field.kind === 'colours' && value && SalesKpi.palette.custom(value).length
            !== value.split(',').filter(function (c) { return c.trim(); }).length) {
          errors.push({field: field.name, message: t('saleskpi.gadget.hint.' + field.id)});
        }
        if (field.kind === 'figures' && field.option.required && !value) {
          errors.push({field: field.name, message: t('saleskpi.gadget.' + field.name + '.required')});
        }
        if (field.kind === 'target' && value === 'quota' && catalogue && RULES.money(chosen())) {
          errors.push({field: field.name, message: t(RULE_REASONS.money)});
        }
      });
      return errors;
    }

    function validate(result) {
      return api.get('/gadgets/' + schema.key + '/validate', SalesKpi.gadgetBase.query(result, schema));
    }

    var saveButton = el('button', {type: 'submit', className: 'saleskpi-button saleskpi-button-primary'}, t('saleskpi.gadget.save'));
    var form = el('form', {className: 'saleskpi-form saleskpi-gadget-form', dataset: {gadgetType: schema.key},
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
      el('h3', {}, t('saleskpi.gadget.configure', t(schema.titleKey || 'saleskpi.gadget.type.' + schema.key + '.title'))),
      generalError
    ].concat(rows, [
      el('div', {className: 'saleskpi-buttons'}, [
        saveButton, ' ',
        el('button', {type: 'button', className: 'saleskpi-button', onclick: function () { onCancel(); }}, t('saleskpi.gadget.cancel'))
      ])
    ]));
    form.setAttribute('novalidate', '');
    if (targetControls) {
      targetControls.show();
    }
    SalesKpi.clear(container).appendChild(form);

    // The extra JQL is checked as soon as it is left, with the rest of the form's values.
    fields.filter(function (field) { return field.kind === 'jql'; }).forEach(function (field) {
      inputs[field.id].addEventListener('change', function () {
        clearErrors();
        validate(read()).catch(function (err) {
          showErrors((err.errors || []).filter(function (e) { return e.field === field.name; }));
        });
      });
    });

    var loads = [];
    var groupings = fields.filter(function (field) { return field.kind === 'grouping'; });
    if (groupings.length) {
      // Custom fields join the groupings once loaded; a saved field:<id> shows meanwhile as it is.
      loads.push(loadGroupingFields(api).then(function (custom) {
        groupings.forEach(function (field) {
          var input = inputs[field.id];
          fill(input, COMPONENTS.grouping.choices(field.option).concat(custom), input.value);
        });
      }).catch(function () { /* the system groupings remain */ }));
    }

    var goalField = ofKind('goal');
    var goalTargetField = ofKind('goal-target');
    var goals = [];
    function loadGoals() {
      var chosenProfile = profiles && profiles.filter(function (p) { return p.value === inputs.profile.value; })[0];
      var project = chosenProfile ? chosenProfile.project : null;
      if (!project) {
        return Promise.resolve();
      }
      return api.get('/goals', {project: project, maxResults: 200}).then(function (page) {
        goals = page.goals || [];
        var choices = goals.map(function (g) { return {value: String(g.id), text: g.name}; });
        fill(inputs[goalField.id], [{value: '', text: t('saleskpi.gadget.chooseGoal')}].concat(choices), values[goalField.name] || '');
        loadTargets();
      });
    }
    function loadTargets() {
      if (!goalTargetField) {
        return;
      }
      var goal = goals.filter(function (g) { return String(g.id) === inputs[goalField.id].value; })[0];
      var choices = ((goal && goal.targets) || []).map(function (target) { return {value: String(target.id), text: target.name}; });
      fill(inputs[goalTargetField.id], [{value: '', text: t('saleskpi.gadget.wholeGoal')}].concat(choices),
          values[goalTargetField.name] || '');
    }
    if (goalField) {
      inputs[goalField.id].addEventListener('change', function () {
        if (goalTargetField) {
          values[goalTargetField.name] = '';
        }
        loadTargets();
      });
    }

    var profileLoaded = Promise.resolve();
    if (inputs.profile) {
      profileLoaded = loadProfiles(api).then(function (list) {
        profiles = list;
        var value = values.profile || (list[0] && list[0].value) || '';
        fill(inputs.profile, list, value);
        if (goalField) {
          return loadGoals();
        }
        return null;
      });
      loads.push(profileLoaded);
      inputs.profile.addEventListener('change', function () { if (goalField) { loadGoals(); } });
    }

    /*
     * Options follow the chosen figures in place: changing them never redraws the form, so the
     * period and every option that still applies keep what the user set; an option that no longer
     * applies is disabled with the reason and saved empty, and gets its value back when it applies again.
     */
    var catalogue = null;
    var kept = {};
    var targetField = ofKind('target');
    var sortField = ofKind('sort');
    var typedTarget = targetField ? {value: inputs[targetField.id].value.trim(), unit: null} : null;
    var chosenSort = sortField ? {value: String(values[sortField.name] || '')} : null;

    function chosenFigures() {
      if (!figureField) {
        return [];
      }
      var input = inputs[figureField.id];
      return figureField.kind === 'figure' ? [input.value]
        : [].slice.call(input.querySelectorAll('input:checked')).map(function (c) { return c.value; });
    }

    /** The chosen figures' catalogue entries and their units (a figure the catalogue does not know is not told). */
    function chosen() {
      var figures = chosenFigures().map(function (f) { return catalogue && figureEntry(f, catalogue); }).filter(Boolean);
      var units = [];
      figures.forEach(function (f) {
        if (units.indexOf(f.unit) < 0) {
          units.push(f.unit);
        }
      });
      return {figures: figures, units: units};
    }

    function note(id, text) {
      notes[id].textContent = text || '';
      notes[id].hidden = !text;
    }

    /** The reason key of a field's rule: its own text, else the one of an earlier field of the same rule, else the rule's. */
    var reasons = {};
    fields.forEach(function (field) {
      var rule = field.option.applies;
      if (rule && RULES[rule] && field.kind !== 'figure' && field.kind !== 'figures') {
        var own = 'saleskpi.gadget.inapplicable.' + field.id;
        var earlier = fields.filter(function (f) { return reasons[f.id] && f.option.applies === rule; })[0];
        reasons[field.id] = textOrNull(own) ? own : earlier ? reasons[earlier.id] : RULE_REASONS[rule];
      }
    });

    function setApplicable(field, reason, told) {
      var input = inputs[field.id];
      var checkbox = COMPONENTS[field.kind].element === 'checkbox';
      if (reason && !input.disabled) {
        kept[field.id] = checkbox ? input.checked : input.value;
        if (checkbox) {
          input.checked = false;
        } else {
          input.value = '';
        }
        input.disabled = true;
      } else if (!reason && input.disabled) {
        if (checkbox) {
          input.checked = kept[field.id];
        } else {
          input.value = kept[field.id];
        }
        input.disabled = false;
      }
      // Two options out for one reason (stack by, most stacks) say it once.
      note(field.id, reason && told.indexOf(reason) < 0 ? t(reason) : '');
      told.push(reason);
    }

    /** The unit a target typed now is in: quotas are money, a number is in the chosen figures' one unit (else unknown). */
    function unitTypedFor(value) {
      var units = chosen().units;
      return value === 'quota' ? 'amount' : units.length === 1 ? units[0] : null;
    }

    /** A typed target is a number of one unit (quota: money); against figures of another it is cleared, and comes back with them. */
    function followTarget(now) {
      var input = targetField && inputs[targetField.id];
      if (!typedTarget || input.disabled || !typedTarget.value || !typedTarget.unit || now.units.length !== 1) {
        return;
      }
      var fits = typedTarget.unit === now.units[0];
      input.value = fits ? typedTarget.value : '';
      if (!fits) {
        note(targetField.id, typedTarget.value === 'quota' ? t(RULE_REASONS.money)
            : t('saleskpi.gadget.inapplicable.targetCleared', typedTarget.value));
      }
    }

    /** The sort picks one of the chosen figures' columns; a sort whose column went is cleared, and comes back with it. */
    function followSort() {
      if (!sortField) {
        return;
      }
      var columns = [{value: '', text: t('saleskpi.gadget.none')}];
      chosenFigures().forEach(function (f) {
        var entry = figureEntry(f, catalogue);
        if (entry && entry.column) {
          var dot = f.indexOf('.');
          columns.push({value: entry.column, text: dot < 0 ? SalesKpi.gadgetBase.figureName(f, catalogue)
            : figureText(catalogue.byKey[f.substring(0, dot)], f.substring(dot + 1), catalogue)});
        }
      });
      var key = chosenSort.value;
      var shown = columns.some(function (c) { return c.value === key; });
      var input = inputs[sortField.id];
      SalesKpi.clear(input);
      columns.forEach(function (c) {
        input.appendChild(el('option', {value: c.value, selected: c.value === (shown ? key : '')}, c.text));
      });
      input.value = shown ? key : '';
      note(sortField.id, shown || !key ? '' : t('saleskpi.gadget.inapplicable.sort', key));
    }

    /**
     * A single figure that must add up, or be cut into parts (pie slices): the others cannot be chosen (the one
     * already saved stays, and the server says why).
     */
    function markAdditiveChoices() {
      var rule = figureField && figureField.kind === 'figure' ? figureField.option.applies : null;
      if (rule !== 'additive' && rule !== 'parts') {
        return;
      }
      var greyed = false;
      [].forEach.call(inputs[figureField.id].options, function (choice) {
        var entry = figureEntry(choice.value, catalogue);
        choice.disabled = !!entry && entry[rule] === false && choice.value !== inputs[figureField.id].value;
        greyed = greyed || choice.disabled;
      });
      note(figureField.id, greyed ? t('saleskpi.gadget.inapplicable.slices') : '');
    }

    function applyFigures() {
      if (!catalogue) {
        return;
      }
      var now = chosen();
      var told = [];
      fields.forEach(function (field) {
        if (reasons[field.id]) {
          setApplicable(field, RULES[field.option.applies](now) ? reasons[field.id] : null, told);
        }
      });
      followTarget(now);
      followSort();
      markAdditiveChoices();
      if (targetControls) {
        targetControls.show();
      }
    }

    /**
     * Puts a catalogue's figures into the picker in its order, in place: a choice already there is
     * moved and relabelled, never replaced, so what the user chose meanwhile stays; chosen figures the
     * catalogue does not offer stay chosen, as they are named.
     */
    var figureCounter = 0;
    function placeFigures(source) {
      var input = inputs[figureField.id];
      var multi = figureField.kind === 'figures';
      var choices = figureChoices(source);
      var saved = String(values[figureField.name] || '');
      var picked = multi ? saved.split(',').map(function (k) { return k.trim(); }).filter(Boolean) : [];
      var current = multi ? null : input.value || saved || (choices[0] && choices[0].value) || '';
      var nodes = {};
      var existing = multi ? [].slice.call(input.querySelectorAll('.saleskpi-check')) : [].slice.call(input.options);
      existing.forEach(function (node) { nodes[multi ? node.querySelector('input').value : node.value] = node; });
      var offered = choices.map(function (c) { return c.value; });
      var all = choices.concat((multi ? picked : [current]).filter(function (k) { return k && offered.indexOf(k) < 0; })
          .map(function (k) { return {value: k, text: k}; }));
      var previous = multi ? input.querySelector('legend') : null;
      all.forEach(function (c) {
        var node = nodes[c.value];
        if (!node && multi) {
          figureCounter += 1;
          var id = prefix + figureField.id + '-' + figureCounter;
          node = el('div', {className: 'saleskpi-check' + (c.figure ? ' saleskpi-check-figure' : '')}, [
            el('input', {type: 'checkbox', id: id, value: c.value, checked: picked.indexOf(c.value) >= 0}), ' ',
            el('label', {'for': id}, c.text)]);
        } else if (!node) {
          node = el('option', {value: c.value}, c.text);
        } else {
          (multi ? node.querySelector('label') : node).textContent = c.text;
        }
        delete nodes[c.value];
        input.insertBefore(node, previous ? previous.nextSibling : input.firstChild);
        previous = node;
      });
      // What is left is the placeholder shown while loading.
      Object.keys(nodes).forEach(function (key) { nodes[key].parentNode.removeChild(nodes[key]); });
      if (!multi) {
        input.value = current;
      }
    }

    function loadCatalogue() {
      return SalesKpi.gadgetBase.kpis(api, inputs.profile ? inputs.profile.value : '').then(function (loaded) {
        catalogue = loaded;
        placeFigures(catalogue);
        if (typedTarget && !typedTarget.unit) {
          typedTarget.unit = unitTypedFor(typedTarget.value);
        }
        applyFigures();
      });
    }

    if (figureField) {
      inputs[figureField.id].addEventListener('change', applyFigures);
      if (inputs.profile) {
        inputs.profile.addEventListener('change', function () { loadCatalogue().catch(function () { /* the server still checks on save */ }); });
      }
    }
    if (targetField) {
      inputs[targetField.id].addEventListener('input', function () {
        var value = inputs[targetField.id].value.trim();
        typedTarget = {value: value, unit: unitTypedFor(value)};
        note(targetField.id, '');
      });
    }
    if (sortField) {
      inputs[sortField.id].addEventListener('change', function () {
        chosenSort = {value: inputs[sortField.id].value};
        note(sortField.id, '');
      });
    }

    // The KPIs are shown at once (the gadget loaded them); their figures, units and whether they add up
    // are the chosen profile's, and join once it is known.
    if (figureField) {
      loads.push(SalesKpi.gadgetBase.kpis(api).then(function (plain) {
        if (!catalogue) {
          placeFigures(plain);
        }
      }));
    }
    var ready = Promise.all(loads.concat(figureField ? [profileLoaded.then(loadCatalogue)] : [])).catch(function (err) {
      showErrors(err && err.errors ? err.errors : [{field: null, message: String(err)}]);
    });
    return ready.then(function () { return form; });
  }

  SalesKpi.gadgetForm = {render: render, components: COMPONENTS, periods: PERIODS, buckets: BUCKETS, groups: GROUPS};
})(window);
