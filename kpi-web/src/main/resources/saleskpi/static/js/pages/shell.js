/*
 * The page shell: what the top bar does on every page. Its links fit its width, the others under a
 * "More" button; signing out ends the session, then shows the login page.
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi;

  /**
   * The top bar keeps one line: the links that do not fit its width move, in their order, into the list of the
   * "More" button, the current page's link last of all (ADR 0066). A disclosure button: Enter or Space opens the
   * list, the arrows, Home and End go through its links, Tab leaves it, Escape closes it and returns to the button.
   */
  function fitTopBar() {
    var links = document.getElementById('saleskpi-top-bar-links');
    var more = document.getElementById('saleskpi-top-bar-more');
    if (!links || !more) {
      return;
    }
    var button = document.getElementById('saleskpi-top-bar-more-button');
    var list = document.getElementById('saleskpi-top-bar-more-list');
    var items = Array.prototype.slice.call(links.children);
    // Given away last: the current page's link, so the bar keeps showing where the user is.
    var givenAway = items.filter(function (item) { return !isCurrent(item); }).reverse()
        .concat(items.filter(isCurrent));
    links.parentNode.classList.add('top-bar-nav-fitted');

    function isCurrent(item) {
      return item.querySelector('[aria-current]') !== null;
    }
    function overflows() {
      return links.scrollWidth > links.clientWidth;
    }
    function fit() {
      close(false);
      items.forEach(function (item) { links.appendChild(item); });
      more.hidden = true;
      if (!overflows()) {
        return;
      }
      more.hidden = false;
      var moved = [];
      for (var i = 0; i < givenAway.length && overflows(); i++) {
        moved.push(givenAway[i]);
        list.appendChild(givenAway[i]);
      }
      // The list shows them in the bar's order.
      items.filter(function (item) { return moved.indexOf(item) >= 0; })
          .forEach(function (item) { list.appendChild(item); });
      button.classList.toggle('top-bar-more-current', moved.some(isCurrent));
    }
    function listLinks() {
      return Array.prototype.slice.call(list.querySelectorAll('a'));
    }
    var popup = SalesKpi.popup(more, button, list, function (focusAt) {
      var entries = listLinks();
      if (focusAt !== undefined && entries.length > 0) {
        entries[(focusAt + entries.length) % entries.length].focus();
      }
    });
    var open = popup.open;
    var close = popup.close;
    more.addEventListener('keydown', function (event) {
      var entries = listLinks();
      var at = entries.indexOf(document.activeElement);
      if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close(true);
        return;
      }
      var to = {ArrowDown: at + 1, ArrowUp: at < 0 ? -1 : at - 1, Home: 0, End: -1}[event.key];
      if (to === undefined || (at < 0 && (event.key === 'Home' || event.key === 'End'))) {
        return;
      }
      event.preventDefault();
      if (list.hidden) {
        open(to);
      } else if (entries.length > 0) {
        entries[(to + entries.length) % entries.length].focus();
      }
    });
    // Tab out of the list, or a click elsewhere, closes it.
    more.addEventListener('focusout', function (event) {
      if (!list.hidden && event.relatedTarget && !more.contains(event.relatedTarget)) {
        close(false);
      }
    });
    var pending = false;
    global.addEventListener('resize', function () {
      if (!pending) {
        pending = true;
        global.requestAnimationFrame(function () {
          pending = false;
          fit();
        });
      }
    });
    fit();
    // Web fonts arriving late change the links' widths.
    if (document.fonts && document.fonts.ready) {
      document.fonts.ready.then(fit);
    }
  }

  function start() {
    fitTopBar();
    var button = document.getElementById('saleskpi-sign-out');
    if (!button) {
      return;
    }
    var config = SalesKpi.start();
    button.addEventListener('click', function () {
      button.disabled = true;
      var done = function () { global.location.assign((config.pagesBase || '') + '/login'); };
      // Even when the server cannot be reached, leaving for the login page is what the user asked for.
      SalesKpi.api(config.restBase).del('/session').then(done, done);
    });
  }

  SalesKpi.ready(start);
})(window);
