/*
 * Sales KPI: one goal (/goals/{id}). Its header (owner, dates, elapsed time, progress, status), its
 * targets with their values and progress, each target's value history as a small chart with a
 * table for screen readers, beside them the owner's check-ins as a timeline, and the forms to edit the goal
 * and its targets, to enter a value and to write a check-in.
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi;
  var parts = SalesKpi.goalParts;
  var el = SalesKpi.el;
  var t = SalesKpi.t;
  var LINE_COLOUR = '#0072B2';
  var TARGET_COLOUR = '#D55E00';

  function start() {
    var config = SalesKpi.start();
    var root = document.getElementById('saleskpi-goal');
    if (!root) {
      return;
    }
    var goalId = config.pathId || root.getAttribute('data-goal-id');
    var api = SalesKpi.api(config.restBase);
    var goalsUrl = (config.pagesBase || '') + '/goals';
    var box = parts.messageBox();
    var content = el('div', {className: 'saleskpi-goal-content'});
    var charts = [];
    var canEdit = true;
    var goal = null;

    SalesKpi.clear(root);
    root.appendChild(box);
    root.appendChild(content);
    content.appendChild(el('p', {}, t('saleskpi.goals.loading')));

    function reload() {
      return api.get('/goals/' + encodeURIComponent(goalId)).then(function (answer) {
        goal = answer;
        return parts.canEdit(api, config, goal.project).then(function (may) {
          canEdit = may;
          render();
        });
      }, function (failure) {
        SalesKpi.clear(content);
        box.show(failure instanceof SalesKpi.ApiError && failure.status === 404
            ? t('saleskpi.goals.notFound') : parts.failureText(failure));
      });
    }

    function button(label, action, onclick, primary) {
      return el('button', {type: 'button', className: 'saleskpi-button' + (primary ? ' saleskpi-button-primary' : ''),
        dataset: {action: action}, onclick: onclick}, label);
    }

    function render() {
      charts.forEach(function (chart) { chart.destroy(); });
      charts = [];
      SalesKpi.clear(content);
      document.title = goal.name + ' - ' + t('saleskpi.goals.title');
      var actions = canEdit ? [
        button(t('saleskpi.goals.edit'), 'edit-goal', editGoal),
        goal.archived ? button(t('saleskpi.goals.restore'), 'restore-goal', function () { setArchived(false); })
            : button(t('saleskpi.goals.archive'), 'archive-goal', function () { setArchived(true); }),
        button(t('saleskpi.goals.delete'), 'delete-goal', deleteGoal)
      ] : [];
      content.appendChild(el('p', {className: 'saleskpi-breadcrumb'},
          el('a', {href: goalsUrl + '?project=' + encodeURIComponent(goal.project)}, t('saleskpi.goals.back'))));
      content.appendChild(el('div', {className: 'saleskpi-page-header'}, [
        el('h1', {}, [el('span', {className: 'saleskpi-goal-colour', style: {background: goal.colour}, 'aria-hidden': 'true'}),
          goal.name, goal.archived ? el('span', {className: 'saleskpi-lozenge saleskpi-lozenge-subtle'}, t('saleskpi.goals.archived')) : null]),
        el('div', {className: 'saleskpi-page-actions'}, actions)
      ]));
      content.appendChild(el('div', {className: 'saleskpi-goal-summary', dataset: {goalId: String(goal.id)}}, [
        goal.description ? el('p', {className: 'saleskpi-goal-description'}, goal.description) : null,
        el('dl', {className: 'saleskpi-facts'}, [
          el('dt', {}, t('saleskpi.goals.owner')), el('dd', {}, goal.owner ? goal.owner.displayName : ''),
          el('dt', {}, t('saleskpi.goals.dates.label')),
          el('dd', {}, t('saleskpi.goals.dates', SalesKpi.date(goal.startDate), SalesKpi.date(goal.dueDate))),
          el('dt', {}, t('saleskpi.goals.status')), el('dd', {}, [parts.lozenge(goal.status), ' ',
            el('span', {className: 'saleskpi-elapsed'}, t('saleskpi.goals.elapsed', parts.percentText(goal.elapsedShare)))]),
          el('dt', {}, t('saleskpi.goals.progress')), el('dd', {}, parts.progressBar(goal.progress, goal.name))
        ])
      ]));
      // The targets with their value history, and beside them the owner's check-ins (ADR 0062).
      var targetsSection = el('section', {className: 'saleskpi-goal-targets-section'});
      var checkInsSection = el('aside', {className: 'saleskpi-checkins', 'aria-labelledby': 'saleskpi-checkins-title'});
      content.appendChild(el('div', {className: 'saleskpi-goal-body'}, [targetsSection, checkInsSection]));
      loadCheckIns(checkInsSection);
      targetsSection.appendChild(el('div', {className: 'saleskpi-section-header'}, [
        el('h2', {id: 'saleskpi-goal-targets'}, t('saleskpi.goals.targets')),
        canEdit ? button(t('saleskpi.goals.target.add'), 'add-target', function () { editTarget(null); }) : null
      ]));
      if (!goal.targets.length) {
        targetsSection.appendChild(el('p', {className: 'saleskpi-empty'}, t('saleskpi.goals.targets.none')));
        return;
      }
      var body = el('tbody');
      targetsSection.appendChild(el('table', {className: 'saleskpi-table saleskpi-targets-table', 'aria-labelledby': 'saleskpi-goal-targets'}, [
        el('thead', {}, el('tr', {}, ['target.name', 'target.kind', 'target.owner', 'target.values', 'target.weight',
          'progress', 'status', 'target.actions'].map(function (key) {
          return el('th', {scope: 'col'}, t('saleskpi.goals.' + key));
        }))),
        body
      ]));
      goal.targets.forEach(function (target) {
        body.appendChild(targetRow(target));
        var history = el('div', {className: 'saleskpi-history', dataset: {historyFor: String(target.id)}},
            t('saleskpi.goals.loading'));
        body.appendChild(el('tr', {className: 'saleskpi-history-row', dataset: {historyOf: String(target.id)}},
            el('td', {colspan: '8'}, history)));
        api.get('/targets/' + target.id + '/history', {maxResults: 100}).then(function (page) {
          renderHistory(history, target, page.changes);
        }, function (failure) {
          SalesKpi.clear(history).appendChild(el('p', {}, parts.failureText(failure)));
        });
      });
    }

    function loadCheckIns(section) {
      SalesKpi.clear(section).appendChild(el('h2', {id: 'saleskpi-checkins-title'}, t('saleskpi.checkIn.title')));
      api.get('/goals/' + encodeURIComponent(goal.id) + '/checkins').then(function (answer) {
        renderCheckIns(section, answer);
      }, function (failure) {
        section.appendChild(el('p', {}, parts.failureText(failure)));
      });
    }

    function renderCheckIns(section, answer) {
      var header = el('div', {className: 'saleskpi-section-header'}, [
        el('h2', {id: 'saleskpi-checkins-title'}, t('saleskpi.checkIn.title')),
        answer.canWrite ? button(t('saleskpi.checkIn.write'), 'write-check-in', writeCheckIn, true) : null
      ]);
      SalesKpi.clear(section).appendChild(header);
      section.appendChild(el('p', {className: 'saleskpi-checkins-cadence'},
          t('saleskpi.checkIn.cadence.is', t('saleskpi.checkIn.cadence.' + answer.cadence))));
      if (answer.overdue) {
        section.appendChild(el('p', {className: 'saleskpi-checkins-overdue', dataset: {overdueDays: String(answer.overdue.daysOverdue)}},
            parts.overdueText(answer.overdue.daysOverdue)));
      }
      if (!answer.checkIns.length) {
        section.appendChild(el('p', {className: 'saleskpi-empty'}, t('saleskpi.checkIn.none')));
        return;
      }
      section.appendChild(el('ol', {className: 'saleskpi-timeline', 'aria-label': t('saleskpi.checkIn.timeline')},
          answer.checkIns.map(function (checkIn) {
            return el('li', {className: 'saleskpi-timeline-entry', dataset: {checkInId: String(checkIn.id)}}, [
              el('div', {className: 'saleskpi-timeline-head'}, [parts.checkInBadge(checkIn.status),
                el('span', {className: 'saleskpi-timeline-author'}, checkIn.author ? checkIn.author.displayName : ''),
                el('time', {className: 'saleskpi-history-when', dateTime: checkIn.written}, SalesKpi.dateTime(checkIn.written))]),
              el('p', {className: 'saleskpi-timeline-text'}, checkIn.text)
            ]);
          })));
    }

    function writeCheckIn() {
      var status = parts.field('status', t('saleskpi.checkIn.status'), parts.select(
          parts.CHECK_IN_STATUSES.map(function (key) { return {value: key, text: t('saleskpi.checkIn.status.' + key)}; }),
          'on-track'));
      var text = parts.field('text', t('saleskpi.checkIn.text'), el('textarea', {rows: '4', maxLength: 1000, required: true}),
          t('saleskpi.checkIn.text.hint'));
      var dialog = parts.dialog(t('saleskpi.checkIn.write.title', goal.name), [status.row, text.row],
          t('saleskpi.checkIn.post'), function () {
            return api.post('/goals/' + goal.id + '/checkins', {status: status.input.value, text: text.input.value})
                .then(function () { loadCheckIns(document.querySelector('.saleskpi-checkins')); });
          }, 'post-check-in');
      dialog.form.setAttribute('data-form', 'write-check-in');
      text.input.focus();
    }

    function mayEnter(target) {
      return canEdit || (config.user && target.owner && target.owner.key === config.user.key);
    }

    function targetRow(target) {
      var computed = target.kind === 'issues' || target.kind === 'kpi';
      var valueActions = [];
      if (computed) {
        valueActions.push(el('span', {className: 'saleskpi-computed'}, t('saleskpi.goals.computed.' + target.kind)));
      } else if (mayEnter(target)) {
        valueActions.push(button(t('saleskpi.goals.update'), 'update-value', function () { updateValue(target); }, true));
      }
      if (canEdit) {
        valueActions.push(button(t('saleskpi.goals.target.edit'), 'edit-target', function () { editTarget(target); }));
        valueActions.push(button(t('saleskpi.goals.target.delete'), 'delete-target', function () { deleteTarget(target); }));
      }
      var values = target.kind === 'true-false' ? parts.value(target, target.currentValue)
          : [parts.value(target, target.startValue), ' \u2192 ', el('strong', {}, parts.value(target, target.currentValue)),
            ' \u2192 ', parts.value(target, target.targetValue)];
      var kindText = t('saleskpi.goals.kind.' + target.kind) + (target.currency ? ' (' + target.currency + ')' : '');
      return el('tr', {dataset: {targetId: String(target.id)}}, [
        el('th', {scope: 'row'}, [target.name, target.unavailable ? el('div', {className: 'saleskpi-field-hint'},
            t('saleskpi.goals.target.unavailable', SalesKpi.errorText(target.unavailable))) : null]),
        el('td', {}, kindText),
        el('td', {}, target.owner ? target.owner.displayName : ''),
        el('td', {className: 'saleskpi-target-values'}, values),
        el('td', {}, SalesKpi.format(target.weight, 'number')),
        el('td', {}, parts.progressBar(target.progress, target.name)),
        el('td', {}, parts.lozenge(target.status)),
        el('td', {}, el('div', {className: 'saleskpi-actions'}, valueActions))
      ]);
    }

    function renderHistory(node, target, changes) {
      SalesKpi.clear(node);
      var titleId = 'saleskpi-history-title-' + target.id;
      node.appendChild(el('h3', {id: titleId}, t('saleskpi.goals.history', target.name)));
      if (!changes.length) {
        node.appendChild(el('p', {className: 'saleskpi-empty'}, t('saleskpi.goals.history.empty')));
        return;
      }
      var oldestFirst = changes.slice().reverse();
      // The value before the first change starts the line, so one change already draws a line.
      var points = [{label: t('saleskpi.goals.target.startValue'), value: oldestFirst[0].oldValue}].concat(
          oldestFirst.map(function (c) { return {label: SalesKpi.dateTime(c.changedAt), value: c.newValue}; }));
      var canvas = el('canvas', {role: 'img', 'aria-label': t('saleskpi.goals.history', target.name), width: '360', height: '140'});
      var chartBox = el('div', {className: 'saleskpi-history-chart'}, canvas);
      var table = el('table', {className: 'saleskpi-visually-hidden', 'aria-labelledby': titleId}, [
        el('thead', {}, el('tr', {}, [el('th', {scope: 'col'}, t('saleskpi.goals.history.when')),
          el('th', {scope: 'col'}, t('saleskpi.goals.history.value'))])),
        el('tbody', {}, oldestFirst.map(function (change) {
          return el('tr', {}, [el('td', {}, SalesKpi.dateTime(change.changedAt)), el('td', {}, parts.value(target, change.newValue))]);
        }))
      ]);
      var listNode = el('ul', {className: 'saleskpi-history-list'}, changes.map(function (change) {
        return el('li', {dataset: {change: String(change.changedAt)}}, [
          el('span', {className: 'saleskpi-history-when'}, SalesKpi.dateTime(change.changedAt)), ' ',
          t('saleskpi.goals.history.change', change.changedBy ? change.changedBy.displayName : '',
              parts.value(target, change.oldValue), parts.value(target, change.newValue)),
          change.note ? el('q', {className: 'saleskpi-history-note'}, change.note) : null
        ]);
      }));
      node.appendChild(el('div', {className: 'saleskpi-history-body'}, [chartBox, listNode]));
      node.appendChild(table);
      if (global.Chart) {
        var datasets = [{label: target.name, data: points.map(function (p) { return p.value; }),
          borderColor: LINE_COLOUR, backgroundColor: LINE_COLOUR, pointRadius: 3, tension: 0}];
        if (target.kind !== 'true-false') {
          datasets.push({label: t('saleskpi.goals.history.target'), data: points.map(function () { return target.targetValue; }),
            borderColor: TARGET_COLOUR, borderDash: [6, 4], pointRadius: 0, borderWidth: 1.5});
        }
        charts.push(new global.Chart(canvas, {
          type: 'line',
          data: {labels: points.map(function (p) { return p.label; }), datasets: datasets},
          options: {responsive: false, animation: false, plugins: {legend: {display: false}},
            scales: {x: {ticks: {maxTicksLimit: 5}}}}
        }));
      }
    }

    function updateValue(target) {
      var input = target.kind === 'true-false'
          ? el('input', {type: 'checkbox', checked: Number(target.currentValue) >= 1})
          : el('input', {type: 'number', step: 'any', required: true,
            value: target.currentValue === null || target.currentValue === undefined ? '' : String(target.currentValue)});
      var label = target.kind === 'true-false' ? t('saleskpi.goals.update.done')
          : t('saleskpi.goals.update.value') + (target.unitLabel ? ' (' + target.unitLabel + ')' : '')
            + (target.currency ? ' (' + target.currency + ')' : '');
      var value = parts.field('value', label, input);
      var note = parts.field('note', t('saleskpi.goals.update.note'), el('textarea', {rows: '3'}));
      var dialog = parts.dialog(t('saleskpi.goals.update.title', target.name), [value.row, note.row],
          t('saleskpi.goals.save'), function () {
            var body = {value: target.kind === 'true-false' ? input.checked
                : (input.value.trim() === '' ? null : Number(input.value)), version: target.version};
            if (note.input.value.trim()) {
              body.note = note.input.value.trim();
            }
            return api.post('/targets/' + target.id + '/value', body).then(reload);
          }, 'save-value');
      dialog.form.setAttribute('data-form', 'update-value');
      input.focus();
    }

    function editGoal() {
      var name = parts.field('name', t('saleskpi.goals.name'), el('input', {type: 'text', required: true, value: goal.name}));
      var description = parts.field('description', t('saleskpi.goals.description'),
          el('textarea', {rows: '3', value: goal.description || ''}));
      var owner = parts.field('ownerKey', t('saleskpi.goals.owner'), parts.userInput(api, goal.owner));
      var folder = parts.field('folderId', t('saleskpi.goals.folder'),
          parts.select([{value: goal.folderId || '', text: t('saleskpi.goals.loading')}], goal.folderId || ''));
      api.get('/folders', {project: goal.project}).then(function (answer) {
        var select = parts.select(parts.folderOptions(answer.folders || [], t('saleskpi.goals.folder.top')), goal.folderId || '');
        while (folder.input.firstChild) {
          folder.input.removeChild(folder.input.firstChild);
        }
        Array.prototype.slice.call(select.options).forEach(function (option) { folder.input.appendChild(option); });
        folder.input.value = goal.folderId ? String(goal.folderId) : '';
      }, function () { /* the folder stays as it is */ });
      var startDate = parts.field('startDate', t('saleskpi.goals.startDate'), el('input', {type: 'date', value: goal.startDate}));
      var dueDate = parts.field('dueDate', t('saleskpi.goals.dueDate'), el('input', {type: 'date', value: goal.dueDate}));
      // The create form's periods; the goal's own dates stay as they are, shown as their period when they are one.
      var period = parts.periodField(parts.calendar(api, goal.project), startDate.input, dueDate.input, true);
      var colour = parts.field('colour', t('saleskpi.goals.colour'), el('input', {type: 'color', value: goal.colour || '#0052CC'}));
      var cadence = parts.cadenceField(goal.checkInCadence);
      var dialog = parts.dialog(t('saleskpi.goals.edit'), [name.row, description.row, owner.row, folder.row, period.row,
        el('div', {className: 'saleskpi-field-pair'}, [startDate.row, dueDate.row]), colour.row, cadence.row], t('saleskpi.goals.save'), function () {
        var body = {version: goal.version, name: name.input.value.trim(), description: description.input.value,
          folderId: folder.input.value ? Number(folder.input.value) : null, startDate: startDate.input.value,
          dueDate: dueDate.input.value, colour: colour.input.value.toUpperCase(), checkInCadence: cadence.input.value};
        if (owner.input.userKey()) {
          body.ownerKey = owner.input.userKey();
        }
        return api.put('/goals/' + goal.id, body).then(reload);
      }, 'save-goal');
      dialog.form.setAttribute('data-form', 'edit-goal');
    }

    function setArchived(archived) {
      box.hide();
      api.post('/goals/' + goal.id + (archived ? '/archive' : '/restore'), {version: goal.version}).then(reload, function (failure) {
        parts.showFailure(el('form'), box, failure);
      });
    }

    function deleteGoal() {
      parts.confirm(t('saleskpi.goals.delete.confirm', goal.name), t('saleskpi.goals.delete'), function () {
        return api.del('/goals/' + goal.id).then(function () {
          global.location.assign(goalsUrl + '?project=' + encodeURIComponent(goal.project));
        });
      });
    }

    function editTarget(target) {
      var fields = parts.targetFields(api, goal.project, '', target);
      var title = target ? t('saleskpi.goals.target.edit.title', target.name) : t('saleskpi.goals.target.add');
      var dialog = parts.dialog(title, [fields.node], t('saleskpi.goals.save'), function () {
        var body = fields.read();
        return (target ? api.put('/targets/' + target.id, body) : api.post('/goals/' + goal.id + '/targets', body)).then(reload);
      }, 'save-target');
      dialog.form.setAttribute('data-form', target ? 'edit-target' : 'add-target');
      fields.node.querySelector('input').focus();
    }

    function deleteTarget(target) {
      parts.confirm(t('saleskpi.goals.target.delete.confirm', target.name), t('saleskpi.goals.target.delete'), function () {
        return api.del('/targets/' + target.id).then(reload);
      });
    }

    reload().then(function () {
      // Opened right after the goal was created on the goals page: say so once, and not again on reload.
      var params = new URLSearchParams(global.location.search);
      if (goal && params.get('created') === 'true') {
        box.show(t('saleskpi.goals.created', goal.name), 'success');
        params.delete('created');
        var search = params.toString();
        global.history.replaceState(null, '', global.location.pathname + (search ? '?' + search : ''));
      }
    });
  }

  SalesKpi.ready(start);
})(window);
