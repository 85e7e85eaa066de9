/*
 * battery gadget: a goal's (or one target's) progress as a charge level in its status colour,
 * with the current value against the target and the share of time elapsed; a target counted
 * from issues links to them.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };

  function unitValue(value, data) {
    if (value === null || value === undefined) {
      return SalesKpi.format(null);
    }
    if (data.currency) {
      return SalesKpi.format(Number(value), 'amount', data.currency);
    }
    var number = SalesKpi.format(Number(value), 'number');
    return data.unitLabel ? number + ' ' + data.unitLabel : number;
  }

  base.define({
    type: 'battery',
    draw: function (v) {
      var data = v.data;
      var progress = data.progress === null ? null : Number(data.progress);
      var percent = progress === null ? SalesKpi.format(null) : SalesKpi.format(progress, 'ratio');
      var level = progress === null ? 0 : Math.max(0, Math.min(1, progress));
      var colour = (data.status && SalesKpi.palette.status[data.status]) || SalesKpi.palette.colours[0];
      var name = data.name || data.goalName;
      var title = data.goalName + (data.targetId !== null && data.name ? ' — ' + data.name : '');
      var cell = el('div', {className: 'saleskpi-battery', role: 'meter', 'aria-valuemin': '0', 'aria-valuemax': '100',
        'aria-valuenow': String(Math.round(level * 100)), 'aria-label': t('saleskpi.gadget.batteryLabel', name, percent)}, [
        el('div', {className: 'saleskpi-battery-level', style: {width: (level * 100) + '%', backgroundColor: colour}}),
        el('div', {className: 'saleskpi-battery-elapsed', title: t('saleskpi.gadget.elapsed',
            SalesKpi.format(Number(data.elapsedShare), 'ratio')),
        style: {left: (Math.max(0, Math.min(1, Number(data.elapsedShare))) * 100) + '%'}})
      ]);
      var goalLink = v.context.goalUrl ? el('a', {href: v.context.goalUrl(data.goalId)}, title) : title;
      var raw = data.values ? data.values.current : data.progress;
      v.body.appendChild(el('div', {className: 'saleskpi-battery-box'}, [
        el('div', {className: 'saleskpi-figure-name'}, goalLink),
        el('div', {className: 'saleskpi-battery-row'}, [cell, el('div', {className: 'saleskpi-battery-cap', 'aria-hidden': 'true'})]),
        el('div', {className: 'gadget-value saleskpi-big-number', dataset: {value: raw === null ? '' : String(raw)}},
            // A target counted from issues drills into them with the query the server sends.
            data.values ? (data.jql ? view.drillLink(unitValue(data.values.current, data), data.jql, v.context,
                t('saleskpi.gadget.drillNumber', data.name, unitValue(data.values.current, data)))
              : unitValue(data.values.current, data)) : percent),
        data.values ? el('div', {className: 'saleskpi-period'}, t('saleskpi.gadget.ofTarget', percent,
            unitValue(data.values.target, data))) : null,
        view.lozenge(data.status),
        el('div', {className: 'saleskpi-period'}, t('saleskpi.gadget.elapsed', SalesKpi.format(Number(data.elapsedShare), 'ratio')))
      ]));
      return {csv: [['goal', 'target', 'progress', 'status', 'start', 'targetValue', 'current', 'elapsedShare'],
        [data.goalName, data.targetId === null ? '' : data.name, data.progress, data.status,
          data.values ? data.values.start : null, data.values ? data.values.target : null,
          data.values ? data.values.current : null, data.elapsedShare]]};
    }
  });
})(window);
