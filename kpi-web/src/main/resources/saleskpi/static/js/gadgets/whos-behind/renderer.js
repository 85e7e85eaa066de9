/*
 * who's behind gadget: per rep, overdue issues, overdue, stale and slipping deals (each count drills
 * down to those issues), the goal targets behind their pace and the goals whose check-in is overdue.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };

  base.define({
    type: 'whos-behind',
    draw: function (v) {
      var data = v.data;
      function count(keys, label) {
        var text = SalesKpi.format(keys.count, 'count');
        // All the issues counted, not only the keys shown: the server sends their query.
        var jql = keys.jql || null;
        return keys.count && jql ? view.drillLink(text, jql, v.context, label + ': ' + text) : text;
      }
      // Slipping needs a close date field and the deals' history: without them the column says why.
      var slippingReason = data.slippingAbsentReason || null;
      function slippingCell(r) {
        return slippingReason ? view.valueCell(null, slippingReason, 'count')
            : count(r.slippingDeals, r.displayName + ' — ' + t('saleskpi.gadget.slippingDeals'));
      }
      // Targets behind pace, then the goals whose check-in is overdue (ADR 0062), each longest behind first.
      function behindList(r) {
        var checkIns = r.checkInsOverdue || [];
        if (!r.targetsBehind.length && !checkIns.length) {
          return '';
        }
        return el('ul', {className: 'saleskpi-plain-list'}, r.targetsBehind.map(function (p) {
          return el('li', {}, t('saleskpi.gadget.behindPace', p.goal, p.target, SalesKpi.format(p.progress, 'ratio'),
              SalesKpi.format(p.expectedProgress, 'ratio')));
        }).concat(checkIns.map(function (c) {
          return el('li', {dataset: {checkInOverdue: String(c.goalId)}},
              t(c.daysOverdue === 1 ? 'saleskpi.gadget.checkInOverdue.one' : 'saleskpi.gadget.checkInOverdue.many',
                  c.goal, SalesKpi.format(c.daysOverdue, 'count')));
        })));
      }
      var rows = data.reps.map(function (r) {
        return {cells: [r.displayName,
          count(r.overdueIssues, r.displayName + ' — ' + t('saleskpi.gadget.overdueIssues')),
          count(r.overdueDeals, r.displayName + ' — ' + t('saleskpi.gadget.overdueDeals')),
          count(r.staleDeals, r.displayName + ' — ' + t('saleskpi.gadget.staleDeals')),
          slippingCell(r),
          behindList(r)]};
      });
      v.body.appendChild(view.table({caption: t('saleskpi.gadget.staleAfter', data.staleDays) + ' ' +
          t('saleskpi.gadget.slippingAfter', data.slippingPushes),
        head: [t('saleskpi.gadget.rep'), t('saleskpi.gadget.overdueIssues'), t('saleskpi.gadget.overdueDeals'),
          t('saleskpi.gadget.staleDeals'), t('saleskpi.gadget.slippingDeals'), t('saleskpi.gadget.targetsBehind')],
        rows: rows, numeric: 1}, v.context));
      var csv = [['rep', 'overdueIssues', 'overdueDeals', 'staleDeals', 'slippingDeals', 'targetsBehind', 'checkInsOverdue']].concat(data.reps.map(function (r) {
        return [r.displayName, r.overdueIssues.count, r.overdueDeals.count, r.staleDeals.count,
          slippingReason ? null : r.slippingDeals.count,
          r.targetsBehind.map(function (p) { return p.goal + ' / ' + p.target; }).join('; '),
          (r.checkInsOverdue || []).map(function (c) { return c.goal + ' (' + c.daysOverdue + ')'; }).join('; ')];
      }));
      return {csv: csv};
    }
  });
})(window);
