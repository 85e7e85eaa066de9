/*
 * Sales KPI: form building for the admin pages (profiles, issues, import, users). A field is a
 * labelled control in a wrapper named after the JSON field it edits (data-field), so an API error
 * {field: "fields.amount"} or {field: "wonStatuses[1]"} lands at the control it is about.
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var forms = SalesKpi.forms = {};
  var counter = 0;

  function el() {
    return SalesKpi.el.apply(null, arguments);
  }

  /** An id unique on the page, for label/aria wiring. */
  forms.id = function (prefix) {
    counter += 1;
    return 'skpi-' + String(prefix).replace(/[^A-Za-z0-9_-]/g, '-') + '-' + counter;
  };

  /**
   * A labelled field: {name, label, control, hint}. The control gets id and name; the wrapper
   * carries data-field=name and an error slot the API's messages go into.
   */
  forms.field = function (options) {
    var control = options.control;
    var id = control.id || forms.id(options.name);
    control.id = id;
    if (!control.name && control.tagName !== 'DIV') {
      control.name = options.name;
    }
    var hintId = options.hint ? id + '-hint' : null;
    if (hintId) {
      control.setAttribute('aria-describedby', hintId);
    }
    var checkbox = control.type === 'checkbox';
    if (!checkbox && !control.className) {
      control.className = control.tagName === 'SELECT' ? 'select' : control.tagName === 'TEXTAREA' ? 'textarea' : 'text';
    }
    var label = el('label', {'for': id}, [options.label,
      options.required ? el('span', {className: 'field-required', 'aria-hidden': 'true'}, ' *') : null]);
    return el('div', {className: 'field', dataset: {field: options.name}}, [
      checkbox ? el('div', {className: 'checkbox'}, [control, label]) : label,
      checkbox ? null : control,
      hintId ? el('div', {className: 'field-description', id: hintId}, options.hint) : null,
      el('div', {className: 'field-error', id: id + '-error', role: 'alert', hidden: true})
    ]);
  };

  /** A <select> of options [{value, label}] (or plain strings), with the given value(s) selected. */
  forms.select = function (options, selected, attributes) {
    var chosen = [].concat(selected === undefined || selected === null ? [] : selected).map(String);
    var select = el('select', attributes || {});
    options.forEach(function (option) {
      var value = typeof option === 'string' ? option : option.value;
      var label = typeof option === 'string' ? option : option.label;
      select.appendChild(el('option', {value: value, selected: chosen.indexOf(String(value)) >= 0}, label));
    });
    return select;
  };

  /** The values a control holds: every selected option of a multiple select, else its value. */
  forms.values = function (control) {
    if (control.multiple) {
      return Array.prototype.filter.call(control.options, function (o) { return o.selected; })
          .map(function (o) { return o.value; });
    }
    return control.value;
  };

  /** The wrapper of a JSON field's control: "wonStatuses[1]" is shown at "wonStatuses". */
  function wrapperOf(root, field) {
    var name = String(field || '');
    while (name) {
      var found = root.querySelector('[data-field="' + name.replace(/["\\]/g, '') + '"]');
      if (found) {
        return found;
      }
      var cut = Math.max(name.lastIndexOf('['), name.lastIndexOf('.'));
      if (cut <= 0) {
        return null;
      }
      name = name.substring(0, cut);
    }
    return null;
  }

  /** Removes every error shown in root. */
  forms.clearErrors = function (root) {
    root.querySelectorAll('.field-error').forEach(function (slot) {
      SalesKpi.clear(slot);
      slot.hidden = true;
    });
    root.querySelectorAll('[aria-invalid="true"]').forEach(function (control) {
      control.removeAttribute('aria-invalid');
      var described = (control.getAttribute('aria-describedby') || '').split(' ')
          .filter(function (id) { return id && !/-error$/.test(id); });
      if (described.length) {
        control.setAttribute('aria-describedby', described.join(' '));
      } else {
        control.removeAttribute('aria-describedby');
      }
    });
    var general = root.querySelector('[data-errors="form"]');
    if (general) {
      SalesKpi.clear(general);
      general.hidden = true;
    }
  };

  /**
   * Shows an ApiError's field errors at their fields (aria-invalid, aria-describedby) and the rest
   * in the form's [data-errors="form"] box; focuses the first field in error.
   */
  forms.showErrors = function (root, error) {
    forms.clearErrors(root);
    var errors = error && error.errors ? error.errors : [{field: null, message: String(error && error.message || error)}];
    var first = null;
    var general = root.querySelector('[data-errors="form"]');
    errors.forEach(function (e) {
      var wrapper = e.field ? wrapperOf(root, e.field) : null;
      var slot = wrapper && wrapper.querySelector('.field-error');
      if (!slot) {
        if (general) {
          general.appendChild(el('p', {}, e.message));
          general.hidden = false;
        }
        return;
      }
      slot.appendChild(el('span', {}, e.message + ' '));
      slot.hidden = false;
      var control = wrapper.querySelector('input, select, textarea');
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        var described = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
        if (described.indexOf(slot.id) < 0) {
          described.push(slot.id);
        }
        control.setAttribute('aria-describedby', described.join(' '));
        first = first || control;
      }
    });
    if (first) {
      first.focus();
    } else if (general && !general.hidden) {
      general.focus();
    }
  };

  /** The box form-wide errors go into. */
  forms.errorBox = function () {
    return el('div', {className: 'message message-error', dataset: {errors: 'form'}, role: 'alert',
      tabindex: '-1', hidden: true});
  };

  /** A message box: kind is info, success, warning or error; children are text or nodes. */
  forms.message = function (kind, children) {
    return el('div', {className: 'message message-' + kind, role: kind === 'error' ? 'alert' : 'status'},
        children);
  };

  /** A <button type=button|submit> with its data-action hook. */
  forms.button = function (action, label, options) {
    var o = options || {};
    return el('button', {type: o.submit ? 'submit' : 'button', className: 'button' + (o.primary ? ' button-primary' : ''),
      dataset: {action: action}, onclick: o.onclick, disabled: o.disabled, 'aria-label': o.ariaLabel}, label);
  };

  /** A table with a header row and a body marked data-rows; returns {table, body}. */
  forms.table = function (name, headers, attributes) {
    var body = el('tbody', {});
    var attrs = attributes || {};
    attrs.className = 'table' + (attrs.className ? ' ' + attrs.className : '');
    attrs['data-rows'] = name;
    var table = el('table', attrs, [
      el('thead', {}, el('tr', {}, headers.map(function (h) { return el('th', {scope: 'col'}, h); }))),
      body
    ]);
    return {table: table, body: body};
  };

  /** The page URL of a standalone path ("/profiles/1"), below the host's page base when it has one. */
  forms.pageUrl = function (config, path) {
    return (config.pagesBase || '') + path;
  };

  /** A date-time as the user's locale writes it; empty for none. */
  forms.dateTime = SalesKpi.dateTime;

  /** The text of a key, or the fallback when no bundle has the key. */
  forms.text = function (key, fallback) {
    var text = SalesKpi.t(key);
    return text === key ? fallback : text;
  };
})(window);
