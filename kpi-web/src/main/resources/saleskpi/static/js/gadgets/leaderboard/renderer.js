/*
 * leaderboard gadget: reps (who own a deal in scope) ranked by points for won deals, won amount and resolved
 * issues, with how points are earned written under it; a rep's won deals drill down to those deals.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var t = function () { return SalesKpi.t.apply(null, arguments); };

  /**
   * How points are earned, from the gadget's own scoring: "10 points a won deal, 1 point per $1,000 won, 1 point a
   * resolved issue"; a weight of 0 is left out.
   */
  function pointsText(data) {
    var scoring = data.scoring || {};
    var parts = [];
    if (Number(scoring.pointsPerWonDeal)) {
      parts.push(t('saleskpi.gadget.leaderboard.perWonDeal', SalesKpi.format(Number(scoring.pointsPerWonDeal), 'number')));
    }
    if (Number(scoring.pointsPerAmountUnit)) {
      parts.push(t('saleskpi.gadget.leaderboard.perAmount', SalesKpi.format(Number(scoring.pointsPerAmountUnit), 'number'),
          SalesKpi.format(Number(scoring.amountUnit), 'amount', data.currency)));
    }
    if (Number(scoring.pointsPerResolvedIssue)) {
      parts.push(t('saleskpi.gadget.leaderboard.perResolved', SalesKpi.format(Number(scoring.pointsPerResolvedIssue), 'number')));
    }
    return parts.length ? t('saleskpi.gadget.leaderboard.points', parts.join(t('saleskpi.gadget.listSeparator')))
      : t('saleskpi.gadget.leaderboard.noPoints');
  }

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
      var points = pointsText(data);
      v.body.appendChild(view.table({caption: base.periodText(data.period), numeric: 2,
        head: [t('saleskpi.gadget.rank'), t('saleskpi.gadget.rep'), t('saleskpi.gadget.wonDeals'), t('saleskpi.gadget.wonAmount'),
          t('saleskpi.gadget.resolvedIssues'), SalesKpi.el('abbr', {title: points}, t('saleskpi.gadget.points'))], rows: rows},
      v.context));
      v.body.appendChild(SalesKpi.el('p', {className: 'saleskpi-hint', dataset: {explains: 'points'}}, [points, ' ',
        t('saleskpi.gadget.leaderboard.repsOnly')]));
      var csv = [['rank', 'rep', 'wonDeals', 'wonAmount', 'resolvedIssues', 'points']].concat(data.entries.map(function (e) {
        return [e.rank, e.displayName, e.wonDeals, e.wonAmount, e.resolvedIssues, e.points];
      }));
      return {csv: csv};
    }
  });
})(window);
