/*
 * leaderboard gadget: reps ranked by points for won deals, won amount and resolved issues; a
 * rep's won deals drill down to those deals.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var t = function () { return SalesKpi.t.apply(null, arguments); };

  base.define({
    type: 'leaderboard',
    draw: function (v) {
      var data = v.data;
      var rows = data.entries.map(function (e) {
        return {cells: [String(e.rank), e.displayName,
          view.drillValue(e.wonDeals, null, 'count', null, e.wonJql || null, v.context),
          view.valueCell(e.wonAmount, null, 'amount', data.currency),
          view.drillValue(e.resolvedIssues, null, 'count', null, e.resolvedJql || null, v.context),
          view.valueCell(e.points, null, 'number')]};
      });
      v.body.appendChild(view.table({caption: base.periodText(data.period), numeric: 2,
        head: [t('saleskpi.gadget.rank'), t('saleskpi.gadget.rep'), t('saleskpi.gadget.wonDeals'), t('saleskpi.gadget.wonAmount'),
          t('saleskpi.gadget.resolvedIssues'), t('saleskpi.gadget.points')], rows: rows}, v.context));
      var csv = [['rank', 'rep', 'wonDeals', 'wonAmount', 'resolvedIssues', 'points']].concat(data.entries.map(function (e) {
        return [e.rank, e.displayName, e.wonDeals, e.wonAmount, e.resolvedIssues, e.points];
      }));
      return {csv: csv};
    }
  });
})(window);
