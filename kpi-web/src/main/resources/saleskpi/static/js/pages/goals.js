/*
 * Sales KPI: the goals page (/goals). A project's goals by folder, filtered by owner and archived,
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
      canEdit: true
    };
    var loadNumber = 0;

    var box = parts.messageBox();
    var projectSelect = el('select', {id: 'saleskpi-goals-project', name: 'project'});
    var createButton = el('button', {type: 'button', className: 'saleskpi-button saleskpi-button-primary',
      dataset: {action: 'create-goal'}, hidden: true, onclick: function () { openCreate(); }}, t('saleskpi.goals.create'));
    var folderNav = el('nav', {className: 'saleskpi-goals-folders', 'aria-labelledby': 'saleskpi-goals-folders-title'});
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
        el('h2', {id: 'saleskpi-goals-folders-title'}, t('saleskpi.goals.folders')), folderNav]),
      el('section', {className: 'saleskpi-goals-main', 'aria-labelledby': listTitle.id}, [filterForm, listTitle, list, paging])
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
        return el('li', {style: {paddingLeft: (depth * 16) + 'px'}}, el('button', {
          type: 'button', className: 'saleskpi-folder' + (current ? ' saleskpi-folder-current' : ''),
          'aria-current': current ? 'true' : null, dataset: {folderId: String(id)},
          onclick: function () { state.folder = String(id); state.startAt = 0; renderFolders(); load(); }
        }, text));
      }
      var items = [link('', t('saleskpi.goals.folder.all'), 0)];
      parts.folderTree(state.folders).forEach(function (entry) {
        items.push(link(entry.folder.id, entry.folder.name, entry.depth + 1));
      });
      folderNav.appendChild(el('ul', {}, items));
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
      renderFolders();
      createButton.hidden = true;
      parts.canEdit(api, config, project).then(function (may) {
        state.canEdit = may;
        createButton.hidden = !may || project !== state.project;
      });
      api.get('/folders', {project: project}).then(function (answer) {
        if (project === state.project) {
          state.folders = answer.folders || [];
          renderFolders();
        }
      }, function (failure) { box.show(parts.failureText(failure)); });
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
        el('div', {className: 'saleskpi-field-pair'}, [startDate.row, dueDate.row]),
        el('h3', {}, t('saleskpi.goals.create.firstTarget')), targetsNode, addTarget
      ], t('saleskpi.goals.create'), function () {
        var body = {project: state.project, name: name.input.value.trim(), description: description.input.value};
        if (owner.input.userKey()) { body.ownerKey = owner.input.userKey(); }
        if (folder.input.value) { body.folderId = Number(folder.input.value); }
        if (startDate.input.value) { body.startDate = startDate.input.value; }
        if (dueDate.input.value) { body.dueDate = dueDate.input.value; }
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
