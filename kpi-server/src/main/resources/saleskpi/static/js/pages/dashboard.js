/*
 * The dashboard page (/dashboards/{id}): gadgets in one, two or three columns, added from a
 * dialog of every type, configured in place, dragged between and within columns by their handle or
 * moved from their actions menu with the keyboard, made taller or shorter by dragging their bottom
 * edge or from the menu, removed after a confirmation; a period and a JQL narrowing for the whole
 * page (?period=&jql=, so a link shows the same numbers) that every gadget follows unless it pins
 * its own; and a wallboard mode (?wallboard=1) without chrome that refreshes every gadget.
 * Arranging is saved at once with the dashboard's version, a height with the gadget's: a tab that
 * saves over another's change gets the conflict message and the dashboard as stored.
 * A star makes it a favourite; its owner shares it from a dialog (private, a project's roles or named people, to
 * view or to edit); someone it is shared with to view sees no arranging controls, and a gadget over a project they
 * may not see says so instead of showing numbers (ADR 0061).
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi;
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };
  var LAYOUTS = ['one-column', 'two-columns', 'three-columns'];
  var DEFAULT_WALLBOARD_MINUTES = 5;
  /** The page's periods: '' leaves each gadget its own; custom is a range of two dates. */
  var PAGE_PERIODS = ['', 'this-month', 'this-quarter', 'last-quarter', 'fiscal-year-to-date', 'custom'];
  /** Their labels where the gadgets' period list has none; the others are that list's. */
  var PAGE_PERIOD_KEYS = {'': 'saleskpi.dashboard.period.own', 'fiscal-year-to-date': 'saleskpi.dashboard.period.fiscal-year-to-date',
    custom: 'saleskpi.dashboard.period.custom'};
  var CUSTOM_RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;
  /** Heights in pixels: the smallest a drag or the menu leaves, and the menu's step. */
  var MIN_HEIGHT = 120;
  var HEIGHT_STEP = 80;
  var SHARE_ROLES = ['viewer', 'editor', 'admin'];
  var SHARE_RIGHTS = ['view', 'edit'];

  function start() {
    var config = SalesKpi.start();
    var root = document.getElementById('saleskpi-dashboard');
    if (!root) {
      return;
    }
    var id = root.getAttribute('data-dashboard-id') || config.dashboardId;
    var api = SalesKpi.api(config.restBase);
    var base = config.baseUrl || '';
    var pageFilter = readPageFilter();
    var context = {
      api: api,
      page: function () { return pageFilter; },
      // The list gets what it shows (about.text), its amounts' currency, and the way back to this gadget.
      issuesUrl: function (jql, about) {
        var url = (config.issuesUrl || base + '/issues?jql=') + encodeURIComponent(jql);
        if (!about) {
          return url;
        }
        var back = global.location.pathname + global.location.search
            + (this.gadgetId === undefined ? '' : '#saleskpi-gadget-' + this.gadgetId);
        return url + '&about=' + encodeURIComponent(about.text || '') + '&currency=' + encodeURIComponent(about.currency || '')
            + '&amount=' + encodeURIComponent(about.amount || '')
            + '&back=' + encodeURIComponent(back);
      },
      goalUrl: function (goalId) { return base + '/goals/' + encodeURIComponent(goalId); }
    };
    var dashboard = null;
    var handles = [];
    var timers = [];
    var wallboard = /[?&]wallboard=1(&|$)/.test(global.location.search);
    var status = el('div', {className: 'saleskpi-page-message', role: 'status', 'aria-live': 'polite'});
    var errorBox = el('div', {className: 'saleskpi-form-error', role: 'alert', hidden: true});
    var heading = el('h1', {className: 'saleskpi-dashboard-name'});
    var layoutSelect = el('select', {id: 'saleskpi-layout', onchange: function () { changeLayout(layoutSelect.value); }},
        LAYOUTS.map(function (l) { return el('option', {value: l}, t('saleskpi.dashboard.layout.' + l)); }));
    var wallboardButton = el('button', {type: 'button', className: 'saleskpi-button', 'aria-pressed': 'false',
      dataset: {action: 'wallboard'}, onclick: function () { setWallboard(!wallboard, true); }}, t('saleskpi.dashboard.wallboard'));
    var addButton = el('button', {type: 'button', className: 'saleskpi-button saleskpi-button-primary', dataset: {action: 'add-gadget'},
      onclick: function () { openAddDialog(); }}, t('saleskpi.dashboard.addGadget'));
    var subscribeButton = el('button', {type: 'button', className: 'saleskpi-button', dataset: {action: 'subscribe'},
      onclick: function () { showSubscribeDialog(); }}, t('saleskpi.subscription.subscribe'));
    var starButton = el('button', {type: 'button', className: 'saleskpi-button saleskpi-star', 'aria-pressed': 'false',
      dataset: {action: 'favourite'}, onclick: function () { toggleFavourite(); }}, '\u2606');
    var shareButton = el('button', {type: 'button', className: 'saleskpi-button', dataset: {action: 'share'}, hidden: true,
      onclick: function () { openShareDialog(); }}, t('saleskpi.dashboard.share'));
    var layoutLabel = el('label', {'for': 'saleskpi-layout'}, t('saleskpi.dashboard.layout'));
    var controls = el('div', {className: 'saleskpi-dashboard-controls'}, [
      starButton, ' ', layoutLabel, ' ', layoutSelect, ' ', addButton, ' ', shareButton, ' ', wallboardButton,
      ' ', el('a', {href: base + '/dashboards'}, t('saleskpi.dashboard.all'))
    ]);
    var periodForm = pageFilterForm();
    var columnsBox = el('div', {className: 'saleskpi-columns'});
    var dialogBox = el('div');
    var accessBox = el('div', {className: 'saleskpi-jira-access'});
    SalesKpi.clear(root);
    // A row of its own: the head and the period row are full at 768 pixels and must stay one row each.
    var subscribeRow = el('div', {className: 'saleskpi-dashboard-subscribe'}, subscribeButton);
    [el('div', {className: 'saleskpi-dashboard-head'}, [heading, controls]), periodForm, subscribeRow, status, errorBox,
      accessBox, dialogBox, columnsBox]
        .forEach(function (node) { root.appendChild(node); });

    function fail(err) {
      if (err instanceof SalesKpi.ApiError && err.status === 409) {
        conflict();
        return;
      }
      SalesKpi.clear(errorBox);
      (err && err.errors ? err.errors : [{message: String(err)}]).forEach(function (e) {
        errorBox.appendChild(el('p', {}, e.message));
      });
      errorBox.hidden = false;
    }

    function say(text) {
      status.textContent = text;
    }

    /** Another tab or session changed the dashboard first: nothing is overwritten; the stored one is shown. */
    function conflict() {
      load().then(function () {
        SalesKpi.clear(errorBox).appendChild(el('p', {dataset: {conflict: 'true'}}, t('saleskpi.dashboard.conflict')));
        errorBox.hidden = false;
      });
    }

    function load() {
      // The page's narrowing goes along: what a gadget counts, and so what the viewer sees of it, depends on it.
      return api.get('/dashboards/' + encodeURIComponent(id), pageFilter && pageFilter.narrow
        ? {jql: pageFilter.narrow} : undefined).then(function (json) {
        dashboard = json;
        errorBox.hidden = true;
        heading.textContent = json.name;
        heading.title = json.name;
        document.title = json.name;
        layoutSelect.value = json.layout;
        showAccess();
        draw();
        // Back from a drill-down (#saleskpi-gadget-<id>): the gadget the number was in is in view again.
        var target = global.location.hash && document.getElementById(global.location.hash.slice(1));
        if (target) {
          target.scrollIntoView();
        }
      }, fail);
    }

    /** Who may do what: a viewer gets no arranging controls, only the owner the share button. */
    function showAccess() {
      var editing = dashboard.access !== 'view';
      [layoutLabel, layoutSelect, addButton].forEach(function (node) { node.hidden = !editing; });
      shareButton.hidden = dashboard.access !== 'owner';
      root.setAttribute('data-access', dashboard.access || 'owner');
      starButton.setAttribute('aria-pressed', String(!!dashboard.favourite));
      starButton.textContent = dashboard.favourite ? '\u2605' : '\u2606';
      var label = t(dashboard.favourite ? 'saleskpi.dashboard.unstar' : 'saleskpi.dashboard.star', dashboard.name);
      starButton.setAttribute('aria-label', label);
      starButton.title = label;
    }

    function toggleFavourite() {
      var path = '/dashboards/' + encodeURIComponent(id) + '/favourite';
      var starring = !dashboard.favourite;
      (starring ? api.put(path, {}) : api.del(path)).then(function () {
        dashboard.favourite = starring;
        showAccess();
        say(t(starring ? 'saleskpi.dashboard.starred' : 'saleskpi.dashboard.unstarred', dashboard.name));
      }, fail);
    }

    /**
     * The owner's share dialog: one line per share, each the members of a project with at least a role or a person
     * picked by display name, each to view or to edit; lines are added and removed freely and saving replaces every
     * share at once (no line: private). A refused entry is shown on its own line, from the field the answer names
     * ({@code shares[2].role}).
     */
    function openShareDialog() {
      // The projects are every one the owner may share with, those without issues yet too (a KPI profile, members).
      api.get('/dashboards/' + encodeURIComponent(id) + '/shares').then(function (loaded) {
        showShareDialog(loaded.shares || [], loaded.projects || []);
      }, fail);
    }

    function showShareDialog(shares, projects) {
      SalesKpi.clear(dialogBox);
      var parts = SalesKpi.goalParts;
      var close = function () {
        SalesKpi.clear(dialogBox);
        shareButton.focus();
      };
      // Every line the dialog shows, in order: {project, role, rights} or {user, displayName, rights}.
      var lines = shares.map(function (s) {
        return s.user ? {user: s.user, displayName: (s.person && s.person.displayName) || s.user, rights: s.rights}
            : {project: s.project, role: s.role, rights: s.rights};
      });
      var lineCount = 0;
      var errors = el('div', {className: 'saleskpi-form-error', role: 'alert', hidden: true});
      var privateNote = el('p', {className: 'saleskpi-hint', dataset: {sharePrivate: ''}}, t('saleskpi.dashboard.share.none'));
      // A table of the lines, one row each: who (a project's members or a person), the least role, the rights.
      var list = el('tbody', {});
      var table = el('table', {className: 'saleskpi-share-lines', 'aria-labelledby': 'saleskpi-share-whom'}, [
        el('thead', {}, el('tr', {}, [
          el('th', {scope: 'col'}, t('saleskpi.dashboard.share.who')),
          el('th', {scope: 'col'}, t('saleskpi.dashboard.share.leastRole')),
          el('th', {scope: 'col'}, t('saleskpi.dashboard.share.rights')),
          el('th', {scope: 'col'}, el('span', {className: 'saleskpi-visually-hidden'}, t('saleskpi.dashboard.share.removeHeading')))])),
        list]);
      function select(values, keyPrefix, chosen, label, onchange) {
        return el('select', {'aria-label': label, onchange: function (event) { onchange(event.target.value); }},
            values.map(function (v) {
              return el('option', {value: v, selected: v === chosen}, keyPrefix ? t(keyPrefix + v) : v);
            }));
      }
      function lineNode(line, index) {
        var number = lineCount += 1;
        var who;
        var role = null;
        if (line.user) {
          who = [el('span', {className: 'saleskpi-share-who'}, line.displayName)];
        } else {
          var known = line.project && projects.indexOf(line.project) < 0 ? projects.concat([line.project]) : projects;
          var projectId = 'saleskpi-share-project-' + number;
          var project = select(known, '', line.project, null, function (value) { line.project = value; });
          project.id = projectId;
          project.dataset.share = 'project';
          who = [el('label', {'for': projectId}, t('saleskpi.dashboard.share.project')), ' ', project];
          role = select(SHARE_ROLES, 'saleskpi.dashboard.share.role.', line.role, t('saleskpi.dashboard.share.leastRole'),
              function (value) { line.role = value; });
          role.dataset.share = 'role';
        }
        var rights = select(SHARE_RIGHTS, 'saleskpi.dashboard.share.rights.', line.rights, t('saleskpi.dashboard.share.rights'),
            function (value) { line.rights = value; });
        rights.dataset.share = 'rights';
        var name = line.user ? line.displayName : line.project;
        var dataset = {shareLine: String(index), shareKind: line.user ? 'person' : 'project'};
        if (line.user) {
          dataset.userKey = line.user;
        }
        return el('tr', {className: 'saleskpi-share-line', dataset: dataset}, [
          el('td', {}, who.concat([el('p', {className: 'saleskpi-form-error', dataset: {shareError: ''}, hidden: true})])),
          el('td', {}, role),
          el('td', {}, rights),
          el('td', {}, el('button', {type: 'button', className: 'saleskpi-button', dataset: {action: 'remove-share'},
            'aria-label': t('saleskpi.dashboard.share.remove', name), onclick: function () {
              lines.splice(index, 1);
              drawLines();
              (list.querySelector('select, button') || addProject).focus();
            }}, '\u00D7'))]);
      }
      function drawLines() {
        SalesKpi.clear(list);
        lines.forEach(function (line, index) { list.appendChild(lineNode(line, index)); });
        table.hidden = !lines.length;
        privateNote.hidden = lines.length > 0;
      }
      var addProject = el('button', {type: 'button', className: 'saleskpi-button', dataset: {action: 'add-project'},
        disabled: !projects.length, onclick: function () {
          lines.push({project: projects[0], role: 'viewer', rights: 'view'});
          drawLines();
          list.lastChild.querySelector('select').focus();
        }}, t('saleskpi.dashboard.share.addProject'));
      var person = parts.userInput(api, null);
      person.id = 'saleskpi-share-person';
      var addPerson = el('button', {type: 'button', className: 'saleskpi-button', dataset: {action: 'add-person'}, onclick: function () {
        var key = person.userKey();
        if (key && !lines.some(function (line) { return line.user === key; })) {
          lines.push({user: key, displayName: person.value.trim() || key, rights: 'view'});
          drawLines();
        }
        person.value = '';
        person.focus();
      }}, t('saleskpi.dashboard.share.addPerson'));
      function wanted() {
        return lines.map(function (line) {
          return line.user ? {user: line.user, rights: line.rights} : {project: line.project, role: line.role, rights: line.rights};
        });
      }
      function showErrors(err) {
        SalesKpi.clear(errors);
        var general = [];
        (err && err.errors ? err.errors : [{message: String(err)}]).forEach(function (e) {
          var field = /^shares\[(\d+)\]\.(\w+)$/.exec(e.field || '');
          var line = field && list.querySelector('[data-share-line="' + field[1] + '"]');
          if (line) {
            var box = line.querySelector('[data-share-error]');
            box.appendChild(el('span', {dataset: {field: e.field}}, e.message));
            box.hidden = false;
            var control = line.querySelector('[data-share="' + field[2] + '"]');
            if (control) {
              control.setAttribute('aria-invalid', 'true');
            }
          } else {
            general.push(e);
          }
        });
        general.forEach(function (e) { errors.appendChild(el('p', {dataset: {field: e.field || ''}}, e.message)); });
        errors.hidden = !general.length;
      }
      var form = el('form', {className: 'saleskpi-form saleskpi-share-form', onsubmit: function (event) {
        event.preventDefault();
        drawLines();
        errors.hidden = true;
        api.put('/dashboards/' + encodeURIComponent(id) + '/shares', {shares: wanted()}).then(function (answer) {
          close();
          say(t(answer.shares.length ? 'saleskpi.dashboard.share.saved' : 'saleskpi.dashboard.share.madePrivate'));
        }, showErrors);
      }}, [
        el('h3', {id: 'saleskpi-share-whom', className: 'saleskpi-share-whom'}, t('saleskpi.dashboard.share.whom')),
        privateNote, table,
        el('div', {className: 'saleskpi-share-add'}, [addProject]),
        el('div', {className: 'saleskpi-field saleskpi-share-add'}, [
          el('label', {'for': 'saleskpi-share-person'}, t('saleskpi.dashboard.share.person')),
          el('div', {className: 'saleskpi-picker'}, [person, person.saleskpiAfter]), addPerson]),
        errors,
        el('div', {className: 'saleskpi-share-buttons'}, [
          el('button', {type: 'submit', className: 'saleskpi-button saleskpi-button-primary', dataset: {action: 'save-shares'}},
              t('saleskpi.gadget.save')),
          el('button', {type: 'button', className: 'saleskpi-button', onclick: close}, t('saleskpi.gadget.cancel'))])]);
      drawLines();
      var dialog = el('div', {className: 'saleskpi-dialog saleskpi-share-dialog', role: 'dialog', 'aria-modal': 'true',
        'aria-labelledby': 'saleskpi-share-title', onkeydown: function (event) { if (event.key === 'Escape') { close(); } }}, [
        el('h2', {id: 'saleskpi-share-title'}, t('saleskpi.dashboard.share.title', dashboard.name)), form]);
      dialogBox.appendChild(dialog);
      (list.querySelector('select, button') || addProject).focus();
    }

    function stopTimers() {
      timers.forEach(function (timer) { global.clearInterval(timer); });
      timers = [];
    }

    function schedule() {
      stopTimers();
      handles.forEach(function (handle) {
        var minutes = handle.refreshMinutes() || (wallboard ? DEFAULT_WALLBOARD_MINUTES : 0);
        if (minutes > 0) {
          timers.push(global.setInterval(function () { handle.refresh(); }, minutes * 60000));
        }
      });
    }

    /** The gadgets of a column in order. */
    function column(index) {
      return dashboard.gadgets.filter(function (g) { return g.column === index; })
          .sort(function (a, b) { return a.position - b.position; });
    }

    function draw() {
      handles.forEach(function (h) { h.destroy(); });
      handles = [];
      SalesKpi.clear(columnsBox);
      columnsBox.className = 'saleskpi-columns saleskpi-columns-' + dashboard.columns;
      var pending = [];
      for (var c = 0; c < dashboard.columns; c += 1) {
        var list = column(c);
        var columnBox = el('div', {className: 'saleskpi-column', dataset: {column: String(c)},
          'aria-label': t('saleskpi.dashboard.column', c + 1), role: 'region'});
        list.forEach(function (gadget, index) {
          pending.push(item(columnBox, gadget, index, list.length));
        });
        if (!list.length) {
          columnBox.appendChild(el('p', {className: 'saleskpi-empty'}, t('saleskpi.dashboard.emptyColumn')));
        }
        columnsBox.appendChild(columnBox);
      }
      if (!dashboard.gadgets.length) {
        say(t('saleskpi.dashboard.noGadgets'));
      }
      return Promise.all(pending).then(schedule);
    }

    function item(columnBox, gadget, index, count) {
      var type = SalesKpi.gadgets[gadget.type];
      var body = el('div', {className: 'saleskpi-item-body'});
      var prefs = gadget.preferences || {};
      var name = prefs.title || (type ? t(type.titleKey) : gadget.type);
      if (prefs.height) {
        body.style.height = prefs.height + 'px';
      }
      var confirmBox = el('div', {className: 'saleskpi-confirm', hidden: true, role: 'alertdialog',
        'aria-label': t('saleskpi.dashboard.removeConfirm')});
      var entries = [
        {key: 'configure', label: t('saleskpi.dashboard.configure'), run: function () { configure(gadget, body); }},
        {key: 'move-up', label: t('saleskpi.dashboard.up'), shown: index > 0, run: function () { moveBy(gadget, 0, -1); }},
        {key: 'move-down', label: t('saleskpi.dashboard.down'), shown: index < count - 1,
          run: function () { moveBy(gadget, 0, 1); }},
        {key: 'move-left', label: t('saleskpi.dashboard.left'), shown: gadget.column > 0,
          run: function () { moveBy(gadget, -1, 0); }},
        {key: 'move-right', label: t('saleskpi.dashboard.right'), shown: gadget.column < dashboard.columns - 1,
          run: function () { moveBy(gadget, 1, 0); }},
        {key: 'taller', label: t('saleskpi.dashboard.taller'), run: function () { resizeBy(gadget, body, HEIGHT_STEP); }},
        {key: 'shorter', label: t('saleskpi.dashboard.shorter'),
          run: function () { resizeBy(gadget, body, -HEIGHT_STEP); }},
        {key: 'auto-height', label: t('saleskpi.dashboard.autoHeight'), shown: !!prefs.height,
          run: function () { savePreferences(gadget, {height: null}, 'saleskpi.dashboard.resized'); }},
        {key: 'pin', label: t(prefs.pinned === 'true' ? 'saleskpi.dashboard.followPage' : 'saleskpi.dashboard.pin'),
          run: function () {
            savePreferences(gadget, {pinned: prefs.pinned === 'true' ? null : 'true'},
                prefs.pinned === 'true' ? 'saleskpi.dashboard.followsPage' : 'saleskpi.dashboard.pinned');
          }},
        {key: 'remove', label: t('saleskpi.dashboard.remove'), run: function () { askRemove(gadget, confirmBox); }}
      ].filter(function (entry) { return entry.shown !== false; });
      if (gadget.seen === false) {
        // Nothing to compute for this viewer: the gadget counts issues of a project, or shows a goal, they may not
        // browse.
        columnBox.appendChild(el('div', {className: 'saleskpi-dashboard-item', id: 'saleskpi-gadget-' + gadget.id,
          dataset: {itemId: String(gadget.id)}}, [
          dashboard.access === 'view' ? null : el('div', {className: 'saleskpi-item-controls'},
              [actionsMenu(t('saleskpi.dashboard.gadgetControls', name), entries.filter(function (entry) {
                return entry.key !== 'configure';
              }))]),
          confirmBox,
          el('section', {className: 'saleskpi-gadget saleskpi-gadget-unseen', dataset: {gadgetId: String(gadget.id), state: 'unseen'}}, [
            el('h2', {className: 'saleskpi-gadget-title'}, name),
            el('p', {className: 'saleskpi-page-message', role: 'note'},
                t(gadget.sight === 'no-goal' ? 'saleskpi.dashboard.unseenGoal' : 'saleskpi.dashboard.unseen'))])]));
        return Promise.resolve();
      }
      // The viewer may browse only some of the projects the gadget counts: its figures are theirs, of those alone.
      var partial = gadget.sight === 'some' ? el('p', {className: 'saleskpi-gadget-partial', role: 'note',
        dataset: {sight: 'some'}}, t('saleskpi.dashboard.partial')) : null;
      if (dashboard.access === 'view') {
        columnBox.appendChild(el('div', {className: 'saleskpi-dashboard-item', id: 'saleskpi-gadget-' + gadget.id,
          dataset: {itemId: String(gadget.id)}}, [partial, body]));
        return show(gadget, body);
      }
      var handle = el('span', {className: 'saleskpi-drag-handle', dataset: {action: 'drag'}, title: t('saleskpi.dashboard.dragHint'),
        'aria-hidden': 'true', onpointerdown: function (event) { startDrag(event, gadget); }}, '\u2807\u2807');
      var itemControls = el('div', {className: 'saleskpi-item-controls'},
          [handle, actionsMenu(t('saleskpi.dashboard.gadgetControls', name), entries)]);
      var resizer = el('div', {className: 'saleskpi-resize-handle', dataset: {action: 'resize'}, 'aria-hidden': 'true',
        title: t('saleskpi.dashboard.resizeHint'), onpointerdown: function (event) { startResize(event, gadget, body); }});
      columnBox.appendChild(el('div', {className: 'saleskpi-dashboard-item', id: 'saleskpi-gadget-' + gadget.id,
        dataset: {itemId: String(gadget.id)}},
          [itemControls, confirmBox, partial, body, resizer]));
      return show(gadget, body);
    }

    /** The gadgets' places as the page shows them, column by column from the top. */
    function shownArrangement() {
      var moves = [];
      [].forEach.call(columnsBox.querySelectorAll('.saleskpi-column'), function (columnBox) {
        [].forEach.call(columnBox.querySelectorAll('.saleskpi-dashboard-item'), function (node, position) {
          moves.push({id: Number(node.getAttribute('data-item-id')), column: Number(columnBox.getAttribute('data-column')),
            position: position});
        });
      });
      return moves;
    }

    /**
     * Saves the whole arrangement with the dashboard's version (PUT /layout places them in list order, so
     * each column ends as listed); then draws the stored dashboard and focuses the moved gadget's menu.
     */
    function arrange(moves, gadgetId) {
      return api.put('/dashboards/' + id + '/layout', {version: dashboard.version, layout: dashboard.layout, gadgets: moves})
          .then(function () {
            return load();
          }).then(function () {
            say(t('saleskpi.dashboard.moved'));
            var menu = columnsBox.querySelector('[data-item-id="' + gadgetId + '"] [data-action="menu"]');
            if (menu) {
              menu.focus();
            }
          }, fail);
    }

    /** The keyboard's move: dc columns across, or dp places within the column. */
    function moveBy(gadget, dc, dp) {
      var node = columnsBox.querySelector('[data-item-id="' + gadget.id + '"]');
      if (dc) {
        var target = columnsBox.querySelector('.saleskpi-column[data-column="' + (gadget.column + dc) + '"]');
        target.appendChild(node);
      } else if (dp < 0 && node.previousElementSibling) {
        node.parentNode.insertBefore(node, node.previousElementSibling);
      } else if (dp > 0 && node.nextElementSibling) {
        node.parentNode.insertBefore(node.nextElementSibling, node);
      }
      return arrange(shownArrangement(), gadget.id);
    }

    /** Dragging by the handle: the gadget moves among the others as the pointer goes, and is saved where dropped. */
    function startDrag(event, gadget) {
      if (event.button !== 0) {
        return;
      }
      event.preventDefault();
      var node = columnsBox.querySelector('[data-item-id="' + gadget.id + '"]');
      var before = JSON.stringify(shownArrangement());
      node.classList.add('saleskpi-dragging');
      function move(e) {
        var columnBox = columnAt(e.clientX, e.clientY);
        if (!columnBox) {
          return;
        }
        var others = [].filter.call(columnBox.querySelectorAll('.saleskpi-dashboard-item'), function (n) { return n !== node; });
        var next = others.filter(function (n) {
          var box = n.getBoundingClientRect();
          return e.clientY < box.top + box.height / 2;
        })[0] || null;
        var empty = columnBox.querySelector('.saleskpi-empty');
        if (empty) {
          empty.remove();
        }
        if (next !== node.nextElementSibling || node.parentNode !== columnBox) {
          columnBox.insertBefore(node, next);
        }
      }
      function drop() {
        document.removeEventListener('pointermove', move);
        document.removeEventListener('pointerup', drop);
        node.classList.remove('saleskpi-dragging');
        var after = shownArrangement();
        if (JSON.stringify(after) !== before) {
          arrange(after, gadget.id);
        }
      }
      document.addEventListener('pointermove', move);
      document.addEventListener('pointerup', drop);
    }

    /** The column under the pointer, else the one nearest across (a column's box ends with its last gadget). */
    function columnAt(x, y) {
      var columns = [].slice.call(columnsBox.querySelectorAll('.saleskpi-column'));
      var inside = columns.filter(function (c) {
        var box = c.getBoundingClientRect();
        return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
      })[0];
      if (inside) {
        return inside;
      }
      var best = null;
      var distance = Infinity;
      columns.forEach(function (c) {
        var box = c.getBoundingClientRect();
        var d = Math.abs(x - (box.left + box.right) / 2) + (y < box.top ? box.top - y : 0);
        if (d < distance) {
          distance = d;
          best = c;
        }
      });
      return best;
    }

    /** Dragging the bottom edge: the gadget's height follows the pointer and is saved when let go. */
    function startResize(event, gadget, body) {
      if (event.button !== 0) {
        return;
      }
      event.preventDefault();
      var startY = event.clientY;
      var startHeight = body.getBoundingClientRect().height;
      function move(e) {
        body.style.height = Math.max(MIN_HEIGHT, Math.round(startHeight + e.clientY - startY)) + 'px';
      }
      function drop() {
        document.removeEventListener('pointermove', move);
        document.removeEventListener('pointerup', drop);
        savePreferences(gadget, {height: String(parseInt(body.style.height, 10))}, 'saleskpi.dashboard.resized');
      }
      document.addEventListener('pointermove', move);
      document.addEventListener('pointerup', drop);
    }

    function resizeBy(gadget, body, delta) {
      var height = Math.max(MIN_HEIGHT, Math.round(body.getBoundingClientRect().height + delta));
      return savePreferences(gadget, {height: String(height)}, 'saleskpi.dashboard.resized');
    }

    /**
     * Saves the gadget's preferences with these changed (null removes one), with its version: a tab that
     * changed them first makes this a conflict, not an overwrite.
     */
    function savePreferences(gadget, changes, messageKey) {
      var prefs = {};
      Object.keys(gadget.preferences || {}).forEach(function (key) { prefs[key] = String(gadget.preferences[key]); });
      Object.keys(changes).forEach(function (key) {
        if (changes[key] === null) {
          delete prefs[key];
        } else {
          prefs[key] = changes[key];
        }
      });
      return api.put('/dashboards/' + id + '/gadgets/' + gadget.id, {version: gadget.version, preferences: prefs})
          .then(function () {
            return load();
          }).then(function () {
            say(t(messageKey));
            var menu = columnsBox.querySelector('[data-item-id="' + gadget.id + '"] [data-action="menu"]');
            if (menu) {
              menu.focus();
            }
          }, fail);
    }

    /**
     * Keeps what a gadget changed itself (a table's sort) without drawing the page again: the gadget already shows
     * it. The gadget's version is sent, so a tab that changed it first makes this the conflict message.
     */
    function keepPreferences(gadget, changes) {
      var prefs = {};
      Object.keys(gadget.preferences || {}).forEach(function (key) { prefs[key] = String(gadget.preferences[key]); });
      Object.keys(changes).forEach(function (key) { prefs[key] = String(changes[key]); });
      return api.put('/dashboards/' + id + '/gadgets/' + gadget.id, {version: gadget.version, preferences: prefs})
          .then(function (stored) {
            gadget.version = stored.version;
            gadget.preferences = stored.preferences;
            say(t('saleskpi.dashboard.saved'));
          }, fail);
    }

    function show(gadget, body) {
      var type = SalesKpi.gadgets[gadget.type];
      if (!type) {
        body.appendChild(el('p', {className: 'saleskpi-form-error'}, t('saleskpi.dashboard.unknownType', gadget.type)));
        return Promise.resolve();
      }
      var gadgetContext = Object.assign({gadgetId: gadget.id,
        savePreferences: function (changes) { return keepPreferences(gadget, changes); }}, context);
      return shownPreferences(gadget).then(function (prefs) {
        return type.render(body, prefs, gadgetContext);
      }).then(function (handle) {
        handles.push(handle);
      });
    }

    function configure(gadget, body) {
      var type = SalesKpi.gadgets[gadget.type];
      if (!type) {
        return;
      }
      type.renderEdit(body, gadget.preferences || {}, context, function (prefs) {
        api.put('/dashboards/' + id + '/gadgets/' + gadget.id, {version: gadget.version, preferences: prefs}).then(function () {
          say(t('saleskpi.dashboard.saved'));
          return load();
        }, fail);
      }, function () {
        SalesKpi.clear(body);
        show(gadget, body).then(schedule);
      }).then(function (form) {
        var first = form && form.querySelector('input, select, textarea');
        if (first) {
          first.focus();
        }
      });
    }

    function askRemove(gadget, box) {
      SalesKpi.clear(box);
      var no = el('button', {type: 'button', className: 'saleskpi-button', onclick: function () { box.hidden = true; }},
          t('saleskpi.gadget.cancel'));
      box.appendChild(el('p', {}, t('saleskpi.dashboard.removeConfirm')));
      box.appendChild(el('button', {type: 'button', className: 'saleskpi-button saleskpi-button-danger', dataset: {action: 'confirm-remove'},
        onclick: function () {
          api.del('/dashboards/' + id + '/gadgets/' + gadget.id).then(function () {
            say(t('saleskpi.dashboard.removed'));
            return load();
          }, fail);
        }}, t('saleskpi.dashboard.remove')));
      box.appendChild(document.createTextNode(' '));
      box.appendChild(no);
      box.hidden = false;
      no.focus();
    }

    function changeLayout(layout) {
      api.put('/dashboards/' + id + '/layout', {version: dashboard.version, layout: layout}).then(function () {
        say(t('saleskpi.dashboard.layoutChanged'));
        return load();
      }, function (err) {
        layoutSelect.value = dashboard.layout;
        fail(err);
      });
    }

    /** Subscribing to this dashboard by e-mail, in the dialog the goals page's folders use too (ADR 0063). */
    function showSubscribeDialog() {
      SalesKpi.subscribeDialog({api: api, subject: {dashboardId: Number(id)}, box: dialogBox, returnFocus: subscribeButton,
        created: function (created) {
          SalesKpi.clear(status).appendChild(el('span', {dataset: {subscribed: String(created.id)}}, [
            t('saleskpi.subscription.created', created.address), ' ',
            el('a', {href: base + '/subscriptions'}, t('saleskpi.subscription.mine'))]));
        }});
    }

    /** The dialog lists the registry's types in its order (GET /gadgets/types), those this page can draw. */
    function openAddDialog() {
      return SalesKpi.gadgetBase.types(api).then(function (types) {
        showAddDialog(types.list.map(function (type) { return type.key; }).filter(function (type) { return SalesKpi.gadgets[type]; }));
      }, fail);
    }

    function showAddDialog(keys) {
      SalesKpi.clear(dialogBox);
      var close = function () {
        SalesKpi.clear(dialogBox);
        addButton.focus();
      };
      var list = el('ul', {className: 'saleskpi-type-list'}, keys
          .map(function (type) {
            var gadget = SalesKpi.gadgets[type];
            return el('li', {}, [
              el('div', {}, [el('strong', {}, t(gadget.titleKey)), el('div', {className: 'saleskpi-hint'}, t(gadget.descriptionKey))]),
              el('button', {type: 'button', className: 'saleskpi-button', dataset: {addType: type},
                'aria-label': t('saleskpi.dashboard.addNamed', t(gadget.titleKey)),
                onclick: function () {
                  close();
                  addGadget(type);
                }}, t('saleskpi.dashboard.add'))
            ]);
          }));
      var dialog = el('div', {className: 'saleskpi-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'saleskpi-add-title',
        onkeydown: function (event) { if (event.key === 'Escape') { close(); } }}, [
        el('h2', {id: 'saleskpi-add-title'}, t('saleskpi.dashboard.addGadget')),
        list,
        el('button', {type: 'button', className: 'saleskpi-button', onclick: close}, t('saleskpi.gadget.cancel'))
      ]);
      dialogBox.appendChild(dialog);
      var first = dialog.querySelector('button');
      if (first) {
        first.focus();
      }
    }

    /**
     * A new gadget shows its options form at the top of the first column and is stored only when the form is
     * saved: the form checks its choices through the API first, so a gadget without a required choice (a battery
     * without a goal) is never stored to fail on every load, and cancelling leaves nothing behind.
     */
    function addGadget(type) {
      var body = el('div', {className: 'saleskpi-item-body'});
      var draft = el('div', {className: 'saleskpi-dashboard-item', dataset: {draftType: type}}, body);
      var first = columnsBox.querySelector('.saleskpi-column[data-column="0"]');
      first.insertBefore(draft, first.firstChild);
      var empty = first.querySelector('.saleskpi-empty');
      if (empty) {
        empty.hidden = true;
      }
      return SalesKpi.gadgetBase.types(api).then(function (types) {
        return SalesKpi.gadgets[type].renderEdit(body, {v: String(types.byKey[type].version)}, context, function (prefs) {
          titled(type, prefs).then(function (named) {
            return api.post('/dashboards/' + id + '/gadgets', {type: type, column: 0, position: 0, preferences: named});
          }).then(function () {
            return load().then(function () { say(t('saleskpi.dashboard.added', t(SalesKpi.gadgets[type].titleKey))); });
          }, fail);
        }, function () {
          draft.remove();
          if (empty) {
            empty.hidden = false;
          }
          addButton.focus();
        });
      }).then(function (form) {
        var field = form && form.querySelector('input, select, textarea');
        if (field) {
          field.focus();
        }
      }, fail);
    }

    /**
     * The preferences with a title saying what the gadget shows when none was typed: its one figure, else its
     * type, with its period ("Won revenue this quarter", 今四半期の受注売上), not the type's name alone.
     */
    function titled(type, prefs) {
      if (prefs.title) {
        return Promise.resolve(prefs);
      }
      return defaultTitle(type, prefs, periodWords(prefs.period)).then(function (title) {
        var named = Object.assign({}, prefs);
        named.title = title;
        return named;
      });
    }

    /** The title a gadget gets when none is typed: what it shows, with its period in words when there are some. */
    function defaultTitle(type, prefs, when) {
      return SalesKpi.gadgetBase.kpis(api).then(function (catalogue) {
        var figures = String(prefs.kpi || '').split(',').filter(function (f) { return f.trim(); });
        var what = figures.length === 1 ? SalesKpi.gadgetBase.figureName(figures[0].trim(), catalogue)
          : t(SalesKpi.gadgets[type].titleKey);
        return when ? t('saleskpi.dashboard.defaultTitle', what, when) : what;
      });
    }

    /**
     * A period (a gadget's or the page's) as a title says it: "this quarter", "fiscal year to date", a custom range
     * as its dates; '' for one without words.
     */
    function periodWords(period) {
      if (!period) {
        return '';
      }
      var range = CUSTOM_RANGE.exec(period);
      if (range) {
        return SalesKpi.dateSpan(range[1], range[2]);
      }
      var key = PAGE_PERIOD_KEYS[period] || 'saleskpi.gadget.period.' + period;
      var words = t(key) !== key ? t(key) : '';
      return words ? words.charAt(0).toLocaleLowerCase(SalesKpi.locale()) + words.substring(1) : '';
    }

    /**
     * The preferences a gadget is drawn with: when the page's period overrides the gadget's and its title is the
     * default one for its own period ("Won revenue this quarter"), the title says the page's period instead; a title
     * the user typed stays as typed (ADR 0065).
     */
    function shownPreferences(gadget) {
      var prefs = gadget.preferences || {};
      if (!pageFilter.period || prefs.pinned === 'true' || !prefs.title || prefs.period === pageFilter.period) {
        return Promise.resolve(prefs);
      }
      return SalesKpi.gadgetBase.types(api).then(function (types) {
        var schema = types.byKey[gadget.type];
        if (!schema || !SalesKpi.gadgetBase.followed(prefs, schema, context).period) {
          return prefs;
        }
        var own = SalesKpi.gadgetBase.withDefaults(prefs, schema);
        return Promise.all([defaultTitle(gadget.type, own, periodWords(own.period)),
          defaultTitle(gadget.type, own, periodWords(pageFilter.period))]).then(function (titles) {
          if (prefs.title !== titles[0]) {
            return prefs;
          }
          var shown = Object.assign({}, prefs);
          shown.title = titles[1];
          return shown;
        });
      }).catch(function () { return prefs; });
    }

    function setWallboard(on, byUser) {
      wallboard = on;
      document.body.classList.toggle('saleskpi-wallboard', on);
      wallboardButton.setAttribute('aria-pressed', String(on));
      wallboardButton.textContent = t(on ? 'saleskpi.dashboard.leaveWallboard' : 'saleskpi.dashboard.wallboard');
      if (byUser && global.history && global.history.replaceState) {
        var url = global.location.pathname + (on ? '?wallboard=1' : '');
        global.history.replaceState(null, '', url);
      }
      if (byUser && on && document.documentElement.requestFullscreen) {
        document.documentElement.requestFullscreen().catch(function () { /* full screen is optional */ });
      } else if (byUser && !on && document.fullscreenElement && document.exitFullscreen) {
        document.exitFullscreen().catch(function () { /* already left */ });
      }
      if (dashboard) {
        schedule();
      }
    }

    /**
     * The per-user Jira connections whose issues this user sees none of, why (the server's words), and a form to link
     * their own token; linking reloads the gadgets (ADR 0036).
     */
    function showJiraAccess() {
      return api.get('/jira-access').then(function (links) {
        SalesKpi.clear(accessBox);
        links.filter(function (link) { return link.state !== 'LINKED'; }).forEach(function (link) {
          accessBox.appendChild(accessNotice(link));
        });
      }, function () { /* the notice helps; the dashboard does not depend on it */ });
    }

    function accessNotice(link) {
      var prefix = 'saleskpi-jira-token-' + link.connectionId;
      var cloud = link.kind === 'CLOUD';
      var email = el('input', {id: prefix + '-email', type: 'email', autocomplete: 'email', value: link.email || ''});
      var token = el('input', {id: prefix + '-token', type: 'password', autocomplete: 'off'});
      var error = el('p', {className: 'saleskpi-form-error', role: 'alert', hidden: true});
      var fields = cloud ? [el('label', {'for': prefix + '-email'}, t('saleskpi.access.email')), ' ', email, ' '] : [];
      fields.push(el('label', {'for': prefix + '-token'}, t('saleskpi.access.token')), ' ', token, ' ',
          el('button', {type: 'submit', className: 'saleskpi-button'}, t('saleskpi.access.link')));
      var form = el('form', {className: 'saleskpi-jira-access-form', dataset: {connection: String(link.connectionId)},
        onsubmit: function (event) {
          event.preventDefault();
          var body = cloud ? {email: email.value, token: token.value} : {token: token.value};
          api.put('/connections/' + encodeURIComponent(link.connectionId) + '/my-token', body).then(function (answer) {
            token.value = '';
            // Said after the gadgets are drawn again, which says what it finds.
            return showJiraAccess().then(load).then(function () {
              say(answer.state === 'LINKED' ? t('saleskpi.access.linkedDone') : answer.message);
            });
          }, function (err) {
            error.textContent = (err && err.errors ? err.errors : [{message: String(err)}])
                .map(function (e) { return e.message; }).join(' ');
            error.hidden = false;
          });
        }}, fields);
      return el('div', {className: 'saleskpi-page-message saleskpi-jira-access-notice', role: 'note'},
          [el('p', {}, link.message), form, error]);
    }

    /** The page's period and narrowing from the URL (?period=&jql=), so a shared link shows the same numbers. */
    function readPageFilter() {
      var params = new URLSearchParams(global.location.search);
      return {period: (params.get('period') || '').trim(), narrow: (params.get('jql') || '').trim()};
    }

    /**
     * The profiles of the gadgets shown, each once ('' for the first the user sees): the page's period and
     * narrowing are checked against each (leaderboard takes both), as the gadgets will send them.
     */
    function profilesShown() {
      var ids = [];
      (dashboard ? dashboard.gadgets : []).forEach(function (gadget) {
        var profileId = (gadget.preferences && gadget.preferences.profile) || '';
        if (ids.indexOf(profileId) < 0) {
          ids.push(profileId);
        }
      });
      return ids.length ? ids : [''];
    }

    /** The URL of this page with the page's period and narrowing (and the wallboard when on). */
    function writePageFilter() {
      var params = new URLSearchParams(global.location.search);
      ['period', 'jql'].forEach(function (key) { params.delete(key); });
      if (pageFilter.period) {
        params.set('period', pageFilter.period);
      }
      if (pageFilter.narrow) {
        params.set('jql', pageFilter.narrow);
      }
      var query = params.toString();
      if (global.history && global.history.replaceState) {
        global.history.replaceState(null, '', global.location.pathname + (query ? '?' + query : ''));
      }
    }

    /**
     * The page's period picker and JQL box. Applying checks both through the API (a 400 names period or
     * narrow, shown at its field), then puts them in the URL and reloads every gadget that follows the page.
     */
    function pageFilterForm() {
      var custom = CUSTOM_RANGE.exec(pageFilter.period);
      var chosen = custom ? 'custom' : pageFilter.period;
      var period = el('select', {id: 'saleskpi-page-period', name: 'period', onchange: function () { showRange(); }},
          PAGE_PERIODS.map(function (key) {
            return el('option', {value: key}, t(PAGE_PERIOD_KEYS[key] || 'saleskpi.gadget.period.' + key));
          }));
      if (PAGE_PERIODS.indexOf(chosen) < 0) {
        period.appendChild(el('option', {value: chosen}, chosen));
      }
      period.value = chosen;
      var from = el('input', {type: 'date', id: 'saleskpi-page-from', name: 'from', value: custom ? custom[1] : ''});
      var to = el('input', {type: 'date', id: 'saleskpi-page-to', name: 'to', value: custom ? lastDay(custom[2]) : ''});
      var range = el('span', {className: 'saleskpi-page-range'}, [
        el('label', {'for': 'saleskpi-page-from'}, t('saleskpi.dashboard.period.from')), ' ', from, ' ',
        el('label', {'for': 'saleskpi-page-to'}, t('saleskpi.dashboard.period.to')), ' ', to]);
      var jql = el('input', {type: 'text', id: 'saleskpi-page-jql', name: 'narrow', value: pageFilter.narrow,
        className: 'saleskpi-page-jql', placeholder: t('saleskpi.dashboard.narrow.placeholder')});
      var errors = el('div', {className: 'saleskpi-form-error', role: 'alert', hidden: true});
      var clear = el('button', {type: 'button', className: 'saleskpi-button', dataset: {action: 'clear-page-filter'},
        onclick: function () {
          period.value = '';
          jql.value = '';
          showRange();
          apply();
        }}, t('saleskpi.dashboard.narrow.clear'));
      function showRange() {
        range.hidden = period.value !== 'custom';
      }
      function wanted() {
        if (period.value !== 'custom') {
          return period.value;
        }
        return from.value && to.value ? from.value + '..' + dayAfter(to.value) : 'custom';
      }
      function apply() {
        var next = {period: wanted(), narrow: jql.value.trim()};
        errors.hidden = true;
        SalesKpi.clear(errors);
        [period, jql].forEach(function (input) { input.removeAttribute('aria-invalid'); });
        var check = next.period || next.narrow ? Promise.all(profilesShown().map(function (profileId) {
          return SalesKpi.gadgetBase.profile(api, profileId).then(function (profile) {
            return api.get('/gadgets/leaderboard/validate', {profile: String(profile.id), period: next.period || undefined,
              narrow: next.narrow || undefined});
          });
        })) : Promise.resolve();
        return check.then(function () {
          var narrowed = next.narrow !== pageFilter.narrow;
          pageFilter = next;
          writePageFilter();
          say(t(next.period || next.narrow ? 'saleskpi.dashboard.narrow.applied' : 'saleskpi.dashboard.narrow.cleared'));
          // A new narrowing can change which gadgets the viewer sees all, some or none of: the page asks again.
          return narrowed ? load() : Promise.all(handles.map(function (handle) { return handle.refresh(); }));
        }, function (err) {
          (err && err.errors ? err.errors : [{message: String(err)}]).forEach(function (e) {
            var input = e.field === 'narrow' ? jql : e.field === 'period' ? period : null;
            if (input) {
              input.setAttribute('aria-invalid', 'true');
            }
            errors.appendChild(el('p', {dataset: {field: e.field || ''}}, [
              input ? t(input === jql ? 'saleskpi.dashboard.narrow' : 'saleskpi.dashboard.period') + ': ' : '', e.message]));
          });
          errors.hidden = false;
        });
      }
      showRange();
      var form = el('form', {className: 'saleskpi-dashboard-period', role: 'search',
        'aria-label': t('saleskpi.dashboard.pageFilter'), onsubmit: function (event) {
          event.preventDefault();
          apply();
        }}, [
        el('label', {'for': 'saleskpi-page-period'}, t('saleskpi.dashboard.period')), ' ', period, ' ', range, ' ',
        el('label', {'for': 'saleskpi-page-jql'}, t('saleskpi.dashboard.narrow')), ' ', jql, ' ',
        el('button', {type: 'submit', className: 'saleskpi-button', dataset: {action: 'apply-page-filter'}},
            t('saleskpi.dashboard.narrow.apply')), ' ', clear, errors]);
      return form;
    }

    setWallboard(wallboard, false);
    showJiraAccess();
    load();
  }

  /** A date written YYYY-MM-DD, one day later or earlier (a custom range's end is excluded in the API, shown included). */
  function shiftDay(date, days) {
    return new Date(Date.parse(date + 'T00:00:00Z') + days * 86400000).toISOString().substring(0, 10);
  }

  function dayAfter(date) {
    return shiftDay(date, 1);
  }

  function lastDay(excludedEnd) {
    return shiftDay(excludedEnd, -1);
  }

  /**
   * One menu button per gadget (WAI-ARIA menu button pattern): Enter, Space or the arrows open it, the arrows,
   * Home and End go through its items, Escape or Tab closes it. entries: [{key, label, run}].
   */
  function actionsMenu(label, entries) {
    var button = el('button', {type: 'button', className: 'saleskpi-gadget-tool saleskpi-menu-button',
      'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-label': label, dataset: {action: 'menu'}},
    [t('saleskpi.dashboard.actions'), el('span', {'aria-hidden': 'true'}, ' \u25BE')]);
    var items = entries.map(function (entry) {
      return el('button', {type: 'button', role: 'menuitem', tabindex: '-1', className: 'saleskpi-menu-item',
        dataset: {action: entry.key}, onclick: function () {
          close(false);
          entry.run();
        }}, entry.label);
    });
    var list = el('div', {role: 'menu', className: 'saleskpi-menu', 'aria-label': label, hidden: true,
      onkeydown: function (event) {
        var at = items.indexOf(document.activeElement);
        var to = {ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1}[event.key];
        if (to !== undefined) {
          event.preventDefault();
          items[(to + items.length) % items.length].focus();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          close(true);
        } else if (event.key === 'Tab') {
          close(false);
        }
      }}, items);
    var box = el('div', {className: 'saleskpi-menu-box'}, [button, list]);
    var popup = SalesKpi.popup(box, button, list, function (focusLast) {
      items[focusLast ? items.length - 1 : 0].focus();
    });
    var open = popup.open;
    var close = popup.close;
    button.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        open(event.key === 'ArrowUp');
      }
    });
    return box;
  }

  SalesKpi.ready(start);
})(window);
