/*
 * Sales KPI: the period of a goal picked as people think of it (this quarter, next quarter, a fiscal quarter,
 * a month) in the calendar of the project's KPI profile: today is read in the profile's time zone and fiscal
 * quarters start in its fiscal year start month, named by the year they end in (KPI-DEFINITIONS.md,
 * "Periods"; SalesCalendar.fiscalYear). Choosing one fills the start and due dates, which stay editable
 * ("Custom dates"). Attaches SalesKpi.goalParts.periodField and .calendar.
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  function el() { return SalesKpi.el.apply(SalesKpi, arguments); }
  function t() { return SalesKpi.t.apply(SalesKpi, arguments); }
  var parts = SalesKpi.goalParts;
  var MONTHS_AHEAD = 12;

  /** A day of the proleptic calendar as YYYY-MM-DD; `month` is 1-based and may run past 12 or below 1. */
  function iso(year, month, day) {
    return new Date(Date.UTC(year, month - 1, day)).toISOString().substring(0, 10);
  }

  /** The months [first, first + count) as {start, due}: the first day and the last day. */
  function months(year, month, count) {
    return {start: iso(year, month, 1), due: iso(year, month + count, 0)};
  }

  /** Today in `zone` as {year, month, day}. */
  function today(zone) {
    var found = {};
    new Intl.DateTimeFormat('en-US', {timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric'})
        .formatToParts(new Date()).forEach(function (part) { found[part.type] = Number(part.value); });
    return {year: found.year, month: found.month, day: found.day};
  }

  /**
   * The calendar goals of `project` are planned in: the first KPI profile's time zone and fiscal year start
   * month, or UTC and January when the project has no profile or it cannot be read.
   */
  parts.calendar = function (api, project) {
    return api.get('/profiles', {project: project}).then(function (profiles) {
      var profile = profiles && profiles[0];
      return profile ? {zone: profile.timeZone || 'UTC', fiscalYearStartMonth: Number(profile.fiscalYearStartMonth) || 1}
          : {zone: 'UTC', fiscalYearStartMonth: 1};
    }, function () { return {zone: 'UTC', fiscalYearStartMonth: 1}; });
  };

  /** The periods offered on `day` of `calendar`: [{key, text, start, due}], this quarter first. */
  parts.periods = function (calendar, day) {
    var out = [];
    function add(key, text, range) {
      out.push({key: key, text: t('saleskpi.goals.period.range', text, SalesKpi.date(range.start), SalesKpi.date(range.due)),
        start: range.start, due: range.due});
    }
    var quarterMonth = Math.floor((day.month - 1) / 3) * 3 + 1;
    add('this-quarter', t('saleskpi.goals.period.thisQuarter'), months(day.year, quarterMonth, 3));
    add('next-quarter', t('saleskpi.goals.period.nextQuarter'), months(day.year, quarterMonth + 3, 3));
    // The fiscal quarter holding today, then the next ones up to the end of the next fiscal year.
    var fyStart = calendar.fiscalYearStartMonth;
    var sinceFyStart = (day.month - fyStart + 12) % 12;
    var quarter = Math.floor(sinceFyStart / 3);
    var fyFirstYear = day.month >= fyStart ? day.year : day.year - 1;
    var fiscalYear = fyStart === 1 ? fyFirstYear : fyFirstYear + 1;
    for (var q = quarter; q < 8; q += 1) {
      add('fiscal-' + (fiscalYear + Math.floor(q / 4)) + '-q' + (q % 4 + 1),
          t('saleskpi.goals.period.fiscalQuarter', String(fiscalYear + Math.floor(q / 4)), q % 4 + 1),
          months(fyFirstYear, fyStart + 3 * q, 3));
    }
    var monthName = new Intl.DateTimeFormat(SalesKpi.locale(), {month: 'long', year: 'numeric', timeZone: 'UTC'});
    for (var m = 0; m < MONTHS_AHEAD; m += 1) {
      var range = months(day.year, day.month + m, 1);
      add('month-' + range.start.substring(0, 7), monthName.format(new Date(range.start + 'T00:00:00Z')), range);
    }
    return out;
  };

  /**
   * A period <select> that fills `startInput` and `dueInput` (date inputs) from the choice in `calendar` (a
   * Promise of parts.calendar); typing a date switches it to custom dates. Starts on this quarter unless
   * `custom` or the dates changed before the calendar was read; then on the period the dates are, else custom. Returns the field of parts.field.
   */
  parts.periodField = function (calendar, startInput, dueInput, custom) {
    var select = el('select', {}, el('option', {value: 'custom'}, t('saleskpi.goals.period.custom')));
    var field = parts.field('period', t('saleskpi.goals.period'), select, t('saleskpi.goals.period.hint'));
    var byKey = {};
    var typed = custom;
    var initial = startInput.value + '/' + dueInput.value;
    calendar.then(function (cal) {
      var periods = parts.periods(cal, today(cal.zone));
      periods.forEach(function (period) {
        byKey[period.key] = period;
        select.insertBefore(el('option', {value: period.key}, period.text), select.lastChild);
      });
      field.input.dataset.zone = cal.zone;
      // Dates set before the calendar arrived (typed, or filled by a script) are kept.
      if (!typed && startInput.value + '/' + dueInput.value === initial) {
        select.value = periods[0].key;
        fill();
      } else {
        // Dates that are one of the periods (a goal being edited) show as that period.
        var same = periods.filter(function (period) {
          return period.start === startInput.value && period.due === dueInput.value;
        })[0];
        select.value = same ? same.key : 'custom';
      }
    });
    function fill() {
      var period = byKey[select.value];
      if (period) {
        startInput.value = period.start;
        dueInput.value = period.due;
      }
    }
    select.addEventListener('change', fill);
    [startInput, dueInput].forEach(function (input) {
      input.addEventListener('input', function () {
        typed = true;
        select.value = 'custom';
      });
    });
    return field;
  };
})(window);
