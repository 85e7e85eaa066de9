/*
 * Sales KPI: the goals page (/goals). A project's goals by folder (folders created, renamed, moved and deleted
 * here, each with its roll-up progress), filtered by owner and archived,
 * a page at a time; each goal's progress and status come from GET /goals/{id}, fetched in parallel
 * for the goals shown and filled in as they arrive. The project and filters live in the URL.
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi;
  var parts = SalesKpi.goalParts;
  var el = SalesKpi.el;
  var t = SalesKpi.t;
  var PAGE_SIZE = 25;

  function start() {
    var config = SalesKpi.start();
    var root = document.getElementById('saleskpi-goals');
    if (!root) {
      return;
    }
    var api = SalesKpi.api(config.restBase);
    var goalsUrl = (config.pagesBase || '') + '/goals';
    var params = new URLSearchParams(global.location.search);
    var state = {
      project: params.get('project') || '',
      folder: params.get('folder') || '',
      owner: params.get('owner') || '',
      archived: params.get('archived') === 'true',
      startAt: Math.max(0, Number(params.get('startAt')) || 0),
      folders: [],
      rollUps: {},
      canEdit: true
    };
    var loadNumber = 0;

    var box = parts.messageBox();
    var projectSelect = el('select', {id: 'saleskpi-goals-project', name: 'project'});
    var createButton = el('button', {type: 'button', className: 'saleskpi-button saleskpi-button-primary',
      dataset: {action: 'create-goal'}, hidden: true, onclick: function () { openCreate(); }}, t('saleskpi.goals.create'));
    var folderNav = el('nav', {className: 'saleskpi-goals-folders', 'aria-labelledby': 'saleskpi-goals-folders-title'});
    var newFolderButton = el('button', {type: 'button', className: 'saleskpi-button', hidden: true,
      dataset: {action: 'create-folder'}, onclick: function () { createFolder(); }}, t('saleskpi.folder.create'));
    // The chosen folder's roll-up and what may be done to it, above its goals.
    var folderBar = el('div', {className: 'saleskpi-folder-bar', hidden: true});
    // The subscription dialog for the chosen folder, and what it answered (ADR 0063; inside Jira too, ADR 0072).
    var subscribeBox = el('div');
    var subscribeStatus = el('div', {role: 'status', 'aria-live': 'polite'});
    var ownerInput = parts.userInput(api, state.owner ? {key: state.owner} : null);
    var owner = parts.field('owner', t('saleskpi.goals.filter.owner'), ownerInput, t('saleskpi.goals.filter.owner.hint'));
    if (state.owner) {
      // The URL holds the owner's key: show their name once the directory gives it.
      api.get('/users', {query: state.owner, limit: 100}).then(function (people) {
        people.filter(function (p) { return p.key === state.owner; }).forEach(ownerInput.choosePerson);
      }, function () { /* the key stays shown */ });
    }
    var archivedInput = el('input', {type: 'checkbox', checked: state.archived});
    var archived = parts.field('archived', t('saleskpi.goals.filter.archived'), archivedInput);
    var filterForm = el('form', {className: 'saleskpi-goals-filters', role: 'search',
      'aria-label': t('saleskpi.goals.filters')}, [owner.row, archived.row,
      el('button', {type: 'submit', className: 'saleskpi-button'}, t('saleskpi.goals.filter.apply'))]);
    var listTitle = el('h2', {id: 'saleskpi-goals-list-title'});
    var list = el('div', {className: 'saleskpi-goals-list', 'aria-live': 'polite'});
    var paging = el('div', {className: 'saleskpi-paging'});

    SalesKpi.clear(root);
    root.appendChild(el('div', {className: 'saleskpi-page-header'}, [
      el('h1', {}, t('saleskpi.goals.title')),
      el('div', {className: 'saleskpi-page-actions'}, [
        el('label', {'for': projectSelect.id}, t('saleskpi.goals.project')), projectSelect, createButton])
    ]));
    root.appendChild(box);
    root.appendChild(el('div', {className: 'saleskpi-goals-layout'}, [
      el('aside', {className: 'saleskpi-goals-sidebar'}, [
        el('div', {className: 'saleskpi-section-header'}, [
          el('h2', {id: 'saleskpi-goals-folders-title'}, t('saleskpi.goals.folders')), newFolderButton]), folderNav]),
      el('section', {className: 'saleskpi-goals-main', 'aria-labelledby': listTitle.id}, [filterForm, folderBar, subscribeStatus, subscribeBox, listTitle, list, paging])
    ]));

    function remember() {
      var query = new URLSearchParams();
      if (state.project) { query.set('project', state.project); }
      if (state.folder) { query.set('folder', state.folder); }
      if (state.owner) { query.set('owner', state.owner); }
      if (state.archived) { query.set('archived', 'true'); }
      if (state.startAt) { query.set('startAt', String(state.startAt)); }
      var search = query.toString();
      global.history.replaceState(null, '', global.location.pathname + (search ? '?' + search : ''));
    }

    function renderFolders() {
      SalesKpi.clear(folderNav);
      function link(id, text, depth) {
        var current = String(state.folder) === String(id);
        var rollUp = id === '' ? null : state.rollUps[String(id)];
        return el('li', {style: {paddingLeft: (depth * 16) + 'px'}}, el('button', {
          type: 'button', className: 'saleskpi-folder' + (current ? ' saleskpi-folder-current' : ''),
          'aria-current': current ? 'true' : null, dataset: {folderId: String(id)},
          onclick: function () { state.folder = String(id); state.startAt = 0; renderFolders(); load(); }
        }, [el('span', {className: 'saleskpi-folder-name'}, text),
          rollUp ? el('span', {className: 'saleskpi-folder-rollup', dataset: {rollUp: String(id)}}, rollUpText(rollUp)) : null]));
      }
      var items = [link('', t('saleskpi.goals.folder.all'), 0)];
      parts.folderTree(state.folders).forEach(function (entry) {
        items.push(link(entry.folder.id, entry.folder.name, entry.depth + 1));
      });
      folderNav.appendChild(el('ul', {}, items));
      renderFolderBar();
    }

    /** A folder's roll-up (ADR 0062): the mean progress of the goals in it and its sub-folders, or why there is none. */
    function rollUpText(rollUp) {
      if (!rollUp.goals) {
        return t('saleskpi.folder.rollUp.noGoals');
      }
      return rollUp.progress === null ? t('saleskpi.folder.rollUp.noTargets') : parts.percentText(rollUp.progress);
    }

    function folderById(id) {
      return state.folders.filter(function (f) { return String(f.id) === String(id); })[0] || null;
    }

    function renderFolderBar() {
      var folder = folderById(state.folder);
      SalesKpi.clear(folderBar);
      folderBar.hidden = !folder;
      if (!folder) {
        return;
      }
      var rollUp = state.rollUps[String(folder.id)];
      folderBar.appendChild(el('div', {className: 'saleskpi-folder-summary'}, [
        el('strong', {}, folder.name),
        rollUp && rollUp.goals && rollUp.progress !== null
          ? el('span', {className: 'saleskpi-folder-progress'}, [
            el('span', {}, t('saleskpi.folder.rollUp', rollUp.measured)), parts.progressBar(rollUp.progress, folder.name)])
          : (rollUp ? el('span', {className: 'saleskpi-folder-progress'}, rollUpText(rollUp)) : null)
      ]));
      // The buttons stay one row; where the summary leaves them no room (768 pixels), they go under it as a whole.
      var tools = el('div', {className: 'saleskpi-folder-tools'});
      folderBar.appendChild(tools);
      // Anyone who sees the folder may have it mailed; only the standalone server loads the dialog (Jira keeps none).
      if (SalesKpi.subscribeDialog) {
        var subscribeButton = el('button', {type: 'button', className: 'saleskpi-button',
          dataset: {action: 'subscribe-folder'}, onclick: function () {
            SalesKpi.clear(subscribeStatus);
            SalesKpi.subscribeDialog({api: api, subject: {folderId: Number(folder.id)},
              title: t('saleskpi.folder.subscribeTitle'), box: subscribeBox,
              returnFocus: subscribeButton, created: function (created) {
                subscribeStatus.appendChild(el('span', {dataset: {subscribed: String(created.id)}}, [
                  t('saleskpi.folder.subscribed', created.address), ' ',
                  el('a', {href: (config.pagesBase || '') + '/subscriptions'}, t('saleskpi.folder.subscriptions'))]));
              }});
          }}, t('saleskpi.folder.subscribe'));
        tools.appendChild(el('div', {className: 'saleskpi-actions'}, [subscribeButton]));
      }
      if (state.canEdit) {
        tools.appendChild(el('div', {className: 'saleskpi-actions'}, [
          el('button', {type: 'button', className: 'saleskpi-button', dataset: {action: 'rename-folder'},
            onclick: function () { renameFolder(folder); }}, t('saleskpi.folder.rename')),
          el('button', {type: 'button', className: 'saleskpi-button', dataset: {action: 'move-folder'},
            onclick: function () { moveFolder(folder); }}, t('saleskpi.folder.move')),
          el('button', {type: 'button', className: 'saleskpi-button', dataset: {action: 'delete-folder'},
            onclick: function () { deleteFolder(folder); }}, t('saleskpi.folder.delete'))
        ]));
      }
    }

    function loadFolders(project) {
      return api.get('/folders', {project: project}).then(function (answer) {
        if (project === state.project) {
          state.folders = answer.folders || [];
          renderFolders();
          loadRollUps(project);
        }
      }, function (failure) { box.show(parts.failureText(failure)); });
    }

    /** The roll-ups measure every goal of the project, so they come after the folders, filled in when ready. */
    function loadRollUps(project) {
      api.get('/folders/progress', {project: project}).then(function (answer) {
        if (project === state.project) {
          state.rollUps = {};
          (answer.folders || []).forEach(function (rollUp) { state.rollUps[String(rollUp.id)] = rollUp; });
          renderFolders();
        }
      }, function () { /* the folders show without their roll-up */ });
    }

    /** The folders a folder may move under: every other one but those below it. */
    function parentChoices(folder) {
      var below = {};
      below[String(folder.id)] = true;
      parts.folderTree(state.folders).forEach(function (entry) {
        if (entry.folder.parentId !== null && entry.folder.parentId !== undefined && below[String(entry.folder.parentId)]) {
          below[String(entry.folder.id)] = true;
        }
      });
      return state.folders.filter(function (f) { return !below[String(f.id)]; });
    }

    function createFolder() {
      var name = parts.field('name', t('saleskpi.folder.name'), el('input', {type: 'text', required: true, maxLength: 255}));
      var parent = parts.field('parentId', t('saleskpi.folder.parent'),
          parts.select(parts.folderOptions(state.folders, t('saleskpi.folder.parent.top')), state.folder));
      var dialog = parts.dialog(t('saleskpi.folder.create.title'), [name.row, parent.row], t('saleskpi.folder.create'), function () {
        return api.post('/folders', {project: state.project, name: name.input.value.trim(),
          parentId: parent.input.value ? Number(parent.input.value) : null}).then(function (folder) {
          state.folder = String(folder.id);
          state.startAt = 0;
          box.show(t('saleskpi.folder.created', folder.name), 'success');
          return loadFolders(state.project).then(load);
        });
      }, 'save-folder');
      dialog.form.setAttribute('data-form', 'create-folder');
      name.input.focus();
    }

    function renameFolder(folder) {
      var name = parts.field('name', t('saleskpi.folder.name'),
          el('input', {type: 'text', required: true, maxLength: 255, value: folder.name}));
      var dialog = parts.dialog(t('saleskpi.folder.rename.title', folder.name), [name.row], t('saleskpi.goals.save'), function () {
        return api.put('/folders/' + folder.id, {name: name.input.value.trim()}).then(function () {
          return loadFolders(state.project);
        });
      }, 'save-folder');
      dialog.form.setAttribute('data-form', 'rename-folder');
      name.input.focus();
    }

    function moveFolder(folder) {
      var parent = parts.field('parentId', t('saleskpi.folder.parent'), parts.select(
          parts.folderOptions(parentChoices(folder), t('saleskpi.folder.parent.top')), folder.parentId || ''));
      var dialog = parts.dialog(t('saleskpi.folder.move.title', folder.name), [parent.row], t('saleskpi.folder.move'), function () {
        return api.put('/folders/' + folder.id, {parentId: parent.input.value ? Number(parent.input.value) : null})
            .then(function () { return loadFolders(state.project); });
      }, 'save-folder');
      dialog.form.setAttribute('data-form', 'move-folder');
      parent.input.focus();
    }

    function deleteFolder(folder) {
      var rollUp = state.rollUps[String(folder.id)];
      var parent = folderById(folder.parentId);
      var where = parent ? parent.name : t('saleskpi.folder.parent.top');
      var question = rollUp ? t('saleskpi.folder.delete.confirm', folder.name, SalesKpi.format(rollUp.goalsInFolder, 'number'), where)
          : t('saleskpi.folder.delete.confirm.unknown', folder.name, where);
      var dialog = parts.confirm(question, t('saleskpi.folder.delete'), function () {
        return api.del('/folders/' + folder.id).then(function () {
          state.folder = folder.parentId ? String(folder.parentId) : '';
          state.startAt = 0;
          return loadFolders(state.project).then(load);
        });
      });
      dialog.form.setAttribute('data-form', 'delete-folder');
    }

    function goalRow(goal) {
      var progressCell = el('td', {className: 'saleskpi-goal-progress'}, t('saleskpi.goals.loading'));
      var statusCell = el('td', {className: 'saleskpi-goal-status'});
      var row = el('tr', {dataset: {goalId: String(goal.id)}}, [
        el('td', {}, [
          el('span', {className: 'saleskpi-goal-colour', style: {background: goal.colour || '#0052CC'}, 'aria-hidden': 'true'}),
          el('a', {href: goalsUrl + '/' + encodeURIComponent(goal.id)}, goal.name),
          goal.archived ? el('span', {className: 'saleskpi-lozenge saleskpi-lozenge-subtle'}, t('saleskpi.goals.archived')) : null
        ]),
        el('td', {}, goal.owner ? goal.owner.displayName : ''),
        el('td', {}, SalesKpi.date(goal.dueDate)),
        progressCell,
        statusCell
      ]);
      row.fill = function (detail) {
        SalesKpi.clear(progressCell).appendChild(parts.progressBar(detail.progress, goal.name));
        SalesKpi.clear(statusCell).appendChild(parts.lozenge(detail.status));
      };
      row.fail = function () {
        SalesKpi.clear(progressCell).appendChild(document.createTextNode(t('saleskpi.value.absent')));
      };
      return row;
    }

    function load() {
      remember();
      box.hide();
      var number = ++loadNumber;
      listTitle.textContent = t('saleskpi.goals.list', state.project);
      SalesKpi.clear(list).appendChild(el('p', {}, t('saleskpi.goals.loading')));
      SalesKpi.clear(paging);
      api.get('/goals', {project: state.project, folder: state.folder, owner: state.owner,
        archived: state.archived ? 'true' : null, startAt: state.startAt, maxResults: PAGE_SIZE}).then(function (page) {
        if (number !== loadNumber) {
          return;
        }
        SalesKpi.clear(list);
        if (!page.goals.length) {
          list.appendChild(el('p', {className: 'saleskpi-empty'}, t('saleskpi.goals.empty')));
          return;
        }
        var rows = page.goals.map(goalRow);
        list.appendChild(el('table', {className: 'saleskpi-table saleskpi-goals-table', 'aria-labelledby': listTitle.id}, [
          el('thead', {}, el('tr', {}, ['name', 'owner', 'dueDate', 'progress', 'status'].map(function (key) {
            return el('th', {scope: 'col'}, t('saleskpi.goals.' + key));
          }))),
          el('tbody', {}, rows)
        ]));
        rows.forEach(function (row, i) {
          api.get('/goals/' + page.goals[i].id).then(row.fill, row.fail);
        });
        renderPaging(page);
      }, function (failure) {
        if (number === loadNumber) {
          SalesKpi.clear(list);
          box.show(parts.failureText(failure));
        }
      });
    }

    function renderPaging(page) {
      var first = page.startAt + 1;
      var last = page.startAt + page.goals.length;
      paging.appendChild(el('span', {}, t('saleskpi.goals.paging', first, last, page.total)));
      paging.appendChild(el('button', {type: 'button', className: 'saleskpi-button', disabled: page.startAt === 0,
        dataset: {action: 'previous-page'},
        onclick: function () { state.startAt = Math.max(0, page.startAt - PAGE_SIZE); load(); }}, t('saleskpi.goals.paging.previous')));
      paging.appendChild(el('button', {type: 'button', className: 'saleskpi-button', disabled: last >= page.total,
        dataset: {action: 'next-page'},
        onclick: function () { state.startAt = page.startAt + PAGE_SIZE; load(); }}, t('saleskpi.goals.paging.next')));
    }

    function chooseProject(project) {
      state.project = project;
      state.folders = [];
      state.rollUps = {};
      state.canEdit = false;
      renderFolders();
      createButton.hidden = true;
      newFolderButton.hidden = true;
      parts.canEdit(api, config, project).then(function (may) {
        state.canEdit = may;
        createButton.hidden = !may || project !== state.project;
        newFolderButton.hidden = createButton.hidden;
        renderFolderBar();
      });
      loadFolders(project);
      load();
    }

    filterForm.addEventListener('submit', function (event) {
      event.preventDefault();
      state.owner = ownerInput.userKey();
      state.archived = archivedInput.checked;
      state.startAt = 0;
      load();
    });
    projectSelect.addEventListener('change', function () {
      state.folder = '';
      state.startAt = 0;
      chooseProject(projectSelect.value);
    });

    function openCreate() {
      var name = parts.field('name', t('saleskpi.goals.name') + ' ' + t('saleskpi.goals.required'),
          el('input', {type: 'text', required: true, 'aria-required': 'true'}));
      var description = parts.field('description', t('saleskpi.goals.description'), el('textarea', {rows: '3'}));
      var project = parts.field('project', t('saleskpi.goals.project'),
          parts.select(Array.prototype.map.call(projectSelect.options, function (o) {
            return {value: o.value, text: o.textContent};
          }), state.project));
      project.input.disabled = true;
      var owner = parts.field('ownerKey', t('saleskpi.goals.owner'),
          parts.userInput(api, config.user));
      var folder = parts.field('folderId', t('saleskpi.goals.folder'),
          parts.select(parts.folderOptions(state.folders, t('saleskpi.goals.folder.top')), state.folder));
      var startDate = parts.field('startDate', t('saleskpi.goals.startDate'), el('input', {type: 'date'}));
      var dueDate = parts.field('dueDate', t('saleskpi.goals.dueDate'), el('input', {type: 'date'}));
      var period = parts.periodField(parts.calendar(api, state.project), startDate.input, dueDate.input, false);
      var cadence = parts.cadenceField('weekly');
      var targets = [];
      var targetsNode = el('div', {className: 'saleskpi-create-targets'});
      var addTarget = el('button', {type: 'button', className: 'saleskpi-button', dataset: {action: 'add-target'},
        onclick: function () {
          var index = targets.length;
          var fields = parts.targetFields(api, state.project, 'targets[' + index + '].', null);
          targets.push(fields);
          fields.node.insertBefore(el('legend', {}, t('saleskpi.goals.target') + ' ' + (index + 1)), fields.node.firstChild);
          targetsNode.appendChild(fields.node);
          addTarget.textContent = t('saleskpi.goals.target.another');
          fields.node.querySelector('input').focus();
        }}, t('saleskpi.goals.target.add'));
      var dialog = parts.dialog(t('saleskpi.goals.create.title'), [
        project.row, name.row, description.row, owner.row, folder.row, period.row,
        el('div', {className: 'saleskpi-field-pair'}, [startDate.row, dueDate.row]), cadence.row,
        el('h3', {}, t('saleskpi.goals.create.firstTarget')), targetsNode, addTarget
      ], t('saleskpi.goals.create'), function () {
        var body = {project: state.project, name: name.input.value.trim(), description: description.input.value};
        if (owner.input.userKey()) { body.ownerKey = owner.input.userKey(); }
        if (folder.input.value) { body.folderId = Number(folder.input.value); }
        if (startDate.input.value) { body.startDate = startDate.input.value; }
        if (dueDate.input.value) { body.dueDate = dueDate.input.value; }
        body.checkInCadence = cadence.input.value;
        if (targets.length) { body.targets = targets.map(function (f) { return f.read(); }); }
        return api.post('/goals', body).then(function (goal) {
          // The goal page confirms the creation (?created) and is where its owner works on it next.
          global.location.assign(goalsUrl + '/' + encodeURIComponent(goal.id) + '?created=true');
        });
      }, 'create-goal');
      dialog.form.setAttribute('data-form', 'create-goal');
      name.input.focus();
    }

    renderFolders();
    api.get('/projects').then(function (projects) {
      if (!projects.length) {
        box.show(t('saleskpi.goals.project.none'), 'info');
        return;
      }
      if (state.project && projects.indexOf(state.project) < 0) {
        projects = [state.project].concat(projects);
      }
      projects.forEach(function (key) {
        projectSelect.appendChild(el('option', {value: key}, key));
      });
      var project = state.project || projects[0];
      projectSelect.value = project;
      chooseProject(project);
    }, function (failure) { box.show(parts.failureText(failure)); });
  }

  SalesKpi.ready(start);
})(window);
