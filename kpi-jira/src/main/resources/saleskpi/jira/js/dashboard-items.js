/*
 * Jira dashboard items: one AMD module saleskpi/dashboard/<type> per gadget type, each a thin adapter from
 * Jira's dashboard-item API (API, options; render and renderEdit on a jQuery element) to the shared
 * renderers in SalesKpi.gadgets[type], which take a container element, preferences and a context holding
 * the REST client. The type list matches the dashboard-item modules of atlassian-plugin.xml.
 */
(function (global) {
  'use strict';
  var TYPES = ['bar', 'battery', 'calculation', 'completed', 'goals', 'leaderboard', 'line', 'pie', 'table',
    'whos-behind', 'worked-on'];

  function contextPath() {
    return global.AJS && typeof global.AJS.contextPath === 'function' ? global.AJS.contextPath() : '';
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
        return gadget().render(container, preferences || {}, context).then(function (rendered) {
          handle = rendered;
          if (typeof API.resize === 'function') {
            API.resize();
          }
          return rendered;
        });
      };

      this.renderEdit = function ($element, preferences) {
        var container = global.SalesKpi.clear(element($element));
        return gadget().renderEdit(container, preferences || {}, context, function (saved) {
          API.savePreferences(saved);
        }, function () {
          if (typeof API.closeEdit === 'function') {
            API.closeEdit();
          }
        });
      };
    };
  }

  TYPES.forEach(function (type) {
    global.define('saleskpi/dashboard/' + type, [], function () { return itemFor(type); });
  });
})(window);
