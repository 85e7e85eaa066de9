/*
 * goals overview gadget: the project's goals with progress bars and status, counts per status,
 * ordered by what needs attention first (or due date, or name); a goal's targets link to the issues behind them.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };

  /** How many targets (and how many behind); a link to the issues behind them when any target has issues. */
  function targetsCell(g, context, profile) {
    var text = g.targetsBehind ? t('saleskpi.gadget.behindOf', g.targetsBehind, g.targets) : String(g.targets);
    // The list says whose issues it shows: "The issues behind the targets of Q4 new business (1 of 3 behind)".
    return g.jql ? view.drillLink(text, g.jql, context, t('saleskpi.gadget.drillNumber', g.name, text),
        {text: t('saleskpi.gadget.drillAboutGoal', g.name, text), currency: profile ? profile.currency : null,
          amount: SalesKpi.gadgetBase.amountField(profile)}) : text;
  }

  base.define({
    type: 'goals',
    draw: function (v) {
      var data = v.data;
      v.body.appendChild(el('ul', {className: 'saleskpi-status-counts', 'aria-label': t('saleskpi.gadget.statusCounts')},
          Object.keys(data.statusCounts).map(function (status) {
            return el('li', {}, [view.lozenge(status), ' ', SalesKpi.format(data.statusCounts[status], 'count')]);
          }).concat(data.noTargets ? [el('li', {}, t('saleskpi.gadget.noTargets', data.noTargets))] : [])));
      var rows = data.rows.map(function (g) {
        var percent = g.progress === null ? SalesKpi.format(null) : SalesKpi.format(Number(g.progress), 'ratio');
        return {cells: [v.context.goalUrl ? el('a', {href: v.context.goalUrl(g.goalId)}, g.name) : g.name, g.ownerName,
          el('div', {className: 'saleskpi-progress-cell'}, [view.progress(g.progress, g.status, g.name + ': ' + percent), ' ', percent]),
          view.lozenge(g.status) || '', g.dueDate,
          targetsCell(g, v.context, v.profile)]};
      });
      v.body.appendChild(view.table({head: [t('saleskpi.gadget.goal'), t('saleskpi.gadget.owner'), t('saleskpi.gadget.progress'),
        t('saleskpi.gadget.statusHead'), t('saleskpi.gadget.dueDate'), t('saleskpi.gadget.targets')], rows: rows, numeric: 9}, v.context));
      if (!data.rows.length) {
        v.body.appendChild(el('p', {className: 'saleskpi-empty'}, t('saleskpi.gadget.noGoals')));
      }
      var csv = [['goal', 'owner', 'progress', 'status', 'startDate', 'dueDate', 'targets', 'targetsBehind']].concat(
          data.rows.map(function (g) {
            return [g.name, g.ownerName, g.progress, g.status, g.startDate, g.dueDate, g.targets, g.targetsBehind];
          }));
      return {csv: csv};
    }
  });
})(window);
