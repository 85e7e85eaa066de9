/*
 * The KPI profiles page (/profiles): the profiles of each project the user sees, and a link to
 * create one per project (saving it is for the project's administrators; the API says so otherwise).
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi;
  var el = SalesKpi.el;
  var t = SalesKpi.t;
  var forms = SalesKpi.forms;

  function list(values) {
    return (values || []).join(', ');
  }

  function projectSection(config, project, profiles) {
    var table = forms.table('profiles', [t('saleskpi.admin.profile.name'), t('saleskpi.admin.profile.dealTypes'),
      t('saleskpi.admin.profile.wonStatuses'), t('saleskpi.admin.profile.currency'), t('saleskpi.admin.profile.timeZone')],
    {'data-project': project});
    profiles.forEach(function (profile) {
      table.body.appendChild(el('tr', {dataset: {profileId: String(profile.id)}}, [
        el('th', {scope: 'row'}, el('a', {href: forms.pageUrl(config, '/profiles/' + profile.id)}, profile.name)),
        el('td', {}, list(profile.dealTypes)),
        el('td', {}, list(profile.wonStatuses)),
        el('td', {}, profile.currency),
        el('td', {}, profile.timeZone)
      ]));
    });
    var headingId = forms.id('project-' + project);
    return el('section', {className: 'section', 'aria-labelledby': headingId, dataset: {project: project}}, [
      el('h2', {id: headingId}, t('saleskpi.admin.profiles.project', project)),
      profiles.length ? table.table : el('p', {className: 'empty'}, t('saleskpi.admin.profiles.none')),
      el('p', {}, el('a', {className: 'button', dataset: {action: 'create-profile', project: project},
        href: forms.pageUrl(config, '/profiles/new?project=' + encodeURIComponent(project))},
      t('saleskpi.admin.profiles.create', project)))
    ]);
  }

  function start() {
    var config = SalesKpi.start();
    var root = document.getElementById('saleskpi-profiles-list');
    if (!root) {
      return;
    }
    var api = SalesKpi.api(config.restBase);
    Promise.all([api.get('/projects'), api.get('/profiles')]).then(function (answers) {
      var projects = answers[0].slice();
      var profiles = answers[1];
      profiles.forEach(function (p) {
        if (projects.indexOf(p.project) < 0) {
          projects.push(p.project);
        }
      });
      SalesKpi.clear(root);
      var deleted = new URLSearchParams(global.location.search).get('deleted');
      if (deleted) {
        root.appendChild(forms.message('success', t('saleskpi.admin.profile.deleted', deleted)));
      }
      if (!projects.length) {
        root.appendChild(el('p', {className: 'empty'}, t('saleskpi.admin.profiles.noProjects')));
      }
      projects.forEach(function (project) {
        root.appendChild(projectSection(config, project, profiles.filter(function (p) { return p.project === project; })));
      });
    }, function (error) {
      SalesKpi.clear(root).appendChild(forms.message('error', error.message));
    });
  }

  SalesKpi.ready(start);
})(window);
