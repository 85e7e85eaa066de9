/*
 * Exports of a gadget's numbers: CSV (RFC 4180: comma-separated, CRLF line ends, fields with a
 * comma, quote or line break in double quotes with quotes doubled) and a chart's PNG.
 */
(function (global) {
  'use strict';
  var SalesKpi = global.SalesKpi = global.SalesKpi || {};

  function field(value) {
    var text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  /** Rows (arrays of cells) as CSV text. Numbers stay raw (as the API gave them), absent ones empty. */
  function csv(rows) {
    return rows.map(function (row) { return row.map(field).join(','); }).join('\r\n') + '\r\n';
  }

  /** Saves a Blob under a file name through a temporary object URL. */
  function download(blob, fileName) {
    var url = URL.createObjectURL(blob);
    var link = SalesKpi.el('a', {href: url, download: fileName, style: {display: 'none'}});
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  /** A file name from a title: letters, digits and dashes. */
  function fileName(title, extension) {
    var base = String(title || 'gadget').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return (base || 'gadget') + '.' + extension;
  }

  SalesKpi.gadgetExport = {
    csv: csv,
    download: download,
    saveCsv: function (title, rows) {
      download(new Blob([csv(rows)], {type: 'text/csv;charset=utf-8'}), fileName(title, 'csv'));
    },
    savePng: function (title, canvas) {
      canvas.toBlob(function (blob) {
        if (blob) {
          download(blob, fileName(title, 'png'));
        }
      }, 'image/png');
    }
  };
})(window);
