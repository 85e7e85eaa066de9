/*
 * Jira dashboard items: one AMD module saleskpi/dashboard/<type> per gadget type, each a thin adapter from
 * Jira's dashboard-item API (API, options; render and renderEdit on a jQuery element) to the shared
 * renderers in SalesKpi.gadgets[type], which take a container element, preferences and a context holding
 * the REST client. The types are those the renderers loaded before this file registered (the same web
 * resource lists every type's scripts first), which the build writes from the gadget registry, as it writes the
 * dashboard-item modules of atlassian-plugin.xml: no list of types is kept here.
 * No page of ours embeds the texts on a Jira dashboard, so the first item to render fetches them
 * (GET /texts, in the page's language) for every item, and nothing draws before they arrived.
 * Each item saves its gadget type with its settings (saleskpiGadget), which is how a subscription's mail finds the
 * app's items among a Jira dashboard's gadgets (ADR 0073); under each item a link subscribes to the dashboard by
 * e-mail. A drill-down that says what it shows opens the app's own issue list inside Jira, which shows those words
 * (ADR 0067), with the way back to the item; Jira's issue navigator has no place for them.
 */
(function (global) {
  'use strict';
  /** Every type a renderer (SalesKpi.gadgets) or another of its scripts (SalesKpi.gadgetParts) registered. */
  function registeredTypes() {
    var types = {};
    [global.SalesKpi.gadgets, global.SalesKpi.gadgetParts].forEach(function (registry) {
      Object.keys(registry || {}).forEach(function (type) { types[type] = true; });
    });
    return Object.keys(types);
  }

  function contextPath() {
    return global.AJS && typeof global.AJS.contextPath === 'function' ? global.AJS.contextPath() : '';
  }

  var BUNDLES = 'common,gadgets,mail';
  /** The preference that names an item's gadget type (JiraDashboards.GADGET_TYPE on the server). */
  var GADGET_TYPE = 'saleskpiGadget';
  /** The app's issue list inside Jira (JiraPagesServlet), which says what a drill-down shows. */
  var ISSUE_LIST = '/plugins/servlet/saleskpi/issues';
  var textsLoaded = null;

  /**
   * Resolves once SalesKpi.t knows the texts; one request per page, shared by all items. Asks in the
   * page's language (Jira writes the user's into <html lang>); a failed request is logged and retried
   * by the next render, and the items draw meanwhile with the keys.
   */
  function texts(base) {
    if (!textsLoaded) {
      var headers = {'Accept': 'application/json'};
      if (global.document.documentElement.lang) {
        headers['Accept-Language'] = global.document.documentElement.lang;
      }
      textsLoaded = global.fetch(base + '/rest/saleskpi/1.0/texts?bundles=' + BUNDLES,
          {headers: headers, credentials: 'same-origin'}).then(function (response) {
        if (!response.ok) {
          throw new Error('GET /texts answered ' + response.status);
        }
        return response.json();
      }).then(function (answer) {
        global.SalesKpi.addTexts(answer.texts);
      }).catch(function (e) {
        textsLoaded = null;
        if (global.console) {
          global.console.warn('Sales KPI: texts not loaded', e);
        }
      });
    }
    return textsLoaded;
  }

  function element($element) {
    return $element && $element.jquery ? $element.get(0) : $element;
  }

  /**
   * The id of the Jira dashboard the page shows: the selectPageId of its address (Jira's dashboard links carry it),
   * else the page's own "Copy dashboard" link (clonePageId), which Jira's dashboard tools menu holds whichever
   * dashboard opened without one (UNVERIFIED for 10/11: no public source of the menu's markup); null when neither.
   */
  function dashboardId() {
    var fromAddress = new URLSearchParams(global.location.search).get('selectPageId');
    if (/^[1-9][0-9]{0,17}$/.test(fromAddress || '')) {
      return Number(fromAddress);
    }
    var copy = global.document.querySelector('a[href*="clonePageId="]');
    var match = copy && /[?&]clonePageId=([1-9][0-9]{0,17})(&|$)/.exec(copy.getAttribute('href'));
    return match ? Number(match[1]) : null;
  }

  /** Only one subscription dialog at a time on the page: its fields have fixed ids. */
  var openDialog = null;

  /**
   * Under the item: "Subscribe to this dashboard by e-mail", opening the shared dialog below it; resize tells Jira
   * the item grew or shrank.
   */
  function subscribeFooter(container, context, resize) {
    var id = dashboardId();
    if (id === null || !global.SalesKpi.subscribeDialog) {
      return;
    }
    var el = global.SalesKpi.el;
    var t = global.SalesKpi.t;
    var status = el('span', {className: 'saleskpi-item-subscribed', role: 'status'});
    var box = el('div', {className: 'saleskpi-item-dialog'});
    var link = el('a', {href: '#', className: 'saleskpi-item-subscribe', dataset: {action: 'subscribe-dashboard'},
      onclick: function (event) {
        event.preventDefault();
        if (openDialog && openDialog !== box) {
          global.SalesKpi.clear(openDialog);
        }
        openDialog = box;
        global.SalesKpi.clear(status);
        global.SalesKpi.subscribeDialog({api: context.api, subject: {dashboardId: id},
          title: t('saleskpi.subscription.jiraDashboardTitle'), box: box, returnFocus: link,
          created: function (created) {
            status.appendChild(global.document.createTextNode(t('saleskpi.subscription.created', created.address)));
            resize();
          }});
        resize();
      }}, t('saleskpi.subscription.jiraDashboard'));
    container.appendChild(el('div', {className: 'saleskpi-item-footer'}, [link, ' ', status, box]));
  }

  function itemFor(type) {
    return function (API, options) {
      var base = contextPath();
      var context = {
        api: global.SalesKpi.api(base + '/rest/saleskpi/1.0'),
        gadgetId: options && options.id !== undefined ? options.id : type,
        // What the list shows (about.text), its amounts' currency and the way back to the dashboard, as on the server.
        issuesUrl: function (jql, about) {
          if (!about) {
            return base + '/issues/?jql=' + encodeURIComponent(jql);
          }
          var back = global.location.pathname + global.location.search;
          return base + ISSUE_LIST + '?jql=' + encodeURIComponent(jql) + '&about=' + encodeURIComponent(about.text || '')
              + '&currency=' + encodeURIComponent(about.currency || '') + '&amount=' + encodeURIComponent(about.amount || '')
              + '&back=' + encodeURIComponent(back);
        }
      };
      var handle = null;
      var gadget = function () { return global.SalesKpi.gadgets[type]; };
      var resize = function () {
        if (typeof API.resize === 'function') {
          API.resize();
        }
      };

      this.render = function ($element, preferences) {
        if (handle) {
          handle.destroy();
          handle = null;
        }
        var container = global.SalesKpi.clear(element($element));
        return texts(base).then(function () {
          return gadget().render(container, preferences || {}, context);
        }).then(function (rendered) {
          handle = rendered;
          subscribeFooter(container, context, resize);
          resize();
          return rendered;
        });
      };

      this.renderEdit = function ($element, preferences) {
        var container = global.SalesKpi.clear(element($element));
        return texts(base).then(function () {
          return gadget().renderEdit(container, preferences || {}, context, function (saved) {
            var withType = {};
            Object.keys(saved || {}).forEach(function (key) { withType[key] = saved[key]; });
            withType[GADGET_TYPE] = type;
            API.savePreferences(withType);
          }, function () {
            if (typeof API.closeEdit === 'function') {
              API.closeEdit();
            }
          });
        });
      };
    };
  }

  registeredTypes().forEach(function (type) {
    global.define('saleskpi/dashboard/' + type, [], function () { return itemFor(type); });
  });
})(window);
