/*
 * The little of a Jira dashboard page the dashboard items need, for DashboardItemsIT, beside the AMD loader
 * (fake-almond.js, served as Jira's jira.webresources:almond): AJS.contextPath(), and a stand-in for the
 * dashboard-item API that records what an item does with it (it requires the item's module from that loader).
 */
(function (global) {
  'use strict';
  global.AJS = {contextPath: function () { return '/jira'; }};

  /** What the test reads: per slot the item's API calls and how its last render or renderEdit ended. */
  var slots = {};

  function slot(name, module) {
    if (!slots[name]) {
      var node = document.createElement('div');
      node.id = name;
      node.className = 'dashboard-item-content';
      document.getElementById('dashboard').appendChild(node);
      var record = {saved: [], resized: 0, closed: 0, done: false, error: null};
      var API = {
        savePreferences: function (preferences) { record.saved.push(JSON.parse(JSON.stringify(preferences))); },
        resize: function () { record.resized += 1; },
        closeEdit: function () { record.closed += 1; }
      };
      var Item = global.require(module);
      slots[name] = {node: node, record: record, item: new Item(API, {id: name})};
    }
    return slots[name];
  }

  /** Jira hands items a jQuery object; a stand-in with what the adapter may read of one. */
  function jqueryOf(node) {
    return {jquery: 'stand-in', length: 1, 0: node, get: function (index) { return index === 0 ? node : undefined; }};
  }

  function run(name, module, method, preferences) {
    var s = slot(name, module);
    s.record.done = false;
    s.record.error = null;
    Promise.resolve().then(function () {
      return s.item[method](jqueryOf(s.node), preferences);
    }).then(function () {
      s.record.done = true;
    }, function (e) {
      s.record.error = String(e && e.stack || e);
      s.record.done = true;
    });
  }

  global.fakeJira = {
    render: function (name, module, preferences) { run(name, module, 'render', preferences); },
    renderEdit: function (name, module, preferences) { run(name, module, 'renderEdit', preferences); },
    record: function (name) { return slots[name] ? slots[name].record : null; }
  };
})(window);
