/*
 * who's behind gadget: per rep, overdue issues, overdue, stale and slipping deals (each count drills
 * down to those issues), the goal targets behind their pace and the goals whose check-in is overdue; the reps behind
 * by the manager's thresholds, furthest behind first, the first few shown and "and K more" for the others.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var el = function (tag, attrs, children) { return SalesKpi.el(tag, attrs, children); };
  var t = function () { return SalesKpi.t.apply(null, arguments); };

  /** Who is listed, in words: the manager's thresholds and the order. */
  function thresholdsText(data) {
    var items = Number(data.minLateItems);
    var pace = Math.round(Number(data.minPaceMissed) * 100);
    var byItems = items > 0 ? t('saleskpi.gadget.whosBehind.byItems', SalesKpi.format(items, 'count')) : null;
    var byPace = pace > 0 ? t('saleskpi.gadget.whosBehind.byPace', SalesKpi.format(pace / 100, 'ratio'))
      : t('saleskpi.gadget.whosBehind.anyPace');
    return t('saleskpi.gadget.whosBehind.listed', byItems ? t('saleskpi.gadget.whosBehind.either', byItems, byPace) : byPace);
  }

  base.define({
    type: 'whos-behind',
    draw: function (v) {
      var data = v.data;
      function count(keys, label, column, rep) {
        var text = SalesKpi.format(keys.count, 'count');
        // All the issues counted, not only the keys shown: the server sends their query. The list says what it is:
        // "Overdue deals 12, Avery Brooks, Dec 6, 2026".
        var jql = keys.jql || null;
        var about = {text: t('saleskpi.gadget.drillAboutGroup', column, text, rep.displayName, SalesKpi.date(data.today)),
          currency: data.currency, amount: base.amountField(v.profile)};
        return keys.count && jql ? view.drillLink(text, jql, v.context, label + ': ' + text, about) : text;
      }
      // Slipping needs a close date field and the deals' history: without them the column says why.
      var slippingReason = data.slippingAbsentReason || null;
      function slippingCell(r) {
        return slippingReason ? view.valueCell(null, slippingReason, 'count')
            : count(r.slippingDeals, r.displayName + ' — ' + t('saleskpi.gadget.slippingDeals'), t('saleskpi.gadget.slippingDeals'), r);
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
          count(r.overdueIssues, r.displayName + ' — ' + t('saleskpi.gadget.overdueIssues'), t('saleskpi.gadget.overdueIssues'), r),
          count(r.overdueDeals, r.displayName + ' — ' + t('saleskpi.gadget.overdueDeals'), t('saleskpi.gadget.overdueDeals'), r),
          count(r.staleDeals, r.displayName + ' — ' + t('saleskpi.gadget.staleDeals'), t('saleskpi.gadget.staleDeals'), r),
          slippingCell(r),
          behindList(r)]};
      });
      // The server lists the reps furthest behind first, by the manager's thresholds; the first few are shown and
      // the others are one click away ("and 7 more"), so a long list does not bury them.
      var shown = Math.max(1, Number(data.shown) || rows.length);
      var table = view.table({caption: t('saleskpi.gadget.staleAfter', data.staleDays) + ' ' +
          t('saleskpi.gadget.slippingAfter', data.slippingPushes),
        head: [t('saleskpi.gadget.rep'), t('saleskpi.gadget.overdueIssues'), t('saleskpi.gadget.overdueDeals'),
          t('saleskpi.gadget.staleDeals'), t('saleskpi.gadget.slippingDeals'), t('saleskpi.gadget.targetsBehind')],
        rows: rows, numeric: 1}, v.context);
      var hidden = [].slice.call(table.querySelectorAll('tbody tr')).slice(shown);
      hidden.forEach(function (row) { row.hidden = true; });
      v.body.appendChild(el('p', {className: 'saleskpi-hint', dataset: {explains: 'thresholds'}},
          thresholdsText(data)));
      v.body.appendChild(table);
      if (hidden.length) {
        var more = el('button', {type: 'button', className: 'saleskpi-link-button', dataset: {action: 'show-more'},
          onclick: function () {
            hidden.forEach(function (row) { row.hidden = false; });
            more.remove();
            // The keyboard goes on where the list went on.
            var first = hidden[0].querySelector('th');
            first.setAttribute('tabindex', '-1');
            first.focus();
          }}, t('saleskpi.gadget.whosBehind.more', hidden.length));
        v.body.appendChild(el('p', {}, more));
      }
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
