/*
 * The login page: posts the username and password as JSON to /session, shows why a sign-in was
 * refused at the form, and on success goes to the page the user came from (?next=), if that is
 * a path of this site.
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi;

  /** `next` when it is a path on this site ("/goals?x=1"), else the home page: never another site. */
  function nextPage(search, pagesBase) {
    var next = new URLSearchParams(search).get('next');
    var sameSitePath = next !== null && /^\/(?![\/\\])/.test(next) && !/[\u0000-\u001f\u007f]/.test(next);
    return sameSitePath ? next : (pagesBase || '') + '/';
  }
  SalesKpi.loginNextPage = nextPage;

  function start() {
    var config = SalesKpi.start();
    var form = document.getElementById('login-form');
    var username = document.getElementById('login-username');
    var password = document.getElementById('login-password');
    var submit = document.getElementById('login-submit');
    var error = document.getElementById('login-error');

    function showError(text) {
      SalesKpi.clear(error).appendChild(document.createTextNode(text));
      error.hidden = false;
      [username, password].forEach(function (input) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', 'login-error');
      });
    }

    function clearError() {
      error.hidden = true;
      SalesKpi.clear(error);
      [username, password].forEach(function (input) {
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
      });
    }

    function busy(on) {
      submit.disabled = on;
      SalesKpi.clear(submit).appendChild(document.createTextNode(
        SalesKpi.t(on ? 'saleskpi.login.signingIn' : 'saleskpi.login.submit')));
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearError();
      if (!username.value.trim() || !password.value) {
        showError(SalesKpi.t('saleskpi.login.missing'));
        (username.value.trim() ? password : username).focus();
        return;
      }
      busy(true);
      // fetch, not SalesKpi.api: a throttled answer's Retry-After header is needed for the message.
      fetch(config.restBase + '/session', {
        method: 'POST',
        credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'},
        body: JSON.stringify({username: username.value.trim(), password: password.value})
      }).then(function (response) {
        if (response.ok) {
          global.location.assign(nextPage(global.location.search, config.pagesBase));
          return;
        }
        busy(false);
        if (response.status === 401) {
          showError(SalesKpi.t('saleskpi.login.refused'));
          password.value = '';
          password.focus();
        } else if (response.status === 429) {
          showError(SalesKpi.t('saleskpi.login.throttled', response.headers.get('Retry-After') || '60'));
        } else {
          showError(SalesKpi.t('saleskpi.error.http', response.status));
        }
      }, function () {
        busy(false);
        showError(SalesKpi.t('saleskpi.error.network'));
      });
    });
    username.focus();
  }

  SalesKpi.ready(start);
})(window);
