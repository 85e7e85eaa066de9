/*
 * The dashboards page (/dashboards, and / when the server sends the user nowhere else): the user's
 * dashboards to open, rename or delete (after a confirmation) and a form to create one; a user
 * without any gets one action only, creating "My dashboard" and opening it to add gadgets. Below,
 * those shared with them and their favourites; a star on every row adds or removes a favourite.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi;
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };
  var LAYOUTS = ['one-column', 'two-columns', 'three-columns'];

  function start() {
    var config = SalesKpi.start();
    var root = document.getElementById('saleskpi-dashboards');
    if (!root) {
      return;
    }
    var api = SalesKpi.api(config.restBase);
    var base = config.baseUrl || '';
    var listBox = el('div', {className: 'saleskpi-dashboard-list', dataset: {list: 'mine'}});
    var sharedBox = el('div', {className: 'saleskpi-dashboard-list', dataset: {list: 'shared'}});
    var favouritesBox = el('div', {className: 'saleskpi-dashboard-list', dataset: {list: 'favourites'}});
    var errorBox = el('div', {className: 'saleskpi-form-error', role: 'alert', hidden: true});
    var status = el('div', {role: 'status', 'aria-live': 'polite'});
    var nameInput = el('input', {type: 'text', id: 'saleskpi-new-name', name: 'name', required: true, maxlength: 255});
    var layoutSelect = el('select', {id: 'saleskpi-new-layout', name: 'layout'}, LAYOUTS.map(function (l) {
      return el('option', {value: l, selected: l === 'two-columns'}, t('saleskpi.dashboard.layout.' + l));
    }));
    var nameError = el('div', {className: 'saleskpi-field-error', id: 'saleskpi-new-name-error', hidden: true});
    nameInput.setAttribute('aria-describedby', 'saleskpi-new-name-error');
    var createForm = el('form', {className: 'saleskpi-form saleskpi-create-dashboard', onsubmit: function (event) {
      event.preventDefault();
      nameError.hidden = true;
      create(nameInput.value.trim(), layoutSelect.value).catch(function (err) {
        var errors = err && err.errors ? err.errors : [{message: String(err)}];
        nameError.textContent = errors.map(function (e) { return e.message; }).join(' ');
        nameError.hidden = false;
        nameInput.setAttribute('aria-invalid', 'true');
        nameInput.focus();
      });
    }}, [
      el('h2', {}, t('saleskpi.dashboard.create')),
      el('div', {className: 'saleskpi-field'}, [el('label', {'for': 'saleskpi-new-name'}, t('saleskpi.dashboard.name')), nameInput, nameError]),
      el('div', {className: 'saleskpi-field'}, [el('label', {'for': 'saleskpi-new-layout'}, t('saleskpi.dashboard.layout')), layoutSelect]),
      el('button', {type: 'submit', className: 'saleskpi-button saleskpi-button-primary'}, t('saleskpi.dashboard.createButton'))
    ]);
    SalesKpi.clear(root);
    var subscriptionsLink = el('p', {}, el('a', {href: (config.baseUrl || '') + '/subscriptions', dataset: {link: 'subscriptions'}},
        t('saleskpi.subscription.mine')));
    [el('h1', {}, t('saleskpi.dashboard.title')), status, errorBox, el('h2', {}, t('saleskpi.dashboard.list.mine')), listBox,
      createForm, el('h2', {}, t('saleskpi.dashboard.list.shared')), sharedBox,
      el('h2', {}, t('saleskpi.dashboard.list.favourites')), favouritesBox, subscriptionsLink].forEach(function (n) { root.appendChild(n); });

    function url(id) {
      return base + '/dashboards/' + encodeURIComponent(id);
    }

    function fail(err) {
      SalesKpi.clear(errorBox);
      (err && err.errors ? err.errors : [{message: String(err)}]).forEach(function (e) { errorBox.appendChild(el('p', {}, e.message)); });
      errorBox.hidden = false;
    }

    function create(name, layout) {
      return api.post('/dashboards', {name: name, layout: layout}).then(function (dashboard) {
        global.location.assign(url(dashboard.id));
      });
    }

    /** The star of a row: pressed for a favourite; pressing it adds or removes one, then every list is drawn again. */
    function star(dashboard) {
      var label = t(dashboard.favourite ? 'saleskpi.dashboard.unstar' : 'saleskpi.dashboard.star', dashboard.name);
      return el('button', {type: 'button', className: 'saleskpi-button saleskpi-star', dataset: {action: 'favourite'},
        'aria-pressed': String(!!dashboard.favourite), 'aria-label': label, title: label, onclick: function () {
          var path = '/dashboards/' + encodeURIComponent(dashboard.id) + '/favourite';
          (dashboard.favourite ? api.del(path) : api.put(path, {})).then(function () {
            status.textContent = t(dashboard.favourite ? 'saleskpi.dashboard.unstarred' : 'saleskpi.dashboard.starred', dashboard.name);
            return load();
          }, fail);
        }}, dashboard.favourite ? '\u2605' : '\u2606');
    }

    function nameHeader(dashboard) {
      return el('th', {scope: 'row'}, [star(dashboard), ' ',
        el('a', {href: url(dashboard.id), dataset: {dashboardId: String(dashboard.id)}}, dashboard.name)]);
    }

    /** A dashboard of someone else's: its owner and what the user may do there. */
    function othersRow(dashboard) {
      return el('tr', {}, [nameHeader(dashboard), el('td', {}, dashboard.owner ? dashboard.owner.displayName : ''),
        el('td', {}, t('saleskpi.dashboard.access.' + dashboard.access))]);
    }

    function othersTable(box, dashboards, caption, emptyKey) {
      SalesKpi.clear(box);
      if (!dashboards.length) {
        box.appendChild(el('p', {className: 'saleskpi-empty'}, t(emptyKey)));
        return;
      }
      box.appendChild(el('table', {className: 'saleskpi-table', dataset: {rows: String(dashboards.length)}}, [
        el('caption', {className: 'saleskpi-visually-hidden'}, caption),
        el('thead', {}, el('tr', {}, [el('th', {scope: 'col'}, t('saleskpi.dashboard.name')),
          el('th', {scope: 'col'}, t('saleskpi.dashboard.owner')), el('th', {scope: 'col'}, t('saleskpi.dashboard.access'))])),
        el('tbody', {}, dashboards.map(othersRow))]));
    }

    function row(dashboard) {
      var cell = el('td', {});
      var nameCell = nameHeader(dashboard);
      function showActions() {
        SalesKpi.clear(cell);
        cell.appendChild(el('button', {type: 'button', className: 'saleskpi-button', dataset: {action: 'rename'},
          'aria-label': t('saleskpi.dashboard.renameNamed', dashboard.name), onclick: rename}, t('saleskpi.dashboard.rename')));
        cell.appendChild(document.createTextNode(' '));
        cell.appendChild(el('button', {type: 'button', className: 'saleskpi-button', dataset: {action: 'delete'},
          'aria-label': t('saleskpi.dashboard.deleteNamed', dashboard.name), onclick: confirmDelete}, t('saleskpi.dashboard.delete')));
      }
      function rename() {
        SalesKpi.clear(cell);
        var inputId = 'saleskpi-rename-' + dashboard.id;
        var input = el('input', {type: 'text', id: inputId, value: dashboard.name, required: true});
        var error = el('div', {className: 'saleskpi-field-error', role: 'alert'});
        cell.appendChild(el('form', {className: 'saleskpi-inline-form', onsubmit: function (event) {
          event.preventDefault();
          api.put('/dashboards/' + dashboard.id, {version: dashboard.version, name: input.value.trim()}).then(load, function (err) {
            error.textContent = (err.errors || []).map(function (e) { return e.message; }).join(' ');
            input.focus();
          });
        }}, [el('label', {'for': inputId, className: 'saleskpi-visually-hidden'}, t('saleskpi.dashboard.name')), input, ' ',
          el('button', {type: 'submit', className: 'saleskpi-button saleskpi-button-primary'}, t('saleskpi.gadget.save')), ' ',
          el('button', {type: 'button', className: 'saleskpi-button', onclick: showActions}, t('saleskpi.gadget.cancel')), error]));
        input.focus();
        input.select();
      }
      function confirmDelete() {
        SalesKpi.clear(cell);
        var no = el('button', {type: 'button', className: 'saleskpi-button', onclick: showActions}, t('saleskpi.gadget.cancel'));
        cell.appendChild(el('span', {role: 'alert'}, t('saleskpi.dashboard.deleteConfirm', dashboard.name)));
        cell.appendChild(document.createTextNode(' '));
        cell.appendChild(el('button', {type: 'button', className: 'saleskpi-button saleskpi-button-danger', dataset: {action: 'confirm-delete'},
          onclick: function () {
            api.del('/dashboards/' + dashboard.id).then(function () {
              status.textContent = t('saleskpi.dashboard.deleted', dashboard.name);
              return load();
            }, fail);
          }}, t('saleskpi.dashboard.delete')));
        cell.appendChild(document.createTextNode(' '));
        cell.appendChild(no);
        no.focus();
      }
      showActions();
      return el('tr', {}, [nameCell, el('td', {}, t('saleskpi.dashboard.layout.' + dashboard.layout)), cell]);
    }

    function load() {
      return Promise.all([api.get('/dashboards', {maxResults: 100, filter: 'mine'}),
        api.get('/dashboards', {maxResults: 100, filter: 'shared'}), api.get('/dashboards', {maxResults: 100, filter: 'favourites'})])
          .then(function (lists) {
        var shared = lists[1].dashboards || [];
        othersTable(sharedBox, shared, t('saleskpi.dashboard.list.shared'), 'saleskpi.dashboard.list.sharedNone');
        // Subscriptions are to a dashboard of one's own or shared: with neither, the create button stays the one action.
        subscriptionsLink.hidden = !shared.length && !(lists[0].dashboards || []).length;
        othersTable(favouritesBox, lists[2].dashboards || [], t('saleskpi.dashboard.list.favourites'),
            'saleskpi.dashboard.list.favouritesNone');
        return lists[0];
      }).then(function (page) {
        errorBox.hidden = true;
        SalesKpi.clear(listBox);
        var dashboards = page.dashboards || [];
        // Without dashboards, one way forward only; the form (name, layout) is for the next ones.
        createForm.hidden = !dashboards.length;
        if (!dashboards.length) {
          listBox.appendChild(el('div', {className: 'saleskpi-empty-state'}, [
            el('p', {}, t('saleskpi.dashboard.none')),
            el('button', {type: 'button', className: 'saleskpi-button saleskpi-button-primary', dataset: {action: 'create-first'},
              onclick: function (event) {
                event.target.disabled = true;
                create(t('saleskpi.dashboard.myDashboard'), 'two-columns').catch(function (err) {
                  event.target.disabled = false;
                  fail(err);
                });
              }}, t('saleskpi.dashboard.createFirst'))
          ]));
          return;
        }
        listBox.appendChild(el('table', {className: 'saleskpi-table', dataset: {rows: String(dashboards.length)}}, [
          el('caption', {className: 'saleskpi-visually-hidden'}, t('saleskpi.dashboard.title')),
          el('thead', {}, el('tr', {}, [el('th', {scope: 'col'}, t('saleskpi.dashboard.name')),
            el('th', {scope: 'col'}, t('saleskpi.dashboard.layout')), el('th', {scope: 'col'}, t('saleskpi.dashboard.actions'))])),
          el('tbody', {}, dashboards.map(row))
        ]));
      }, fail);
    }

    load();
  }

  SalesKpi.ready(start);
})(window);
