/*
 * leaderboard gadget: the fields of its options form (see SalesKpi.gadgetForm for each field) and the
 * defaults of the preferences it leaves empty.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var parts = SalesKpi.gadgetBase.parts('leaderboard');
  parts.fields = ['jql', 'period', 'pointsPerWonDeal', 'pointsPerAmountUnit', 'amountUnit', 'pointsPerResolvedIssue'];
  parts.defaults = {period: 'this-month'};
})(window);
