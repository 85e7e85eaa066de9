/*
 * The frame every gadget draws in: title, last updated time, refresh, exports, "show as table",
 * the error box with the API's field errors and the loading state; and the numbers table that
 * doubles as the keyboard's way to drill down (canvas points cannot take focus).
 * Test hooks: data-gadget-type, data-gadget-id, data-state (loading, ready, error, waiting) on the frame,
 * data-follows (what of the dashboard page it follows: "narrow period", "period" or empty);
 * data-rows on tables; data-jql on drill-down links.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };
  var counter = 0;

  /**
   * Builds the frame in the container. options: {type, id, title, onRefresh}. Returns
   * {root, body, tableBox, loading(), ready(), error(err), waiting(lines), exports({csv, canvas}), setTitle(text)}.
   */
  function frame(container, options) {
    counter += 1;
    var titleId = 'saleskpi-gadget-title-' + counter;
    var title = el('h3', {className: 'saleskpi-gadget-title', id: titleId}, options.title || '');
    var updated = el('span', {className: 'saleskpi-gadget-updated', 'aria-live': 'polite'});
    var pinnedBadge = el('span', {className: 'saleskpi-lozenge saleskpi-gadget-pinned', hidden: true},
        t('saleskpi.gadget.pinned'));
    var errorBox = el('div', {className: 'saleskpi-gadget-error', role: 'alert', hidden: true});
    var body = el('div', {className: 'saleskpi-gadget-body'});
    var tableBox = el('div', {className: 'saleskpi-gadget-table saleskpi-visually-hidden'});
    var about = el('div', {className: 'saleskpi-gadget-about', hidden: true});
    var csvRows = null;
    var canvas = null;
    var csvButton = el('button', {type: 'button', className: 'saleskpi-gadget-tool', disabled: true,
      onclick: function () { if (csvRows) { SalesKpi.gadgetExport.saveCsv(title.textContent, csvRows); } }},
    t('saleskpi.gadget.exportCsv'));
    var pngButton = el('button', {type: 'button', className: 'saleskpi-gadget-tool', hidden: true,
      onclick: function () { if (canvas) { SalesKpi.gadgetExport.savePng(title.textContent, canvas); } }},
    t('saleskpi.gadget.exportPng'));
    var tableToggle = el('button', {type: 'button', className: 'saleskpi-gadget-tool', 'aria-pressed': 'false',
      hidden: true, onclick: function () {
        var shown = tableToggle.getAttribute('aria-pressed') !== 'true';
        tableToggle.setAttribute('aria-pressed', String(shown));
        tableToggle.textContent = t(shown ? 'saleskpi.gadget.hideTable' : 'saleskpi.gadget.showTable');
        tableBox.classList.toggle('saleskpi-visually-hidden', !shown);
      }}, t('saleskpi.gadget.showTable'));
    var refresh = el('button', {type: 'button', className: 'saleskpi-gadget-tool',
      onclick: function () { if (options.onRefresh) { options.onRefresh(); } }}, t('saleskpi.gadget.refresh'));
    var root = el('section', {className: 'saleskpi-gadget', 'aria-labelledby': titleId,
      dataset: {gadgetType: options.type, gadgetId: options.id === undefined || options.id === null ? '' : String(options.id),
        state: 'loading'}, 'aria-busy': 'true'}, [
      el('div', {className: 'saleskpi-gadget-header'}, [
        title, pinnedBadge, updated,
        el('div', {className: 'saleskpi-gadget-tools', role: 'group', 'aria-label': t('saleskpi.gadget.tools')},
            [refresh, tableToggle, csvButton, pngButton])
      ]),
      errorBox,
      el('div', {className: 'saleskpi-gadget-loading', 'aria-hidden': 'true'}, t('saleskpi.gadget.loading')),
      body,
      tableBox,
      about
    ]);
    SalesKpi.clear(container).appendChild(root);

    function state(name) {
      root.dataset.state = name;
      root.setAttribute('aria-busy', String(name === 'loading'));
    }

    return {
      root: root,
      body: body,
      tableBox: tableBox,
      setTitle: function (text) { title.textContent = text; },
      /** Says the gadget keeps its own period and JQL while the dashboard page sets them. */
      pinned: function (shown) { pinnedBadge.hidden = !shown; },
      /** What the shown KPIs mean, each with its link to the KPI reference; none hides the footer. */
      about: function (nodes) {
        SalesKpi.clear(about);
        nodes.forEach(function (node) { about.appendChild(el('p', {}, node)); });
        about.hidden = !nodes.length;
      },
      loading: function () { state('loading'); },
      ready: function () {
        errorBox.hidden = true;
        SalesKpi.clear(errorBox);
        var now = new Date();
        updated.textContent = t('saleskpi.gadget.updated', now.toLocaleTimeString(SalesKpi.locale(),
            {hour: '2-digit', minute: '2-digit'}));
        updated.setAttribute('title', now.toISOString());
        state('ready');
      },
      error: function (err) {
        SalesKpi.clear(body);
        SalesKpi.clear(tableBox);
        var errors = err && err.errors ? err.errors : [{field: null, message: String(err && err.message || err)}];
        SalesKpi.clear(errorBox).appendChild(el('p', {}, t('saleskpi.gadget.error')));
        errorBox.appendChild(el('ul', {}, errors.map(function (e) {
          // The text names what to do in the form's words; the option's internal name stays out of sight.
          return el('li', {dataset: {field: e.field || ''}}, e.message);
        })));
        errorBox.hidden = false;
        csvButton.disabled = true;
        state('error');
      },
      /** The server cannot answer yet (cache warming up, too busy, rate): says why, without an error box. */
      waiting: function (lines) {
        SalesKpi.clear(body);
        SalesKpi.clear(tableBox);
        errorBox.hidden = true;
        SalesKpi.clear(errorBox);
        lines.forEach(function (line) { body.appendChild(el('p', {className: 'saleskpi-hint'}, line)); });
        csvButton.disabled = true;
        state('waiting');
      },
      /** What the export buttons export: rows for CSV and, for charts, the canvas. */
      exports: function (what) {
        csvRows = what.csv || null;
        canvas = what.canvas || null;
        csvButton.disabled = !csvRows;
        pngButton.hidden = !canvas;
        tableToggle.hidden = !what.canvas;
        if (!what.canvas) {
          tableBox.classList.remove('saleskpi-visually-hidden');
        } else if (tableToggle.getAttribute('aria-pressed') !== 'true') {
          tableBox.classList.add('saleskpi-visually-hidden');
        }
      }
    };
  }

  /**
   * A drill-down link: opens the issue list of the JQL; about ({text, currency}, optional) tells the list
   * what it shows ("Won revenue $12,000, Avery Brooks, 1 Oct – 31 Dec 2026") and the currency of its amounts.
   */
  function drillLink(text, jql, context, label, about) {
    if (!jql || !context || !context.issuesUrl) {
      return document.createTextNode(text);
    }
    return el('a', {href: context.issuesUrl(jql, about), className: 'saleskpi-drill', dataset: {jql: jql},
      'aria-label': label || null}, text);
  }

  /**
   * A table of numbers: {caption, head: [texts or nodes], rows: [{cells: [node or text], drill: jql, about}],
   * foot: [cells], numeric: first numeric column, sorted: {index, descending} of the column the rows are sorted by}. The first cell of a row with a drill is a link.
   */
  function table(spec, context) {
    var tbody = el('tbody', {}, spec.rows.map(function (row) {
      return el('tr', {}, row.cells.map(function (cell, i) {
        var content = i === 0 && row.drill ? drillLink(String(cell), row.drill, context, null, row.about) : cell;
        return el(i === 0 ? 'th' : 'td', i === 0 ? {scope: 'row'} : {className: i >= (spec.numeric || 1) ? 'saleskpi-num' : null}, content);
      }));
    }));
    return el('table', {className: 'saleskpi-table saleskpi-gadget-data', dataset: {rows: String(spec.rows.length)}}, [
      spec.caption ? el('caption', {}, spec.caption) : null,
      el('thead', {}, el('tr', {}, spec.head.map(function (h, i) {
        var sorted = spec.sorted && spec.sorted.index === i ? (spec.sorted.descending ? 'descending' : 'ascending') : null;
        return el('th', {scope: 'col', className: i >= (spec.numeric || 1) ? 'saleskpi-num' : null, 'aria-sort': sorted}, h);
      }))),
      tbody,
      spec.foot ? el('tfoot', {}, el('tr', {}, spec.foot.map(function (cell, i) {
        return el(i === 0 ? 'th' : 'td', i === 0 ? {scope: 'row'} : {className: 'saleskpi-num'}, cell);
      }))) : null
    ]);
  }

  /** A formatted cell: the value, or "no data" with the reason as its title. */
  function valueCell(value, reason, unit, currency) {
    if (value === null || value === undefined) {
      var text = SalesKpi.gadgetChart.absent(reason);
      return el('span', {className: 'saleskpi-absent', title: text}, text);
    }
    return SalesKpi.format(Number(value), unit, currency);
  }

  /** A canvas in a sized box (Chart.js sizes itself to its parent), appended to the body. */
  function canvas(body, label, tall) {
    var node = el('canvas', {role: 'img', 'aria-label': label});
    body.appendChild(el('div', {className: 'saleskpi-chart' + (tall ? ' saleskpi-chart-tall' : '')}, node));
    return node;
  }

  /** A number that links to its drill-down when it has one. */
  function drillValue(value, reason, unit, currency, jql, context, about) {
    var cell = valueCell(value, reason, unit, currency);
    return jql && typeof cell === 'string' ? drillLink(cell, jql, context, null, about) : cell;
  }

  /** A status lozenge (done, not-started, on-track, at-risk, off-track), or nothing. */
  function lozenge(status) {
    return status ? el('span', {className: 'saleskpi-lozenge saleskpi-status-' + status}, t('saleskpi.gadget.status.' + status)) : null;
  }

  /** A progress bar of a ratio (0..1, may exceed 1) in a status colour. */
  function progress(ratio, status, label) {
    var percent = ratio === null || ratio === undefined ? 0 : Math.max(0, Math.min(1, Number(ratio))) * 100;
    return el('div', {className: 'saleskpi-progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100',
      'aria-valuenow': String(Math.round(percent)), 'aria-label': label || null}, el('div', {
      className: 'saleskpi-progress-bar', style: {width: percent + '%',
        backgroundColor: (status && SalesKpi.palette.status[status]) || SalesKpi.palette.colours[0]}}));
  }

  SalesKpi.gadgetFrame = frame;
  SalesKpi.gadgetView = {table: table, drillLink: drillLink, valueCell: valueCell, canvas: canvas,
    drillValue: drillValue, lozenge: lozenge, progress: progress};
})(window);
