/*
 * Jira dashboard items: one AMD module saleskpi/dashboard/<type> per gadget type, each a thin adapter from
 * Jira's dashboard-item API (API, options; render and renderEdit on a jQuery element) to the shared
 * renderers in SalesKpi.gadgets[type], which take a container element, preferences and a context holding
 * the REST client. The types are those the renderers loaded before this file registered (the same web
 * resource lists every type's scripts first), which the build writes from the gadget registry, as it writes the
 * dashboard-item modules of atlassian-plugin.xml: no list of types is kept here.
 * No page of ours embeds the texts on a Jira dashboard, so the first item to render fetches them
 * (GET /texts, in the page's language) for every item, and nothing draws before they arrived.
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

  var BUNDLES = 'common,gadgets';
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

  function itemFor(type) {
    return function (API, options) {
      var base = contextPath();
      var context = {
        api: global.SalesKpi.api(base + '/rest/saleskpi/1.0'),
        gadgetId: options && options.id !== undefined ? options.id : type,
        issuesUrl: function (jql) { return base + '/issues/?jql=' + encodeURIComponent(jql); }
      };
      var handle = null;
      var gadget = function () { return global.SalesKpi.gadgets[type]; };

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
          if (typeof API.resize === 'function') {
            API.resize();
          }
          return rendered;
        });
      };

      this.renderEdit = function ($element, preferences) {
        var container = global.SalesKpi.clear(element($element));
        return texts(base).then(function () {
          return gadget().renderEdit(container, preferences || {}, context, function (saved) {
            API.savePreferences(saved);
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
