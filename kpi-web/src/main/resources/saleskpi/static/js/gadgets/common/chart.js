/*
 * Charts over Chart.js 4 (window.Chart, from the WebJar): line, bar and pie with the palette,
 * unit-aware ticks and tooltips, absent values as gaps explained in the tooltip, dashed target
 * lines and per-bar target markers (quota per rep) drawn by a small plugin, and drill-down on click.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};

  /** "No data — <reason>" for an absent value's reason key. */
  function absent(reason) {
    var key = 'saleskpi.gadget.absent.' + (reason || 'no-data');
    var text = SalesKpi.t(key);
    return SalesKpi.t('saleskpi.gadget.noData', text === key ? (reason || '') : text);
  }

  /**
   * Draws options.plugins.saleskpiTargets after the datasets: {lines: [{label, values, colour}]},
   * dashed across the x axis, and {markers: [value or null per bar]}, a dashed stroke over each bar.
   */
  var targetPlugin = {
    id: 'saleskpiTargets',
    afterDatasetsDraw: function (chart, args, options) {
      var x = chart.scales.x;
      var y = chart.scales.y;
      if (!x || !y || !options) {
        return;
      }
      var ctx = chart.ctx;
      ctx.save();
      ctx.setLineDash([6, 4]);
      ctx.lineWidth = 2;
      (options.lines || []).forEach(function (line) {
        ctx.strokeStyle = line.colour || '#172B4D';
        ctx.beginPath();
        var drawing = false;
        var count = line.values.length;
        line.values.forEach(function (value, i) {
          if (value === null || value === undefined) {
            drawing = false;
            return;
          }
          var py = y.getPixelForValue(value);
          // A single-bucket line still shows: draw it across the bucket's width.
          var half = count === 1 ? (x.right - x.left) / 2 : 0;
          var px = x.getPixelForValue(i);
          if (!drawing) {
            ctx.moveTo(px - half, py);
            drawing = true;
          } else {
            ctx.lineTo(px, py);
          }
          if (half) {
            ctx.lineTo(px + half, py);
          }
        });
        ctx.stroke();
      });
      var markers = options.markers || [];
      if (markers.length) {
        var meta = chart.getDatasetMeta(0);
        ctx.strokeStyle = options.markerColour || '#172B4D';
        markers.forEach(function (value, i) {
          var bar = meta.data[i];
          if (value === null || value === undefined || !bar) {
            return;
          }
          var width = (bar.width || 20) * 0.7 + 8;
          var py = y.getPixelForValue(value);
          ctx.beginPath();
          ctx.moveTo(bar.x - width / 2, py);
          ctx.lineTo(bar.x + width / 2, py);
          ctx.stroke();
        });
      }
      ctx.restore();
    }
  };

  /**
   * Creates a chart on a canvas. spec: {kind: 'line'|'bar'|'pie', labels, series: [{label,
   * values, reasons, colour, dashed}], unit, currency, stacked, fill, targetLines, targetMarkers,
   * onDrill(index, seriesIndex), ariaLabel}. Returns the Chart.
   */
  function create(canvas, spec) {
    var Chart = global.Chart;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', spec.ariaLabel || '');
    var pie = spec.kind === 'pie';
    var points = spec.labels.length * spec.series.length;
    var format = function (value) { return SalesKpi.format(value, spec.unit, spec.currency); };
    var datasets = spec.series.map(function (s) {
      var set = {label: s.label, data: s.values.map(function (v) { return v === null || v === undefined ? null : Number(v); })};
      if (pie) {
        set.backgroundColor = s.colours;
        set.borderColor = '#FFFFFF';
      } else {
        set.backgroundColor = spec.kind === 'bar' ? s.colour : SalesKpi.palette.alpha(s.colour, 0.15);
        set.borderColor = s.colour;
        set.borderWidth = spec.kind === 'bar' ? 0 : 2;
        set.pointRadius = points > 200 ? 0 : 3;
        set.pointHoverRadius = 5;
        set.spanGaps = false;
        set.fill = !!spec.fill;
        if (s.dashed) {
          set.borderDash = [3, 3];
        }
      }
      return set;
    });
    var options = {
      responsive: true,
      maintainAspectRatio: false,
      // Large charts draw at once; small ones keep a short animation.
      animation: points > 60 ? false : {duration: 200},
      normalized: true,
      interaction: pie ? {mode: 'nearest', intersect: true} : {mode: 'index', intersect: false},
      plugins: {
        legend: {display: pie || spec.series.length > 1, position: pie ? 'right' : 'bottom',
          labels: {boxWidth: 12}},
        tooltip: {
          callbacks: {
            label: function (item) {
              var value = item.raw;
              var name = pie ? item.label : item.dataset.label;
              var text = value === null || value === undefined
                  ? absent((spec.series[item.datasetIndex].reasons || [])[item.dataIndex]) : format(value);
              return name ? name + ': ' + text : text;
            },
            footer: function (items) {
              if (pie || !items.length) {
                return '';
              }
              var index = items[0].dataIndex;
              var lines = [];
              spec.series.forEach(function (s) {
                if (s.values[index] === null || s.values[index] === undefined) {
                  lines.push((s.label ? s.label + ': ' : '') + absent((s.reasons || [])[index]));
                }
              });
              (spec.targetLines || []).forEach(function (t) {
                if (t.values[index] !== null && t.values[index] !== undefined) {
                  lines.push(t.label + ': ' + format(t.values[index]));
                }
              });
              if (spec.targetMarkers && spec.targetMarkers[index] !== null && spec.targetMarkers[index] !== undefined) {
                lines.push(SalesKpi.t('saleskpi.gadget.quota') + ': ' + format(spec.targetMarkers[index]));
              }
              return lines;
            }
          }
        },
        saleskpiTargets: {lines: spec.targetLines || [], markers: spec.targetMarkers || []}
      },
      onClick: function (event, elements) {
        if (spec.onDrill && elements && elements.length) {
          spec.onDrill(elements[0].index, elements[0].datasetIndex);
        }
      },
      onHover: function (event, elements) {
        if (event.native && event.native.target) {
          event.native.target.style.cursor = spec.onDrill && elements.length ? 'pointer' : 'default';
        }
      }
    };
    if (!pie) {
      options.scales = {
        x: {stacked: !!spec.stacked, ticks: {autoSkip: true, maxRotation: 45}},
        y: {stacked: !!spec.stacked, beginAtZero: true, ticks: {callback: function (value) { return format(value); }}}
      };
      var extremes = [];
      (spec.targetLines || []).forEach(function (t) { extremes = extremes.concat(t.values); });
      extremes = extremes.concat(spec.targetMarkers || []).filter(function (v) { return v !== null && v !== undefined; });
      if (extremes.length) {
        // Room for a target above the bars or points.
        options.scales.y.suggestedMax = Math.max.apply(null, extremes.map(Number)) * 1.05;
      }
    }
    return new Chart(canvas, {type: spec.kind, data: {labels: spec.labels, datasets: datasets}, options: options,
      plugins: [targetPlugin]});
  }

  SalesKpi.gadgetChart = {create: create, absent: absent, targetPlugin: targetPlugin};
})(window);
