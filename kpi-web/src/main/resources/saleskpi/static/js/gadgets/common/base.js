/*
 * The gadget registry and what every type shares: preference migration, the query the API reads
 * from the preferences, the profile cache and the render cycle (load, draw, refresh, errors).
 * Each type's migrations.js, options.js and renderer.js add to SalesKpi.gadgetParts[type]; its
 * renderer.js registers SalesKpi.gadgets[type] through SalesKpi.gadgetBase.define.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  SalesKpi.gadgets = SalesKpi.gadgets || {};
  SalesKpi.gadgetParts = SalesKpi.gadgetParts || {};
  var VERSION = 1;
  /** Preferences every type keeps; a type adds its own. Never sent to the API: title, v, colours, refresh, stacked. */
  var COMMON_KEYS = ['v', 'title', 'profile', 'refresh'];
  var LOCAL_KEYS = {v: true, title: true, colours: true, refresh: true, stacked: true};

  function parts(type) {
    SalesKpi.gadgetParts[type] = SalesKpi.gadgetParts[type] || {};
    return SalesKpi.gadgetParts[type];
  }

  /**
   * Maps saved preferences to version 1, the first shape that shipped: a missing or unreadable v is
   * read as 1, values become strings, unknown keys are dropped. A later shape adds its step here.
   */
  function migrate(prefs, keys) {
    var source = prefs && typeof prefs === 'object' ? prefs : {};
    var result = {};
    Object.keys(source).forEach(function (name) {
      var value = source[name];
      if (COMMON_KEYS.indexOf(name) < 0 && keys.indexOf(name) < 0) {
        return;
      }
      if (value === null || value === undefined) {
        return;
      }
      if (Array.isArray(value)) {
        value = value.join(',');
      }
      result[name] = String(value);
    });
    result.v = String(VERSION);
    return result;
  }

  /** The API's query of the preferences: kpi lists become repeated parameters. */
  function query(prefs) {
    var params = {};
    Object.keys(prefs).forEach(function (key) {
      if (LOCAL_KEYS[key] || prefs[key] === '') {
        return;
      }
      params[key] = key === 'kpi' ? prefs[key].split(',').map(function (k) { return k.trim(); }).filter(Boolean) : prefs[key];
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
   * Registers a type. spec: {type, keys (its preference keys), defaults, usesProfile
   * (default true), noData (draws without calling /data), draw(view) -> {csv, canvas, chart}}
   * where view = {frame, body, data, prefs, context, profile, kpis, title}.
   */
  function define(spec) {
    var own = parts(spec.type);
    var titleKey = 'saleskpi.gadget.type.' + spec.type + '.title';
    var gadget = {
      type: spec.type,
      titleKey: titleKey,
      descriptionKey: 'saleskpi.gadget.type.' + spec.type + '.description',
      keys: own.keys || spec.keys || [],
      defaults: own.defaults || spec.defaults || {},
      migrate: own.migrate || function (prefs) { return migrate(prefs, own.keys || spec.keys || []); },
      render: function (container, prefs, context) {
        var current = gadget.migrate(prefs);
        Object.keys(gadget.defaults).forEach(function (key) {
          if (current[key] === undefined || current[key] === '') {
            current[key] = gadget.defaults[key];
          }
        });
        var chart = null;
        var view = null;
        var title = current.title || SalesKpi.t(titleKey);
        var frame = SalesKpi.gadgetFrame(container, {type: spec.type, id: context.gadgetId, title: title,
          onRefresh: function () { load(); }});
        function load() {
          frame.loading();
          var profilePromise = spec.usesProfile === false ? Promise.resolve(null) : profile(context.api, current.profile);
          return Promise.all([profilePromise, kpis(context.api)]).then(function (loaded) {
            var params = query(current);
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
                context: context, profile: loaded[0], kpis: loaded[1], title: title};
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
            frame.error(err);
            if (global.console && !(err instanceof SalesKpi.ApiError)) {
              global.console.warn(err);
            }
            return null;
          });
        }
        var handle = {
          root: frame.root,
          refresh: load,
          refreshMinutes: function () { return current.refresh ? Number(current.refresh) : 0; },
          destroy: function () { if (chart) { chart.destroy(); chart = null; } }
        };
        return load().then(function () { return handle; });
      },
      renderEdit: function (container, prefs, context, onSave, onCancel) {
        return SalesKpi.gadgetForm.render(container, gadget.migrate(prefs), context, {
          type: spec.type, fields: own.fields || [], defaults: gadget.defaults, usesProfile: spec.usesProfile !== false,
          additiveOnly: !!own.additiveOnly
        }, onSave, onCancel);
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

  /** The period as text: from – last day (to is excluded). */
  function periodText(period) {
    if (!period) {
      return '';
    }
    var last = new Date(Date.parse(period.to + 'T00:00:00Z') - 86400000).toISOString().substring(0, 10);
    return period.from === last ? period.from : period.from + ' – ' + last;
  }

  /**
   * A span in words in the page's language, e.g. "1 Oct – 5 Dec 2026" (to is excluded). The dates
   * are already local to the profile's zone, so they are written as UTC dates, never shifted.
   */
  function spanWords(period) {
    var from = new Date(period.from + 'T00:00:00Z');
    var last = new Date(Date.parse(period.to + 'T00:00:00Z') - 86400000);
    var format = new Intl.DateTimeFormat(SalesKpi.locale(), {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
    return format.formatRange ? format.formatRange(from, last)
        : format.format(from) + (last > from ? ' – ' + format.format(last) : '');
  }

  /** Which spans a comparison compares, in words: "1 Oct – 5 Dec 2026 vs 1 Jul – 5 Sep 2026". */
  function comparisonText(comparison) {
    if (!comparison) {
      return '';
    }
    return SalesKpi.t(comparison.running ? 'saleskpi.gadget.comparedSoFar' : 'saleskpi.gadget.comparedSpans',
        spanWords(comparison.current), spanWords(comparison.previous));
  }

  SalesKpi.gadgetBase = {version: VERSION, define: define, migrate: migrate, query: query, parts: parts,
    profile: profile, kpis: kpis, figureName: figureName, periodLabel: periodLabel, periodText: periodText};
  SalesKpi.gadgetBase.comparisonText = comparisonText;
})(window);
