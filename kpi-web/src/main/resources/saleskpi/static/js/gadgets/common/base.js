/*
 * The gadget registry and what every type shares: the types' schemas (GET /gadgets/types), preference
 * migration, the query the API reads from the preferences, the profile cache and the render cycle
 * (load, draw, refresh, errors). Each type's renderer.js registers SalesKpi.gadgets[type] through
 * SalesKpi.gadgetBase.define; its options, defaults and migrations come from its schema.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  SalesKpi.gadgets = SalesKpi.gadgets || {};
  /**
   * Preferences that belong to the dashboard, not to the type; every type keeps them. height (pixels) and
   * pinned ('true': keeps its own period and JQL whatever the page's) came later; absent, a gadget is as tall as
   * its content and follows the page, as before, so saved preferences need no migration step.
   */
  var COMMON_KEYS = ['v', 'title', 'profile', 'refresh', 'height', 'pinned'];
  /** Of those, the ones never sent to the API (a type adds its options marked local). */
  var DASHBOARD_KEYS = {v: true, title: true, refresh: true, height: true, pinned: true};

  var typeCache = {};
  /** The registry's types ({list in the registry's order, byKey}), once per REST base. */
  function types(api) {
    if (!typeCache[api.base]) {
      typeCache[api.base] = api.get('/gadgets/types').then(function (answer) {
        var byKey = {};
        answer.types.forEach(function (type) { byKey[type.key] = type; });
        return {list: answer.types, byKey: byKey};
      }).catch(function (e) { delete typeCache[api.base]; throw e; });
    }
    return typeCache[api.base];
  }

  /** The saved shape's version: a missing or unreadable v is 1, the first shape that shipped. */
  function savedVersion(value) {
    var number = parseInt(value, 10);
    return isNaN(number) || number < 1 ? 1 : number;
  }

  /** One declared step ({to, rename: {old: new}, defaults: {key: value}, drop: [key]}) on text preferences. */
  function applyStep(prefs, step) {
    Object.keys(step.rename || {}).forEach(function (old) {
      if (prefs[old] !== undefined) {
        if (prefs[step.rename[old]] === undefined) {
          prefs[step.rename[old]] = prefs[old];
        }
        delete prefs[old];
      }
    });
    Object.keys(step.defaults || {}).forEach(function (key) {
      if (prefs[key] === undefined || prefs[key] === '') {
        prefs[key] = String(step.defaults[key]);
      }
    });
    (step.drop || []).forEach(function (key) { delete prefs[key]; });
  }

  /**
   * Reads saved preferences as the type's current shape (type: its schema, {version, options,
   * migrations}): values become text (lists comma-separated), missing ones (null) are left out, the declared
   * steps after the saved v up to the type's version run in order, then keys the type does not know
   * are dropped. A v newer than the type's (saved by a later release) runs no step: the keys this
   * release knows are kept and the rest dropped, as for any other unknown key.
   */
  function migrate(prefs, type) {
    var source = prefs && typeof prefs === 'object' ? prefs : {};
    var version = type.version || 1;
    var from = savedVersion(source.v);
    var working = {};
    Object.keys(source).forEach(function (name) {
      var value = source[name];
      if (value === null || value === undefined) {
        return;
      }
      working[name] = Array.isArray(value) ? value.join(',') : String(value);
    });
    (type.migrations || []).filter(function (step) { return step.to > from && step.to <= version; })
        .sort(function (a, b) { return a.to - b.to; })
        .forEach(function (step) { applyStep(working, step); });
    var known = COMMON_KEYS.concat((type.options || []).map(function (option) { return option.name; }));
    var result = {};
    Object.keys(working).forEach(function (name) {
      if (known.indexOf(name) >= 0) {
        result[name] = working[name];
      }
    });
    result.v = String(version);
    return result;
  }

  /** The type's defaults filled into the preferences it leaves empty. */
  function withDefaults(prefs, type) {
    var result = {};
    Object.keys(prefs).forEach(function (key) { result[key] = prefs[key]; });
    (type.options || []).forEach(function (option) {
      if (option['default'] !== undefined && option['default'] !== '' && (result[option.name] === undefined || result[option.name] === '')) {
        result[option.name] = option['default'];
      }
    });
    return result;
  }

  /**
   * The API's query of the preferences for a type's schema: the dashboard's keys and the type's local
   * options stay in the browser, lists of figures become repeated parameters.
   */
  function query(prefs, type) {
    var byName = {};
    (type.options || []).forEach(function (option) { byName[option.name] = option; });
    var params = {};
    Object.keys(prefs).forEach(function (key) {
      var option = byName[key];
      if (DASHBOARD_KEYS[key] || (option && option.local) || prefs[key] === '') {
        return;
      }
      params[key] = option && option.kind === 'figures'
          ? prefs[key].split(',').map(function (k) { return k.trim(); }).filter(Boolean) : prefs[key];
    });
    return params;
  }

  var profileCache = {};
  /** The profile of the id (or the first the user sees when none is set), cached per REST base. */
  function profile(api, id) {
    var key = api.base + '|' + (id || '');
    if (!profileCache[key]) {
      profileCache[key] = (id ? api.get('/profiles/' + encodeURIComponent(id)) : api.get('/profiles').then(function (list) {
        if (!list || !list.length) {
          throw new SalesKpi.ApiError(400, [{field: 'profile', messageKey: 'saleskpi.gadget.profile.none',
            message: SalesKpi.t('saleskpi.gadget.profile.none')}]);
        }
        return list[0];
      })).catch(function (e) {
        delete profileCache[key];
        throw e;
      });
    }
    return profileCache[key];
  }

  /**
   * The KPI catalogue (key to {name, unit}), once per REST base; for a profile id each KPI also
   * says whether it adds up there (additive), which the options form needs.
   */
  var kpiCache = {};
  function kpis(api, profileId) {
    var key = api.base + '|' + (profileId || '');
    if (!kpiCache[key]) {
      kpiCache[key] = api.get('/kpis', profileId ? {profile: profileId} : undefined).then(function (list) {
        var byKey = {};
        list.forEach(function (k) { byKey[k.key] = k; });
        return {list: list, byKey: byKey};
      }).catch(function (e) { delete kpiCache[key]; throw e; });
    }
    return kpiCache[key];
  }

  /** The catalogue's KPIs a kpi preference names (won-revenue,win-rate.count), each once, in order. */
  function kpisOf(preference, catalogue) {
    var seen = {};
    return String(preference || '').split(',').map(function (figure) {
      return figure.trim().split('.')[0];
    }).filter(function (key) {
      var known = catalogue && catalogue.byKey[key] && !seen[key];
      seen[key] = true;
      return known;
    }).map(function (key) { return catalogue.byKey[key]; });
  }

  /** A figure key (won-revenue.amount) for people: the KPI's name, with the figure if not the headline. */
  function figureName(figure, catalogue) {
    var dot = String(figure || '').indexOf('.');
    var key = dot < 0 ? figure : figure.substring(0, dot);
    var kpi = catalogue && catalogue.byKey[key];
    var name = kpi ? SalesKpi.t(kpi.nameKey) !== kpi.nameKey ? SalesKpi.t(kpi.nameKey) : kpi.name : key;
    var part = dot < 0 ? '' : figure.substring(dot + 1);
    var partKey = 'saleskpi.gadget.figure.' + part;
    return part && SalesKpi.t(partKey) !== partKey ? name + ' (' + SalesKpi.t(partKey) + ')' : name;
  }

  /**
   * What of the dashboard page's period and JQL narrowing (context.page(): {period, narrow}, blank for none) a
   * gadget follows: nothing when it pins its own; the period when its type takes one, the narrowing when it
   * takes extra JQL (the server ANDs it with the gadget's own scope and JQL).
   */
  function followed(prefs, schema, context) {
    var page = context.page ? context.page() : null;
    var result = {};
    if (!page || prefs.pinned === 'true') {
      return result;
    }
    (schema.options || []).forEach(function (option) {
      if (option.kind === 'period' && option.name === 'period' && page.period) {
        result.period = page.period;
      }
      if (option.kind === 'jql' && page.narrow) {
        result.narrow = page.narrow;
      }
    });
    return result;
  }

  /** The type's schema from the registry; a type the server does not serve is an error shown in its frame. */
  function schemaOf(api, key) {
    return types(api).then(function (all) {
      if (!all.byKey[key]) {
        throw new Error('The server serves no gadget type ' + key + '.');
      }
      return all.byKey[key];
    });
  }

  /**
   * Registers a type's renderer. spec: {type, draw(view) -> {csv, canvas, chart}} where view =
   * {frame, body, data, prefs, context, profile, kpis, title, change(preferences): redraws with them and saves them}; what it reads, its defaults and
   * whether it needs a profile come from its schema.
   */
  function define(spec) {
    var titleKey = 'saleskpi.gadget.type.' + spec.type + '.title';
    var gadget = {
      type: spec.type,
      titleKey: titleKey,
      descriptionKey: 'saleskpi.gadget.type.' + spec.type + '.description',
      render: function (container, prefs, context) {
        var schema = null;
        var current = {};
        var chart = null;
        var view = null;
        var retry = null;
        var title = prefs && prefs.title ? String(prefs.title) : SalesKpi.t(titleKey);
        var frame = SalesKpi.gadgetFrame(container, {type: spec.type, id: context.gadgetId, title: title,
          onRefresh: function () { global.clearTimeout(retry); load(); }});
        function load() {
          frame.loading();
          return schemaOf(context.api, spec.type).then(function (loadedSchema) {
            if (!schema) {
              schema = loadedSchema;
              current = withDefaults(migrate(prefs, schema), schema);
            }
            var profilePromise = schema.usesProfile === false ? Promise.resolve(null) : profile(context.api, current.profile);
            return Promise.all([profilePromise, kpis(context.api)]);
          }).then(function (loaded) {
            var params = query(current, schema);
            var page = followed(current, schema, context);
            Object.keys(page).forEach(function (key) { params[key] = page[key]; });
            frame.root.dataset.follows = Object.keys(page).sort().join(' ');
            var pageNow = context.page ? context.page() : null;
            frame.pinned(current.pinned === 'true' && !!pageNow && !!(pageNow.period || pageNow.narrow));
            if (loaded[0]) {
              params.profile = String(loaded[0].id);
            }
            return context.api.get('/gadgets/' + spec.type + '/data', params).then(function (data) {
              var started = performance.now();
              if (chart) {
                chart.destroy();
                chart = null;
              }
              SalesKpi.clear(frame.body);
              SalesKpi.clear(frame.tableBox);
              view = {frame: frame, body: frame.body, tableBox: frame.tableBox, data: data, prefs: current,
                context: context, profile: loaded[0], kpis: loaded[1], title: title, change: change};
              var drawn = spec.draw(view) || {};
              chart = drawn.chart || null;
              frame.exports(drawn);
              frame.about(kpisOf(current.kpi, loaded[1]).map(function (kpi) {
                return [SalesKpi.el('strong', {}, SalesKpi.kpiName(kpi)), ': ', SalesKpi.kpiAbout(context.api, kpi)];
              }));
              frame.ready();
              frame.root.dataset.renderMs = String(Math.round(performance.now() - started));
              return data;
            });
          }).catch(function (err) {
            if (waitAndRetry(err)) {
              return null;
            }
            frame.error(err);
            if (global.console && !(err instanceof SalesKpi.ApiError)) {
              global.console.warn(err);
            }
            return null;
          });
        }
        /**
         * What the gadget itself changes in its preferences (a table sorted by a click on its header): shown at
         * once, and kept by the page when it can keep them (context.savePreferences, the dashboard's).
         */
        function change(changes) {
          Object.keys(changes).forEach(function (key) { current[key] = changes[key]; });
          if (context.savePreferences) {
            context.savePreferences(changes);
          }
          return load();
        }
        /**
         * A 503 while the issue cache warms up or the server is busy, or a 429: says so and asks again after the
         * server's Retry-After (a few seconds). Answers false for any other error.
         */
        function waitAndRetry(err) {
          if (!(err instanceof SalesKpi.ApiError) || (err.status !== 503 && err.status !== 429)) {
            return false;
          }
          var warming = err.body && typeof err.body.warming === 'number' ? err.body.warming : null;
          var seconds = err.retryAfter || 5;
          var lines = warming !== null
            ? [SalesKpi.t('saleskpi.cache.warming', warming), SalesKpi.t('saleskpi.cache.warming.retry')]
            : [SalesKpi.t(err.status === 429 ? 'saleskpi.guard.rate' : 'saleskpi.guard.busy', seconds)];
          frame.waiting(lines);
          frame.root.dataset.retrySeconds = String(seconds);
          global.clearTimeout(retry);
          retry = global.setTimeout(load, seconds * 1000);
          return true;
        }
        var handle = {
          root: frame.root,
          refresh: function () { global.clearTimeout(retry); return load(); },
          refreshMinutes: function () { return current.refresh ? Number(current.refresh) : 0; },
          destroy: function () {
            global.clearTimeout(retry);
            if (chart) { chart.destroy(); chart = null; }
          }
        };
        return load().then(function () { return handle; });
      },
      renderEdit: function (container, prefs, context, onSave, onCancel) {
        return schemaOf(context.api, spec.type).then(function (schema) {
          return SalesKpi.gadgetForm.render(container, migrate(prefs, schema), context, schema, onSave, onCancel);
        });
      }
    };
    SalesKpi.gadgets[spec.type] = gadget;
    return gadget;
  }

  /** The series labels of a period, as people read it: 2026-07-01 → "Jul 2026" for months, the date otherwise. */
  function periodLabel(period, bucket) {
    var from = new Date(period.from + 'T00:00:00Z');
    var locale = SalesKpi.locale();
    if (bucket === 'month') {
      return from.toLocaleDateString(locale, {year: 'numeric', month: 'short', timeZone: 'UTC'});
    }
    if (bucket === 'year' || bucket === 'fiscal-year') {
      return bucket === 'year' ? String(from.getUTCFullYear()) : period.from;
    }
    return from.toLocaleDateString(locale, {month: 'short', day: 'numeric', timeZone: 'UTC'})
        + (bucket === 'quarter' || bucket === 'fiscal-quarter' ? ' ' + from.getUTCFullYear() : '');
  }

  /** The id of the profile's amount field, which drill-down lists show with the currency; null without a profile. */
  function amountField(profile) {
    return profile && profile.fields ? profile.fields.amount || null : null;
  }

  /**
   * What a rate is made of, in its KPI's words ("19 won of 25 closed"; 0 of 0: "no closed deals"; of money
   * "$450,000 won of a target of $600,000"), from the numerator and denominator the API answered beside it; null when
   * it answered none (no rate, or a part absent), so the caller says the rate by its value. figure is the key the API
   * names it by (win-rate.rate); partsUnit 'amount' (the API's partsUnit) writes the parts as money in currency.
   */
  function rateWords(figure, numerator, denominator, partsUnit, currency) {
    if (numerator === null || numerator === undefined || denominator === null || denominator === undefined) {
      return null;
    }
    var key = 'saleskpi.rate.' + figure;
    if (SalesKpi.t(key) === key) {
      key = 'saleskpi.rate.other';
    }
    return Number(denominator) === 0 ? SalesKpi.t(key + '.none')
      : SalesKpi.t(key, SalesKpi.format(Number(numerator), partsUnit === 'amount' ? 'amount' : 'count', currency),
        SalesKpi.format(Number(denominator), partsUnit === 'amount' ? 'amount' : 'count', currency));
  }

  /** The period as text, as every page writes dates: from – last day (to is excluded). */
  function periodText(period) {
    return period ? SalesKpi.dateSpan(period.from, period.to) : '';
  }

  /** Which spans a comparison compares, in words: "1 Oct – 5 Dec 2026 vs 1 Jul – 5 Sep 2026". */
  function comparisonText(comparison) {
    if (!comparison) {
      return '';
    }
    return SalesKpi.t(comparison.running ? 'saleskpi.gadget.comparedSoFar' : 'saleskpi.gadget.comparedSpans',
        periodText(comparison.current), periodText(comparison.previous));
  }

  /**
   * When a history gadget's whole figure is absent (no stages, no history), says why in its body and
   * answers true, so that its renderer draws nothing else.
   */
  function saidWhyAbsent(v, reason) {
    if (!reason) {
      return false;
    }
    v.body.appendChild(SalesKpi.el('p', {className: 'saleskpi-hint', dataset: {absent: reason}},
        SalesKpi.t('saleskpi.gadget.pipelineAbsent.' + reason)));
    return true;
  }

  SalesKpi.gadgetBase = {types: types, define: define, migrate: migrate, withDefaults: withDefaults, query: query,
    followed: followed,
    profile: profile, kpis: kpis, figureName: figureName, periodLabel: periodLabel, periodText: periodText,
    amountField: amountField};
  SalesKpi.gadgetBase.comparisonText = comparisonText;
  SalesKpi.gadgetBase.saidWhyAbsent = saidWhyAbsent;
  SalesKpi.gadgetBase.rateWords = rateWords;
})(window);
