/*
 * Sales KPI: the few helpers every page and gadget uses, under window.SalesKpi. Plain ES2020, no
 * build step: a host loads this file first, then the gadget and page scripts. Nothing here knows
 * which host it runs in; each caller passes the REST base URL it was given.
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi = global.SalesKpi || {};

  /**
   * Builds a DOM element: el('a', {href: url, className: 'x', onclick: fn, 'aria-label': t}, [children]).
   * Children are nodes or strings; strings become text nodes, so no text is ever parsed as HTML.
   */
  SalesKpi.el = function (tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) {
        return;
      }
      if (name.indexOf('on') === 0 && typeof value === 'function') {
        node.addEventListener(name.substring(2), value);
      } else if (name === 'className') {
        node.className = value;
      } else if (name === 'style' && typeof value === 'object') {
        Object.keys(value).forEach(function (property) { node.style[property] = value[property]; });
      } else if (name === 'dataset' && typeof value === 'object') {
        Object.keys(value).forEach(function (key) { node.dataset[key] = value[key]; });
      } else if (name === 'value' || name === 'checked' || name === 'selected' || name === 'disabled') {
        node[name] = value;
      } else {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    });
    [].concat(children === undefined ? [] : children).forEach(function (child) {
      if (child === null || child === undefined || child === false) {
        return;
      }
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  };

  /** Removes every child of a node. */
  SalesKpi.clear = function (node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
    return node;
  };

  /**
   * A list that its button shows and hides (the top bar's "More", a gadget's actions): open shows it, marks the
   * button expanded and calls onOpen(arg) to move the focus into it; close hides it, returning the focus to the
   * button when asked; a click on the button toggles it and a pointer down outside box closes it. The keys that go
   * through the list are the caller's.
   */
  SalesKpi.popup = function (box, button, list, onOpen) {
    function open(arg) {
      list.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      document.addEventListener('pointerdown', outside, true);
      onOpen(arg);
    }
    function close(focusButton) {
      list.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      document.removeEventListener('pointerdown', outside, true);
      if (focusButton) {
        button.focus();
      }
    }
    function outside(event) {
      if (!box.contains(event.target)) {
        close(false);
      }
    }
    button.addEventListener('click', function () {
      if (list.hidden) {
        open();
      } else {
        close(true);
      }
    });
    return {open: open, close: close};
  };

  var texts = {};

  /**
   * Adds translated texts (key to text); pages embed theirs as JSON in
   * <script type="application/json" id="saleskpi-texts">, read by SalesKpi.start().
   */
  SalesKpi.addTexts = function (more) {
    Object.keys(more || {}).forEach(function (key) { texts[key] = more[key]; });
  };

  /** The text of a key with {0}, {1}... replaced by the arguments; the key itself when unknown. */
  SalesKpi.t = function (key) {
    var args = Array.prototype.slice.call(arguments, 1);
    var text = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
    return text.replace(/\{(\d+)\}/g, function (match, index) {
      var value = args[Number(index)];
      return value === undefined ? match : String(value);
    });
  };

  /**
   * The user's locale (BCP 47) for number and date formats: the browser's own when it is of the page's language (so
   * en-GB writes 1 Oct 2026 and en-US Oct 1, 2026), else the page's language.
   */
  SalesKpi.locale = function () {
    var page = document.documentElement.lang || navigator.language || 'en';
    var browser = navigator.language || '';
    return browser.split('-')[0].toLowerCase() === page.split('-')[0].toLowerCase() ? browser : page;
  };

  /** A date-time written as YYYY-MM-DD (a calendar day) or with a time (an instant), as a Date. */
  function when(iso) {
    return String(iso).length === 10 ? new Date(iso + 'T00:00:00Z') : new Date(iso);
  }

  /**
   * The one date format of every page and gadget, in the user's locale: a calendar day (YYYY-MM-DD) as it is,
   * never shifted by the browser's zone ("Dec 31, 2025", "2025/12/31"); an instant as its day in the browser's zone.
   * Empty for none; the text itself when it is no date.
   */
  SalesKpi.date = function (iso) {
    if (!iso) {
      return '';
    }
    var date = when(iso);
    return isNaN(date.getTime()) ? String(iso) : new Intl.DateTimeFormat(SalesKpi.locale(),
        String(iso).length === 10 ? {dateStyle: 'medium', timeZone: 'UTC'} : {dateStyle: 'medium'}).format(date);
  };

  /** An instant as the user's locale writes a day and time ("Dec 31, 2025, 4:05 PM"); empty for none. */
  SalesKpi.dateTime = function (iso) {
    if (!iso) {
      return '';
    }
    var date = when(iso);
    return isNaN(date.getTime()) ? String(iso)
        : new Intl.DateTimeFormat(SalesKpi.locale(), {dateStyle: 'medium', timeStyle: 'short'}).format(date);
  };

  /**
   * The calendar days from `from` to `to` (both YYYY-MM-DD; `to` excluded, as the API gives periods) in the format of
   * SalesKpi.date: "Oct 1 – Dec 31, 2025", "2025/10/01～2025/12/31"; one day is that day.
   */
  SalesKpi.dateSpan = function (from, to) {
    var first = when(from);
    var last = new Date(when(to).getTime() - 86400000);
    var format = new Intl.DateTimeFormat(SalesKpi.locale(), {dateStyle: 'medium', timeZone: 'UTC'});
    if (last <= first) {
      return format.format(first);
    }
    return format.formatRange ? format.formatRange(first, last) : format.format(first) + ' – ' + format.format(last);
  };

  /**
   * Formats a value of a unit the API names (amount, count, ratio, days, number): money with its
   * currency, ratios as percent. Null (absent) is the "no data" text, never 0.
   */
  SalesKpi.format = function (value, unit, currency) {
    if (value === null || value === undefined) {
      return SalesKpi.t('saleskpi.value.absent');
    }
    var locale = SalesKpi.locale();
    if (unit === 'amount' && currency) {
      return new Intl.NumberFormat(locale, {style: 'currency', currency: currency}).format(value);
    }
    if (unit === 'ratio') {
      return new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 1}).format(value);
    }
    if (unit === 'days') {
      return SalesKpi.t('saleskpi.value.days', new Intl.NumberFormat(locale, {maximumFractionDigits: 1}).format(value));
    }
    return new Intl.NumberFormat(locale, {maximumFractionDigits: 2}).format(value);
  };

  /**
   * One error of the REST API ({field, messageKey, message, params}) in the page's language: the text of its
   * messageKey with its params as {0}, {1}...; the server's English message only when the page has no such text.
   * Every page and gadget shows API errors through this (ApiError applies it to each of its errors).
   */
  SalesKpi.errorText = function (error) {
    var key = error && error.messageKey;
    var params = (error && error.params) || [];
    // A text whose placeholders the error did not fill would show "{0}": the server's sentence then.
    if (key && Object.prototype.hasOwnProperty.call(texts, key) && placeholders(texts[key]) <= params.length) {
      return SalesKpi.t.apply(null, [key].concat(params));
    }
    return error && error.message ? error.message : String(error);
  };

  /** How many parameters a text's placeholders ({0}, {1}, ...) ask for. */
  function placeholders(text) {
    var most = 0;
    String(text).replace(/\{(\d+)\}/g, function (match, index) {
      most = Math.max(most, Number(index) + 1);
      return match;
    });
    return most;
  }

  /**
   * An error the REST API answered: status and the field errors of its JSON body, each with its `message` in the
   * page's language (SalesKpi.errorText) and the server's English one as `serverMessage`; `body` is the whole body
   * (e.g. {warming: 42} from a cache warming up) and `retryAfter` the Retry-After header in seconds, or null.
   */
  function ApiError(status, errors, body, retryAfter) {
    this.status = status;
    this.errors = errors.map(function (e) {
      return Object.assign({}, e, {serverMessage: e.message, message: SalesKpi.errorText(e)});
    });
    this.body = body || null;
    this.retryAfter = retryAfter === undefined || retryAfter === null || isNaN(Number(retryAfter)) ? null
        : Number(retryAfter);
    this.message = this.errors.map(function (e) { return e.message; }).join(' ');
  }
  ApiError.prototype = Object.create(Error.prototype);
  SalesKpi.ApiError = ApiError;

  /**
   * A client of the REST API at `base` (e.g. '/rest/saleskpi/1.0'): get(path, params), post, put,
   * del. Writes carry Jira's XSRF header. Resolves with the parsed JSON (or null for 204); rejects
   * with an ApiError whose `errors` are [{field, messageKey, message, params}].
   */
  SalesKpi.api = function (base) {
    function send(method, path, params, body) {
      var url = base + path;
      var query = Object.keys(params || {}).filter(function (name) {
        return params[name] !== null && params[name] !== undefined && params[name] !== '';
      }).map(function (name) {
        return [].concat(params[name]).map(function (value) {
          return encodeURIComponent(name) + '=' + encodeURIComponent(value);
        }).join('&');
      }).join('&');
      if (query) {
        url += (url.indexOf('?') < 0 ? '?' : '&') + query;
      }
      var headers = {'Accept': 'application/json'};
      if (method !== 'GET') {
        headers['X-Atlassian-Token'] = 'no-check';
      }
      var options = {method: method, headers: headers, credentials: 'same-origin'};
      if (body !== undefined) {
        if (typeof body === 'string' || body instanceof Blob) {
          options.body = body;
        } else {
          headers['Content-Type'] = 'application/json';
          options.body = JSON.stringify(body);
        }
      }
      return fetch(url, options).then(function (response) {
        if (response.status === 204) {
          return null;
        }
        return response.text().then(function (text) {
          var json = null;
          try {
            json = text ? JSON.parse(text) : null;
          } catch (e) {
            json = null;
          }
          if (!response.ok) {
            var errors = json && json.errors ? json.errors
                : [{field: null, messageKey: 'saleskpi.error.http', message: SalesKpi.t('saleskpi.error.http', response.status)}];
            throw new ApiError(response.status, errors, json, response.headers.get('Retry-After'));
          }
          return json;
        });
      });
    }
    return {
      base: base,
      get: function (path, params) { return send('GET', path, params); },
      post: function (path, body, params) { return send('POST', path, params, body); },
      put: function (path, body, params) { return send('PUT', path, params, body); },
      del: function (path, params) { return send('DELETE', path, params); }
    };
  };

  /** A KPI's name in the page's language, for a KPI of GET /kpis; its English name when untranslated. */
  SalesKpi.kpiName = function (kpi) {
    return kpi.nameKey && SalesKpi.t(kpi.nameKey) !== kpi.nameKey ? SalesKpi.t(kpi.nameKey) : kpi.name;
  };

  /**
   * A KPI's description with a "Learn more" link to its section of the KPI reference, for a KPI of
   * GET /kpis (which gives `reference`, a path under the REST base, the same in Jira and standalone).
   */
  SalesKpi.kpiAbout = function (api, kpi) {
    var el = SalesKpi.el;
    var key = kpi.descriptionKey;
    var description = key && SalesKpi.t(key) !== key ? SalesKpi.t(key) : kpi.description;
    return el('span', {className: 'saleskpi-kpi-about', dataset: {kpi: kpi.key}}, [description, ' ',
      el('a', {href: api.base + kpi.reference, target: '_blank', rel: 'noopener', className: 'saleskpi-learn-more',
        'aria-label': SalesKpi.t('saleskpi.kpi.learnMore.about', SalesKpi.kpiName(kpi))}, SalesKpi.t('saleskpi.kpi.learnMore'))]);
  };

  /** Runs `start` once the document is parsed: at once when it already is. */
  SalesKpi.ready = function (start) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start);
    } else {
      start();
    }
  };

  /** The browser's IANA time zone (e.g. Europe/Berlin), or `fallback` when it does not tell. */
  SalesKpi.browserZone = function (fallback) {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || fallback;
    } catch (e) {
      return fallback;
    }
  };

  /** Reads the page's embedded texts and configuration; returns the configuration object. */
  SalesKpi.start = function () {
    var textsNode = document.getElementById('saleskpi-texts');
    if (textsNode) {
      SalesKpi.addTexts(JSON.parse(textsNode.textContent));
    }
    var configNode = document.getElementById('saleskpi-config');
    return configNode ? JSON.parse(configNode.textContent) : {};
  };
})(window);
