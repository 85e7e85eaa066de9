/*
 * line gadget: one line per figure (and group), the previous period dashed (the spans compared
 * under the chart and in each point's tooltip), the target as a dashed line; each bucket drills
 * down to its issues.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};
  var base = SalesKpi.gadgetBase;
  var view = SalesKpi.gadgetView;
  var t = function () { return SalesKpi.t.apply(null, arguments); };

  function seriesLabel(s, v, oneFigure) {
    var label = oneFigure && s.label ? s.label : base.figureName(s.figure, v.kpis) + (s.label ? ' — ' + s.label : '');
    return s.kind === 'previous' ? t('saleskpi.gadget.previousOf', label) : label;
  }

  base.define({
    type: 'line',
    draw: function (v) {
      var data = v.data;
      var prefs = v.prefs;
      var lines = data.series.filter(function (s) { return s.kind !== 'target'; });
      var targets = data.series.filter(function (s) { return s.kind === 'target'; });
      var labels = data.buckets.map(function (b) { return base.periodLabel(b, data.bucket); });
      var unit = lines.length ? lines[0].unit : 'number';
      var colourOf = {};
      var next = 0;
      var oneFigure = lines.every(function (s) { return s.figure === lines[0].figure; });
      var series = lines.map(function (s) {
        var key = s.figure + '|' + s.group;
        if (colourOf[key] === undefined) {
          colourOf[key] = next;
          next += 1;
        }
        return {label: seriesLabel(s, v, oneFigure), values: s.values, reasons: s.valuesAbsentReasons,
          colour: SalesKpi.palette.colour(colourOf[key], prefs.colours), dashed: s.kind === 'previous'};
      });
      // The server sends each point's drill-down (null where there is no set of issues behind it).
      function jql(s, index) {
        return (s.jql || [])[index] || null;
      }
      // What a point's list shows: "Won revenue $80,000.00, Oct 1 – 31, 2026" (the line's name, its value, its bucket);
      // a rate what it is made of, "19 won of 25 closed, Avery Brooks, Oct 1 – 31, 2026". A previous line's point
      // lists the span it was compared with.
      function about(s, index) {
        var span = s.kind === 'previous' ? (data.previousBuckets || [])[index] || data.buckets[index] : data.buckets[index];
        var words = base.rateWords(s.figure, (s.numerators || [])[index], (s.denominators || [])[index],
          s.partsUnit, data.currency);
        var text = !words ? t('saleskpi.gadget.drillAbout', seriesLabel(s, v, oneFigure), view.valueCell(s.values[index],
          s.valuesAbsentReasons[index], unit, data.currency), base.periodText(span))
          : s.label ? t('saleskpi.gadget.drillAboutRateGroup', words, s.label, base.periodText(span))
            : t('saleskpi.gadget.drillAboutRate', words, base.periodText(span));
        return {text: text, currency: data.currency, amount: base.amountField(v.profile)};
      }
      var targetLines = targets.map(function (s, i) {
        return {label: t('saleskpi.gadget.target') + (targets.length > 1 && s.label ? ' — ' + s.label : ''),
          values: s.values, colour: i === 0 ? '#172B4D' : SalesKpi.palette.colour(i, prefs.colours)};
      });
      var canvas = view.canvas(v.body, t('saleskpi.gadget.chartLabel', v.title, base.periodText({
        from: data.buckets.length ? data.buckets[0].from : '', to: data.buckets.length ? data.buckets[data.buckets.length - 1].to : ''})), series.length > 8);
      var chart = SalesKpi.gadgetChart.create(canvas, {kind: 'line', labels: labels, series: series, unit: unit,
        currency: data.currency, targetLines: targetLines, ariaLabel: canvas.getAttribute('aria-label'),
        onDrill: function (index, seriesIndex) {
          var query = jql(lines[seriesIndex], index);
          if (query) {
            global.location.assign(v.context.issuesUrl(query, about(lines[seriesIndex], index)));
          }
        }});
      if (data.comparison) {
        v.body.appendChild(SalesKpi.el('div', {className: 'saleskpi-comparison'}, base.comparisonText(data.comparison)));
      }
      var comparisons = data.comparisons || [];
      if (chart && comparisons.length) {
        // Each point says which spans it compares: a running month against the same days of its partner.
        chart.options.plugins.tooltip.callbacks.afterFooter = function (items) {
          return items.length && comparisons[items[0].dataIndex] ? base.comparisonText(comparisons[items[0].dataIndex]) : '';
        };
        chart.update('none');
      }
      var head = [t('saleskpi.gadget.bucket')].concat(series.map(function (s) { return s.label; }),
          targetLines.map(function (s) { return s.label; }));
      // The table and the export say, like the tooltip, which spans each row compares.
      var compared = comparisons.length ? [t('saleskpi.gadget.comparedColumn')] : [];
      var rows = data.buckets.map(function (bucket, index) {
        return {cells: [labels[index]].concat(lines.map(function (s) {
          return view.drillValue(s.values[index], s.valuesAbsentReasons[index], unit, data.currency, jql(s, index), v.context,
              about(s, index));
        }), targets.map(function (s) { return view.valueCell(s.values[index], s.valuesAbsentReasons[index], unit, data.currency); }),
        compared.length ? [base.comparisonText(comparisons[index])] : [])};
      });
      v.tableBox.appendChild(view.table({caption: v.title, head: head.concat(compared), rows: rows}, v.context));
      var csv = [['from', 'to'].concat(head.slice(1), comparisons.length ? ['previousFrom', 'previousTo'] : [])]
          .concat(data.buckets.map(function (bucket, index) {
            var partner = comparisons[index] ? comparisons[index].previous : {from: '', to: ''};
            return [bucket.from, bucket.to].concat(lines.map(function (s) { return s.values[index]; }),
                targets.map(function (s) { return s.values[index]; }),
                comparisons.length ? [partner.from, partner.to] : []);
          }));
      return {chart: chart, canvas: canvas, csv: csv};
    }
  });
})(window);
