/*
 * Sales KPI: the pieces both goal pages (/goals and /goals/{id}) build with: status lozenges,
 * progress bars, labelled form fields that show the API's field errors, dialogs, the people picker
 * and the target form that adapts to the target's kind. Attaches SalesKpi.goalParts.
 */
(function (global) {
  'use strict';

  // Loaded by the page template before the shared scripts, so SalesKpi's helpers are looked up when called.
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  function el() { return SalesKpi.el.apply(SalesKpi, arguments); }
  function t() { return SalesKpi.t.apply(SalesKpi, arguments); }
  var parts = SalesKpi.goalParts = {};

  var KINDS = ['number', 'currency', 'true-false', 'issues', 'kpi'];
  var STATUSES = ['done', 'not-started', 'on-track', 'at-risk', 'off-track'];
  var CURRENCIES = ['USD', 'EUR', 'JPY', 'GBP', 'CHF', 'CAD', 'AUD', 'CNY', 'INR', 'BRL'];
  parts.KINDS = KINDS;

  var nextId = 0;
  function uniqueId(base) {
    nextId += 1;
    return 'skg-' + String(base).replace(/[^A-Za-z0-9_-]/g, '-') + '-' + nextId;
  }

  /** Whole percent of a fraction in [0, 1]; null stays null. */
  parts.percent = function (fraction) {
    return fraction === null || fraction === undefined ? null : Math.round(Number(fraction) * 100);
  };

  parts.percentText = function (fraction) {
    if (fraction === null || fraction === undefined) {
      return t('saleskpi.value.absent');
    }
    return new Intl.NumberFormat(SalesKpi.locale(), {style: 'percent', maximumFractionDigits: 0}).format(fraction);
  };

  /** The status as colour and text, so it never depends on colour alone. */
  parts.lozenge = function (status) {
    var key = STATUSES.indexOf(status) >= 0 ? status : 'none';
    return el('span', {className: 'saleskpi-lozenge saleskpi-status-' + key, dataset: {status: key}},
        t('saleskpi.goals.status.' + key));
  };

  /** A progress bar with its percent as text; `label` names what progresses. */
  parts.progressBar = function (fraction, label) {
    var pct = parts.percent(fraction);
    var bar = el('div', {
      className: 'saleskpi-progress',
      role: 'progressbar',
      'aria-valuemin': '0',
      'aria-valuemax': '100',
      'aria-valuenow': pct === null ? null : String(pct),
      'aria-valuetext': parts.percentText(fraction),
      'aria-label': t('saleskpi.goals.progress.of', label)
    }, el('div', {className: 'saleskpi-progress-fill', style: {width: Math.max(0, Math.min(100, pct || 0)) + '%'}}));
    return el('div', {className: 'saleskpi-progress-row'},
        [bar, el('span', {className: 'saleskpi-progress-text', 'aria-hidden': 'true'}, parts.percentText(fraction))]);
  };

  /** A target's value with its unit label or currency. */
  parts.value = function (target, value) {
    if (target.kind === 'true-false') {
      if (value === null || value === undefined) {
        return t('saleskpi.value.absent');
      }
      return Number(value) >= 1 ? t('saleskpi.goals.value.true') : t('saleskpi.goals.value.false');
    }
    if (target.kind === 'currency') {
      return SalesKpi.format(value, 'amount', target.currency);
    }
    var text = SalesKpi.format(value, 'number');
    return target.unitLabel && value !== null && value !== undefined ? text + ' ' + target.unitLabel : text;
  };

  // ---- messages and errors ------------------------------------------------------------------------

  /** A message box (role=alert) that shows one message at a time; `.show(text, kind, extra)`, `.hide()`. */
  parts.messageBox = function () {
    var box = el('div', {className: 'saleskpi-message', role: 'alert', hidden: true});
    box.show = function (text, kind, extra) {
      SalesKpi.clear(box);
      box.className = 'saleskpi-message saleskpi-message-' + (kind || 'error');
      box.appendChild(el('span', {}, text));
      if (extra) {
        box.appendChild(extra);
      }
      box.hidden = false;
    };
    box.hide = function () {
      SalesKpi.clear(box);
      box.hidden = true;
    };
    return box;
  };

  /** The text of a failed request for a message box: 403 and 409 get their own words. */
  parts.failureText = function (failure) {
    if (!(failure instanceof SalesKpi.ApiError)) {
      return t('saleskpi.goals.error', failure && failure.message ? failure.message : String(failure));
    }
    var text = failure.errors.map(SalesKpi.errorText).join(' ');
    if (failure.status === 403) {
      return t('saleskpi.goals.forbidden', text);
    }
    if (failure.status === 409) {
      return t('saleskpi.goals.conflict');
    }
    return t('saleskpi.goals.error', text);
  };

  /**
   * A labelled field: {row, input, setError(text), clearError()}. The input's name is `name`, so the
   * API's error field (`dueDate`, `targets[0].jql`) finds it through form.elements.
   */
  parts.field = function (name, label, input, hint) {
    var id = uniqueId(name);
    input.id = id;
    input.name = name;
    var errorNode = el('div', {className: 'saleskpi-field-error', id: id + '-error', hidden: true});
    var hintNode = hint ? el('div', {className: 'saleskpi-field-hint', id: id + '-hint'}, hint) : null;
    if (hintNode) {
      input.setAttribute('aria-describedby', hintNode.id);
    }
    var labelNode = el('label', {'for': id}, label);
    // A picker's suggestions sit right under its input.
    var control = input.saleskpiAfter ? el('div', {className: 'saleskpi-picker'}, [input, input.saleskpiAfter]) : input;
    var row = input.type === 'checkbox'
        ? el('div', {className: 'saleskpi-field saleskpi-field-check'}, [input, labelNode, hintNode, errorNode])
        : el('div', {className: 'saleskpi-field'}, [labelNode, control, hintNode, errorNode]);
    input.saleskpiError = errorNode;
    input.saleskpiHint = hintNode;
    return {row: row, input: input};
  };

  /** Marks an input invalid with a message linked by aria-describedby; a second error of the field is added to it. */
  function markInvalid(input, text) {
    var errorNode = input.saleskpiError;
    if (!errorNode) {
      return false;
    }
    errorNode.textContent = errorNode.hidden || !errorNode.textContent ? text : errorNode.textContent + ' ' + text;
    errorNode.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', [input.saleskpiHint ? input.saleskpiHint.id : null, errorNode.id]
        .filter(Boolean).join(' '));
    return true;
  }

  /** Removes every field error of a form. */
  parts.clearErrors = function (form) {
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid="true"]'), function (input) {
      input.removeAttribute('aria-invalid');
      if (input.saleskpiHint) {
        input.setAttribute('aria-describedby', input.saleskpiHint.id);
      } else {
        input.removeAttribute('aria-describedby');
      }
      if (input.saleskpiError) {
        input.saleskpiError.hidden = true;
        input.saleskpiError.textContent = '';
      }
    });
  };

  /**
   * Shows a failed request on a form: each field error at the input named like its field, the rest
   * (and errors of fields the form lacks) in the message box. Focuses the first invalid input.
   */
  parts.showFailure = function (form, box, failure) {
    parts.clearErrors(form);
    var rest = [];
    if (failure instanceof SalesKpi.ApiError && failure.status === 400) {
      failure.errors.forEach(function (error) {
        var input = error.field ? form.elements.namedItem(error.field) : null;
        if (input && input.length !== undefined && !input.tagName) {
          input = input[0];
        }
        if (!input || !markInvalid(input, SalesKpi.errorText(error))) {
          rest.push(SalesKpi.errorText(error));
        }
      });
      var first = form.querySelector('[aria-invalid="true"]');
      if (first) {
        first.focus();
      }
      if (rest.length) {
        box.show(t('saleskpi.goals.error', rest.join(' ')));
      } else {
        box.hide();
      }
      return;
    }
    var reload = failure instanceof SalesKpi.ApiError && failure.status === 409
        ? el('button', {type: 'button', className: 'saleskpi-button saleskpi-button-link',
          onclick: function () { global.location.reload(); }}, t('saleskpi.goals.reload'))
        : null;
    box.show(parts.failureText(failure), 'error', reload);
  };

  // ---- dialogs ------------------------------------------------------------------------------------

  /**
   * A modal dialog holding a form: {dialog, form, box, submit, close()}. `onSubmit(form)` returns a
   * Promise; the dialog closes when it resolves and shows the failure at the fields when it rejects.
   */
  parts.dialog = function (title, body, submitLabel, onSubmit, submitAction) {
    var titleId = uniqueId('dialog-title');
    var box = parts.messageBox();
    var submit = el('button', {type: 'submit', className: 'saleskpi-button saleskpi-button-primary',
      dataset: submitAction ? {action: submitAction} : {}}, submitLabel);
    var form = el('form', {className: 'saleskpi-form', novalidate: true});
    var dialog = el('dialog', {className: 'saleskpi-dialog', 'aria-labelledby': titleId}, form);
    function close() {
      if (dialog.open) {
        dialog.close();
      }
      if (dialog.parentNode) {
        dialog.parentNode.removeChild(dialog);
      }
    }
    var cancel = el('button', {type: 'button', className: 'saleskpi-button', onclick: close}, t('saleskpi.goals.cancel'));
    [el('h2', {id: titleId}, title), box].concat(body)
        .concat([el('div', {className: 'saleskpi-dialog-buttons'}, [submit, cancel])])
        .forEach(function (node) { form.appendChild(node); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      submit.disabled = true;
      box.hide();
      Promise.resolve().then(function () { return onSubmit(form); }).then(function () {
        close();
      }, function (failure) {
        submit.disabled = false;
        parts.showFailure(form, box, failure);
      });
    });
    dialog.addEventListener('close', function () {
      if (dialog.parentNode) {
        dialog.parentNode.removeChild(dialog);
      }
    });
    document.body.appendChild(dialog);
    dialog.showModal();
    return {dialog: dialog, form: form, box: box, submit: submit, close: close};
  };

  /** Asks before something that cannot be undone; resolves when confirmed by `action()`'s success. */
  parts.confirm = function (question, label, action) {
    return parts.dialog(t('saleskpi.goals.confirm'), [el('p', {}, question)], label, action, 'confirm');
  };

  // ---- pickers ------------------------------------------------------------------------------------

  /**
   * The people picker of every goal form (a WAI-ARIA combobox): typing searches GET /users?query= (display
   * names as well as user names, only the people the host lets the caller pick), a moment after the last key;
   * the list shows display names and arrow keys with Enter, or a click, choose one. `person` ({key,
   * displayName}) is the one shown first. `input.userKey()` gives the chosen person's key, or the typed text
   * when nobody was chosen, so the API names the field when it names nobody.
   */
  parts.userInput = function (api, person) {
    var listId = uniqueId('users');
    var list = el('ul', {id: listId, role: 'listbox', className: 'saleskpi-people', hidden: true});
    var input = el('input', {type: 'text', autocomplete: 'off', role: 'combobox', 'aria-autocomplete': 'list',
      'aria-expanded': 'false', 'aria-controls': listId,
      value: person && person.key ? (person.displayName || person.key) : ''});
    var chosen = person && person.key ? {key: person.key, displayName: person.displayName || person.key} : null;
    var people = [];
    var active = -1;
    var asked = null;
    var timer = null;

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }
    function highlight(index) {
      active = index;
      Array.prototype.forEach.call(list.children, function (option, i) {
        option.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', list.children[index].id);
        list.children[index].scrollIntoView({block: 'nearest'});
      }
    }
    function choose(found) {
      chosen = found;
      input.value = found.displayName;
      asked = input.value.trim();
      close();
    }
    function show(found) {
      people = found;
      SalesKpi.clear(list);
      if (!found.length) {
        list.appendChild(el('li', {className: 'saleskpi-people-none', role: 'option', 'aria-disabled': 'true',
          id: listId + '-none'}, t('saleskpi.goals.people.none')));
      }
      found.forEach(function (p, i) {
        list.appendChild(el('li', {role: 'option', id: listId + '-' + i, 'aria-selected': 'false',
          dataset: {userKey: p.key},
          onmousedown: function (event) { event.preventDefault(); },
          onclick: function () { choose(p); }}, p.displayName));
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(found.length ? 0 : -1);
    }
    input.addEventListener('input', function () {
      global.clearTimeout(timer);
      timer = global.setTimeout(function () {
        var query = input.value.trim();
        if (query === asked) {
          return;
        }
        asked = query;
        if (!query) {
          close();
          return;
        }
        api.get('/users', {query: query, limit: 20}).then(function (found) {
          if (query === input.value.trim() && document.activeElement === input) {
            show(found);
          }
        }, function () { close(); /* the picker only suggests; typed text still goes to the API */ });
      }, 250);
    });
    input.addEventListener('keydown', function (event) {
      var open = !list.hidden && people.length > 0;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (!open && people.length) {
          show(people);
        } else if (open) {
          var step = event.key === 'ArrowDown' ? 1 : -1;
          highlight((active + step + people.length) % people.length);
        }
      } else if (event.key === 'Enter' && open && active >= 0) {
        event.preventDefault();
        choose(people[active]);
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        event.stopPropagation();
        close();
      }
    });
    input.addEventListener('blur', close);
    /** Shows `found` ({key, displayName}) as the chosen person, as when picked from the list. */
    input.choosePerson = choose;
    input.userKey = function () {
      var text = input.value.trim();
      return chosen && text === chosen.displayName ? chosen.key : text;
    };
    input.saleskpiAfter = list;
    return input;
  };

  /** A <select> of options [{value, text}], with `selected` chosen. */
  parts.select = function (options, selected) {
    return el('select', {}, options.map(function (option) {
      return el('option', {value: String(option.value), selected: String(option.value) === String(selected)}, option.text);
    }));
  };

  /** Folder options, nested names indented under their parent, for a folder <select>. */
  parts.folderOptions = function (folders, noneText) {
    var options = [{value: '', text: noneText}];
    parts.folderTree(folders).forEach(function (entry) {
      options.push({value: entry.folder.id, text: '\u00a0\u00a0'.repeat(entry.depth) + entry.folder.name});
    });
    return options;
  };

  /** The folders in tree order with their depth: [{folder, depth}]. */
  parts.folderTree = function (folders) {
    var byParent = {};
    folders.forEach(function (folder) {
      var parent = folder.parentId === null || folder.parentId === undefined ? 'top' : String(folder.parentId);
      (byParent[parent] = byParent[parent] || []).push(folder);
    });
    var known = {};
    folders.forEach(function (folder) { known[String(folder.id)] = true; });
    var out = [];
    function walk(parent, depth) {
      (byParent[parent] || []).forEach(function (folder) {
        out.push({folder: folder, depth: depth});
        if (depth < 20) {
          walk(String(folder.id), depth + 1);
        }
      });
    }
    walk('top', 0);
    Object.keys(byParent).forEach(function (parent) {
      if (parent !== 'top' && !known[parent]) {
        walk(parent, 0);
      }
    });
    return out;
  };

  // ---- the target form ----------------------------------------------------------------------------

  var kpiCatalog = null;
  var profileLists = {};
  function kpis(api) {
    kpiCatalog = kpiCatalog || api.get('/kpis');
    return kpiCatalog;
  }
  function profiles(api, project) {
    profileLists[project] = profileLists[project] || api.get('/profiles', {project: project});
    return profileLists[project];
  }

  /**
   * The fields of a target, named `prefix + field` (`targets[0].targetValue`, or `targetValue`), that
   * change with its kind. `target` is the stored one when editing (its kind is then fixed).
   * Returns {node, read()} where read() gives the JSON the API takes.
   */
  parts.targetFields = function (api, project, prefix, target) {
    var editing = !!(target && target.id);
    target = target || {kind: 'number'};
    var node = el('fieldset', {className: 'saleskpi-target-fields'});
    var kindSelect = parts.select(KINDS.map(function (kind) {
      return {value: kind, text: t('saleskpi.goals.kind.' + kind)};
    }), target.kind);
    kindSelect.disabled = editing;
    var name = parts.field(prefix + 'name', t('saleskpi.goals.target.name'),
        el('input', {type: 'text', required: true, value: target.name || ''}));
    var kind = parts.field(prefix + 'kind', t('saleskpi.goals.target.kind'), kindSelect);
    var owner = parts.field(prefix + 'ownerKey', t('saleskpi.goals.target.owner'),
        parts.userInput(api, target.owner));
    var weight = parts.field(prefix + 'weight', t('saleskpi.goals.target.weight'),
        el('input', {type: 'number', min: '0', step: 'any', value: target.weight === undefined ? '1' : String(target.weight)}));
    var specific = el('div', {className: 'saleskpi-target-kind'});
    var inputs = {};

    function numberField(field, value) {
      var f = parts.field(prefix + field, t('saleskpi.goals.target.' + field),
          el('input', {type: 'number', step: 'any', value: value === null || value === undefined ? '' : String(value)}));
      inputs[field] = f.input;
      return f.row;
    }

    function renderKind() {
      SalesKpi.clear(specific);
      inputs = {};
      var k = kindSelect.value;
      if (k === 'number' || k === 'currency') {
        specific.appendChild(numberField('startValue', target.startValue === undefined ? 0 : target.startValue));
        specific.appendChild(numberField('targetValue', target.targetValue));
      }
      if (k === 'number') {
        var unit = parts.field(prefix + 'unitLabel', t('saleskpi.goals.target.unitLabel'),
            el('input', {type: 'text', value: target.unitLabel || ''}));
        inputs.unitLabel = unit.input;
        specific.appendChild(unit.row);
      }
      if (k === 'currency') {
        var codes = CURRENCIES.slice();
        if (target.currency && codes.indexOf(target.currency) < 0) {
          codes.unshift(target.currency);
        }
        var currency = parts.field(prefix + 'currency', t('saleskpi.goals.target.currency'),
            parts.select(codes.map(function (c) { return {value: c, text: c}; }), target.currency || 'USD'));
        inputs.currency = currency.input;
        specific.appendChild(currency.row);
      }
      if (k === 'issues') {
        var jql = parts.field(prefix + 'jql', t('saleskpi.goals.target.jql'),
            el('textarea', {rows: '2', value: target.jql || ''}), t('saleskpi.goals.target.jql.hint'));
        inputs.jql = jql.input;
        specific.appendChild(jql.row);
      }
      if (k === 'kpi') {
        var profileSelect = el('select', {}, el('option', {value: ''}, t('saleskpi.goals.target.choose')));
        var kpiSelect = el('select', {}, el('option', {value: ''}, t('saleskpi.goals.target.choose')));
        var profile = parts.field(prefix + 'kpiProfileId', t('saleskpi.goals.target.kpiProfileId'), profileSelect);
        var kpi = parts.field(prefix + 'kpiKey', t('saleskpi.goals.target.kpiKey'), kpiSelect);
        inputs.kpiProfileId = profileSelect;
        inputs.kpiKey = kpiSelect;
        // What the chosen KPI measures, with its section of the KPI reference.
        var about = el('div', {className: 'saleskpi-field-hint saleskpi-kpi-hint', 'aria-live': 'polite'});
        kpi.row.appendChild(about);
        specific.appendChild(profile.row);
        specific.appendChild(kpi.row);
        // The value is typed in the KPI's unit, written beside it: a rate in percent (60 for the API's 0.6),
        // money in the profile's currency. It is filled once the KPI's unit is known.
        specific.appendChild(numberField('targetValue', ''));
        var valueInput = inputs.targetValue;
        var unitNode = el('span', {className: 'saleskpi-kpi-unit', dataset: {unit: ''}});
        var withUnit = el('span', {className: 'saleskpi-with-unit'});
        valueInput.parentNode.insertBefore(withUnit, valueInput);
        withUnit.appendChild(valueInput);
        withUnit.appendChild(unitNode);
        var profileList = [];
        var byKey = {};
        function unitOfKpi() {
          var chosen = byKey[kpiSelect.value];
          return chosen ? chosen.unit : null;
        }
        function showUnit() {
          var unit = unitOfKpi();
          var chosenProfile = profileList.filter(function (p) { return String(p.id) === profileSelect.value; })[0];
          unitNode.dataset.unit = unit || '';
          unitNode.textContent = unit === 'ratio' ? '%' : unit === 'amount' ? (chosenProfile ? chosenProfile.currency || '' : '')
            : unit === 'days' ? t('saleskpi.goals.target.unit.days') : '';
        }
        inputs.targetValue = {
          get value() {
            var raw = valueInput.value.trim();
            return raw !== '' && unitOfKpi() === 'ratio' ? String(Number((Number(raw) / 100).toPrecision(12))) : raw;
          }
        };
        var profilesLoaded = profiles(api, project).then(function (list) {
          profileList = list || [];
          profileList.forEach(function (p) {
            // The only profile of the project is chosen already: there is nothing else to choose.
            var chosen = String(p.id) === String(target.kpiProfileId) || (!target.kpiProfileId && profileList.length === 1);
            profileSelect.appendChild(el('option', {value: String(p.id), selected: chosen}, p.name));
          });
        }, function () { /* an empty picker; the API names the field when saving */ });
        profileSelect.addEventListener('change', showUnit);
        Promise.all([profilesLoaded, kpis(api)]).then(function (loaded) {
          loaded[1].filter(function (k2) { return k2.targetable; }).forEach(function (k2) {
            byKey[k2.key] = k2;
            kpiSelect.appendChild(el('option', {value: k2.key, selected: k2.key === target.kpiKey}, SalesKpi.kpiName(k2)));
          });
          function describe() {
            SalesKpi.clear(about);
            if (byKey[kpiSelect.value]) {
              about.appendChild(SalesKpi.kpiAbout(api, byKey[kpiSelect.value]));
            }
            showUnit();
          }
          kpiSelect.addEventListener('change', describe);
          describe();
          fillValue();
        }, function () {
          fillValue();
        });
        function fillValue() {
          var stored = target.targetValue;
          if (stored !== null && stored !== undefined && valueInput.value === '') {
            valueInput.value = unitOfKpi() === 'ratio' ? String(Number((Number(stored) * 100).toPrecision(12))) : String(stored);
          }
        }
      }
    }
    kindSelect.addEventListener('change', renderKind);
    renderKind();
    [name.row, kind.row, specific, owner.row, weight.row].forEach(function (n) { node.appendChild(n); });

    function read() {
      var json = {name: name.input.value.trim(), kind: kindSelect.value};
      Object.keys(inputs).forEach(function (field) {
        var raw = inputs[field].value.trim();
        if (field === 'startValue' || field === 'targetValue' || field === 'kpiProfileId') {
          if (raw !== '') {
            json[field] = Number(raw);
          }
        } else if (raw !== '' || (editing && field === 'unitLabel')) {
          json[field] = raw === '' ? null : raw;
        }
      });
      if (owner.input.userKey()) {
        json.ownerKey = owner.input.userKey();
      }
      if (weight.input.value.trim() !== '') {
        json.weight = Number(weight.input.value.trim());
      }
      if (editing) {
        delete json.kind;
        json.version = target.version;
      }
      return json;
    }
    return {node: node, read: read};
  };

  /**
   * Whether the caller may change goals of `project`, as the host decides it (GET
   * /projects/{key}/permissions: Jira's project permissions, the server's roles); false when that cannot
   * be read. Only shapes the page: the API checks every write itself.
   */
  parts.canEdit = function (api, config, project) {
    if (config.user && config.user.globalAdmin) {
      return Promise.resolve(true);
    }
    return api.get('/projects/' + encodeURIComponent(project) + '/permissions').then(function (permissions) {
      return Boolean(permissions && permissions.editGoals);
    }, function () { return false; });
  };

  // ---- check-ins (ADR 0062) -----------------------------------------------------------------------

  parts.CADENCES = ['weekly', 'every-two-weeks', 'monthly', 'none'];
  parts.CHECK_IN_STATUSES = ['on-track', 'at-risk', 'off-track'];

  /** The goal form's check-in cadence field, `selected` chosen (weekly for a new goal). */
  parts.cadenceField = function (selected) {
    return parts.field('checkInCadence', t('saleskpi.checkIn.cadence'), parts.select(parts.CADENCES.map(function (key) {
      return {value: key, text: t('saleskpi.checkIn.cadence.' + key)};
    }), selected || 'weekly'), t('saleskpi.checkIn.cadence.hint'));
  };

  /** A check-in's status as a badge, in the colours of the goal statuses of the same name. */
  parts.checkInBadge = function (status) {
    return el('span', {className: 'saleskpi-lozenge saleskpi-status-' + status, dataset: {checkInStatus: status}},
        t('saleskpi.checkIn.status.' + status));
  };

  /** "Check-in overdue by 3 days". */
  parts.overdueText = function (days) {
    return t(Number(days) === 1 ? 'saleskpi.checkIn.overdue.one' : 'saleskpi.checkIn.overdue.many',
        SalesKpi.format(days, 'number'));
  };
})(window);
