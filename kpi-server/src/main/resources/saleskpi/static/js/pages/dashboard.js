/*
 * The dashboard page (/dashboards/{id}): gadgets in one, two or three columns, added from a
 * dialog of every type, configured in place, moved by keyboard-accessible buttons, removed after
 * a confirmation; and a wallboard mode (?wallboard=1) without chrome that refreshes every gadget.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi;
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };
  var LAYOUTS = ['one-column', 'two-columns', 'three-columns'];
  var DEFAULT_WALLBOARD_MINUTES = 5;

  function start() {
    var config = SalesKpi.start();
    var root = document.getElementById('saleskpi-dashboard');
    if (!root) {
      return;
    }
    var id = root.getAttribute('data-dashboard-id') || config.dashboardId;
    var api = SalesKpi.api(config.restBase);
    var base = config.baseUrl || '';
    var context = {
      api: api,
      issuesUrl: function (jql) { return (config.issuesUrl || base + '/issues?jql=') + encodeURIComponent(jql); },
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
    var controls = el('div', {className: 'saleskpi-dashboard-controls'}, [
      el('label', {'for': 'saleskpi-layout'}, t('saleskpi.dashboard.layout')), ' ', layoutSelect, ' ', addButton, ' ', wallboardButton,
      ' ', el('a', {href: base + '/'}, t('saleskpi.dashboard.all'))
    ]);
    var columnsBox = el('div', {className: 'saleskpi-columns'});
    var dialogBox = el('div');
    var accessBox = el('div', {className: 'saleskpi-jira-access'});
    SalesKpi.clear(root);
    [el('div', {className: 'saleskpi-dashboard-head'}, [heading, controls]), status, errorBox, accessBox, dialogBox,
      columnsBox]
        .forEach(function (node) { root.appendChild(node); });

    function fail(err) {
      SalesKpi.clear(errorBox);
      (err && err.errors ? err.errors : [{message: String(err)}]).forEach(function (e) {
        errorBox.appendChild(el('p', {}, e.message));
      });
      errorBox.hidden = false;
    }

    function say(text) {
      status.textContent = text;
    }

    function load() {
      return api.get('/dashboards/' + encodeURIComponent(id)).then(function (json) {
        dashboard = json;
        errorBox.hidden = true;
        heading.textContent = json.name;
        document.title = json.name;
        layoutSelect.value = json.layout;
        draw();
      }, fail);
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
      var name = type ? t(type.titleKey) : gadget.type;
      var move = function (label, dc, dp, enabled, key) {
        return el('button', {type: 'button', className: 'saleskpi-gadget-tool', disabled: !enabled, dataset: {action: 'move-' + key},
          'aria-label': t('saleskpi.dashboard.moveNamed', label, gadget.preferences.title || name),
          onclick: function () { moveGadget(gadget, gadget.column + dc, dp === null ? null : index + dp, key); }}, label);
      };
      var confirmBox = el('div', {className: 'saleskpi-confirm', hidden: true, role: 'alertdialog',
        'aria-label': t('saleskpi.dashboard.removeConfirm')});
      var itemControls = el('div', {className: 'saleskpi-item-controls', role: 'group',
        'aria-label': t('saleskpi.dashboard.gadgetControls', gadget.preferences.title || name)}, [
        el('button', {type: 'button', className: 'saleskpi-gadget-tool', dataset: {action: 'configure'},
          onclick: function () { configure(gadget, body); }}, t('saleskpi.dashboard.configure')),
        move(t('saleskpi.dashboard.up'), 0, -1, index > 0, 'up'),
        move(t('saleskpi.dashboard.down'), 0, 1, index < count - 1, 'down'),
        move(t('saleskpi.dashboard.left'), -1, null, gadget.column > 0, 'left'),
        move(t('saleskpi.dashboard.right'), 1, null, gadget.column < dashboard.columns - 1, 'right'),
        el('button', {type: 'button', className: 'saleskpi-gadget-tool', dataset: {action: 'remove'},
          onclick: function () { askRemove(gadget, confirmBox); }}, t('saleskpi.dashboard.remove'))
      ]);
      columnBox.appendChild(el('div', {className: 'saleskpi-dashboard-item', dataset: {itemId: String(gadget.id)}},
          [itemControls, confirmBox, body]));
      return show(gadget, body);
    }

    function show(gadget, body) {
      var type = SalesKpi.gadgets[gadget.type];
      if (!type) {
        body.appendChild(el('p', {className: 'saleskpi-form-error'}, t('saleskpi.dashboard.unknownType', gadget.type)));
        return Promise.resolve();
      }
      var gadgetContext = Object.assign({gadgetId: gadget.id}, context);
      return type.render(body, gadget.preferences || {}, gadgetContext).then(function (handle) {
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

    function moveGadget(gadget, toColumn, toPosition, key) {
      var position = toPosition === null ? column(toColumn).length : Math.max(0, toPosition);
      api.put('/dashboards/' + id + '/gadgets/' + gadget.id, {column: toColumn, position: position}).then(function () {
        return load();
      }).then(function () {
        say(t('saleskpi.dashboard.moved'));
        var moved = columnsBox.querySelector('[data-item-id="' + gadget.id + '"] [data-action="move-' + key + '"]:not([disabled])')
            || columnsBox.querySelector('[data-item-id="' + gadget.id + '"] [data-action="configure"]');
        if (moved) {
          moved.focus();
        }
      }, fail);
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
                onclick: function () { addGadget(type).then(close); }}, t('saleskpi.dashboard.add'))
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

    function addGadget(type) {
      return SalesKpi.gadgetBase.types(api).then(function (types) {
        return api.post('/dashboards/' + id + '/gadgets', {type: type, column: 0, position: 0,
          preferences: {v: String(types.byKey[type].version)}});
      }).then(function (gadget) {
        say(t('saleskpi.dashboard.added', t(SalesKpi.gadgets[type].titleKey)));
        return load().then(function () {
          var body = columnsBox.querySelector('[data-item-id="' + gadget.id + '"] .saleskpi-item-body');
          var stored = dashboard.gadgets.filter(function (g) { return g.id === gadget.id; })[0];
          if (body && stored) {
            configure(stored, body);
          }
        });
      }, fail);
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

    setWallboard(wallboard, false);
    showJiraAccess();
    load();
  }

  SalesKpi.ready(start);
})(window);
