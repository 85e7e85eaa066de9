/*
 * Drill-down JQL: the issues behind a bucket, bar, slice or row, built from the gadget's profile
 * scope, its extra JQL, the KPI's issue types and statuses, the period's dates and the group. The
 * API returns no drill-down JQL of its own, so this mirrors what each KPI counts.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};

  /** A JQL string literal: double quotes, with backslash and quote escaped. */
  function quote(value) {
    return '"' + String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
  }

  /** customfield_10010 as cf[10010]; system field names as they are. */
  function field(id) {
    var match = /^customfield_(\d+)$/.exec(id || '');
    return match ? 'cf[' + match[1] + ']' : id;
  }

  function list(values) {
    return '(' + values.map(quote).join(', ') + ')';
  }

  /** Which issues and dates a KPI counts, as far as a list of issues can show them. */
  function kpiClause(kpiKey, profile) {
    var p = profile || {};
    var key = String(kpiKey || '').split('.')[0];
    var closed = p.fields && p.fields.closeDate ? field(p.fields.closeDate) : 'resolved';
    var types = function (name) { return (p[name] || []).length ? 'issuetype in ' + list(p[name]) : null; };
    var statuses = function (names) {
      var all = [];
      names.forEach(function (n) { all = all.concat(p[n] || []); });
      return all.length ? 'status in ' + list(all) : null;
    };
    switch (key) {
      case 'won-revenue': case 'sales-per-rep': case 'sales-cycle': case 'target-attainment': case 'sales-growth':
        return {where: [types('dealTypes'), statuses(['wonStatuses'])], date: closed};
      case 'win-rate':
        return {where: [types('dealTypes'), statuses(['wonStatuses', 'lostStatuses'])], date: closed};
      case 'new-leads': case 'lead-conversion': case 'time-to-convert':
        return {where: [types('leadTypes')], date: 'created'};
      case 'new-opportunities':
        return {where: [types('dealTypes')], date: 'created'};
      case 'email-open-rate':
        return {where: [types('campaignTypes')], date: 'created'};
      case 'cac':
        return {where: [types('costTypes')], date: 'created'};
      case 'churn-rate': case 'retention-rate': case 'clv':
        return {where: [types('customerTypes')], date: 'created'};
      default:
        return {where: [], date: 'created'};
    }
  }

  /** The clause of one group of a grouping (rep, assignee, status, issuetype, customer, field:<id>). */
  function groupClause(groupBy, group, profile) {
    var p = profile || {};
    var name;
    switch (groupBy || 'rep') {
      case 'rep': name = field(p.rep || 'assignee'); break;
      case 'assignee': name = 'assignee'; break;
      case 'status': name = 'status'; break;
      case 'issuetype': case 'issue-type': name = 'issuetype'; break;
      case 'customer': name = p.fields && p.fields.customer ? field(p.fields.customer) : null; break;
      default:
        name = groupBy.indexOf('field:') === 0 ? field(groupBy.substring(6)) : null;
    }
    if (!name) {
      return null;
    }
    return group === '' || group === null || group === undefined ? name + ' is EMPTY' : name + ' = ' + quote(group);
  }

  function periodClause(dateField, period) {
    if (!period || !period.from) {
      return null;
    }
    return dateField + ' >= ' + quote(period.from) + ' AND ' + dateField + ' < ' + quote(period.to);
  }

  /** The clauses joined with AND, each in parentheses; empty ones left out. */
  function and(clauses) {
    return clauses.filter(function (c) { return c && String(c).trim(); })
        .map(function (c) { return '(' + c + ')'; }).join(' AND ');
  }

  /**
   * The JQL of a drill-down: {profile, jql (the gadget's extra JQL), kpi, period {from,to},
   * groupBy, group (undefined for no group), dateField (overrides the KPI's), extra (clauses)}.
   */
  function build(spec) {
    var kpi = kpiClause(spec.kpi, spec.profile);
    var clauses = [spec.profile && spec.profile.scope, spec.jql].concat(spec.kpi ? kpi.where : []);
    if (spec.group !== undefined) {
      clauses.push(groupClause(spec.groupBy, spec.group, spec.profile));
    }
    clauses.push(periodClause(spec.dateField || kpi.date, spec.period));
    return and(clauses.concat(spec.extra || []));
  }

  SalesKpi.gadgetJql = {quote: quote, field: field, build: build, and: and, groupClause: groupClause,
    keys: function (keys) { return keys.length ? 'key in ' + list(keys) : null; }};
})(window);
