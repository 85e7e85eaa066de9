/*
 * Stands in for Jira's AMD loader web resource (jira.webresources:almond) for DashboardItemsIT: named modules
 * only, like Jira's; an anonymous define fails loudly, as it would break Jira's. FakeJiraDashboard serves it where
 * a web resource of the jar declares that dependency, and nowhere else, so an item script that calls define with
 * no such dependency finds no define, as on a Jira dashboard that has not loaded the loader yet.
 */
(function (global) {
  'use strict';
  var factories = {};
  var modules = {};

  function define(name, deps, factory) {
    if (typeof name !== 'string') {
      throw new Error('anonymous define: every module on a Jira page must be named');
    }
    if (typeof deps === 'function') {
      factory = deps;
      deps = [];
    }
    factories[name] = {deps: deps || [], factory: factory};
  }
  define.amd = {};

  function resolve(name) {
    if (!Object.prototype.hasOwnProperty.call(modules, name)) {
      var entry = factories[name];
      if (!entry) {
        throw new Error('no AMD module ' + name);
      }
      modules[name] = typeof entry.factory === 'function' ? entry.factory.apply(null, entry.deps.map(resolve)) : entry.factory;
    }
    return modules[name];
  }

  global.define = define;
  global.require = function (names, callback) {
    if (typeof names === 'string') {
      return resolve(names);
    }
    var resolved = names.map(resolve);
    if (callback) {
      callback.apply(null, resolved);
    }
    return resolved;
  };
})(window);
