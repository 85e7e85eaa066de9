/*
 * The pipeline part of the KPI profile form (KPIs 11 to 18): the stages in order, each a status with its
 * win probability typed as a percentage, and what each option of the forecast category field means.
 * Each editor keeps its rows as data and redraws them, so a row's position is always the index the API
 * names in its errors (stages[1].probability).
 */
(function (global) {
  'use strict';

  var SalesKpi = global.SalesKpi;
  var el = SalesKpi.el;
  var t = SalesKpi.t;
  var forms = SalesKpi.forms;
  var CATEGORIES = ['commit', 'best-case', 'pipeline', 'omitted'];

  /**
   * A plain decimal text with its point moved by places (2: fraction to percentage, -2: back), done on
   * the digits so that 0.35 becomes 35 and not 35.00000000000001; null when the text is no such decimal.
   */
  function shiftPoint(text, places) {
    var parts = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text);
    if (!parts || (parts[2] === '' && !parts[3])) {
      return null;
    }
    var digits = parts[2] + (parts[3] || '');
    var point = parts[2].length + places;
    while (point > digits.length) {
      digits += '0';
    }
    while (point < 0) {
      digits = '0' + digits;
      point += 1;
    }
    var whole = digits.substring(0, point).replace(/^0+(?=\d)/, '') || '0';
    var decimals = digits.substring(point).replace(/0+$/, '');
    return parts[1] + whole + (decimals ? '.' + decimals : '');
  }

  /** The percentage a stored fraction (0.35) is shown as ("35"); empty for none. */
  function percent(fraction) {
    if (fraction === null || fraction === undefined) {
      return '';
    }
    var text = String(fraction);
    return /e/i.test(text) ? String(Number(fraction) * 100) : shiftPoint(text, 2);
  }

  /**
   * The fraction a typed percentage means: null for none, else a number; text that is no number is sent
   * as it is, so the API names the stage it is at.
   */
  function fraction(typed) {
    var text = typed.trim().replace(/\s*%$/, '').replace(',', '.');
    if (text === '') {
      return null;
    }
    var shifted = shiftPoint(text, -2);
    return shifted === null ? typed : Number(shifted);
  }

  /**
   * The wrapper of a list-wide error ("stages", "forecastCategories"): its label, hint and error slot. The
   * rows stay outside it, so an error about the whole list marks none of their controls.
   */
  function group(name, label, hint) {
    var id = forms.id(name);
    return el('div', {className: 'field field-group', dataset: {field: name}}, [
      el('div', {className: 'field-label', id: id + '-label'}, label),
      hint ? el('div', {className: 'field-description'}, hint) : null,
      el('div', {className: 'field-error', id: id + '-error', role: 'alert', hidden: true})
    ]);
  }

  function rowButton(action, label, ariaLabel, onclick, disabled) {
    return forms.button(action, label, {ariaLabel: ariaLabel, onclick: onclick, disabled: disabled});
  }

  /** The profile's stages in order: a status picked from the known statuses and a win probability in percent. */
  function StageList(stages, statuses) {
    var self = this;
    self.statuses = statuses || [];
    self.rows = (stages || []).map(function (stage) {
      return {status: stage.status, percent: percent(stage.probability)};
    });
    self.list = el('ol', {className: 'profile-rows profile-stages', dataset: {stages: ''}});
    self.element = el('div', {className: 'profile-list'}, [
      group('stages', t('saleskpi.admin.profile.stages'), t('saleskpi.admin.profile.stages.hint')),
      self.list,
      forms.button('add-stage', t('saleskpi.admin.profile.stages.add'), {onclick: function () {
        self.collect();
        self.rows.push({status: '', percent: ''});
        self.draw();
        self.list.lastChild.querySelector('select').focus();
      }})
    ]);
    self.draw();
  }

  StageList.prototype.draw = function () {
    var self = this;
    var list = SalesKpi.clear(self.list);
    var last = self.rows.length - 1;
    self.rows.forEach(function (row, i) {
      var name = 'stages[' + i + ']';
      var options = self.statuses.slice();
      if (row.status && options.indexOf(row.status) < 0) {
        options.push(row.status);
      }
      var probability = forms.field({name: name + '.probability', label: t('saleskpi.admin.profile.stages.probability'),
        control: el('input', {type: 'text', inputMode: 'decimal', value: row.percent, size: 6, autocomplete: 'off'})});
      var input = probability.querySelector('input');
      input.parentNode.insertBefore(el('span', {className: 'unit', 'aria-hidden': 'true'}, '%'), input.nextSibling);
      var number = i + 1;
      list.appendChild(el('li', {dataset: {stage: String(i)}}, [
        forms.field({name: name + '.status', label: t('saleskpi.admin.profile.stages.status', number),
          control: forms.select([{value: '', label: t('saleskpi.admin.choose')}].concat(options), row.status)}),
        probability,
        el('div', {className: 'profile-row-buttons'}, [
          rowButton('stage-up', '↑', t('saleskpi.admin.profile.stages.up', number), function () { self.move(i, -1); }, i === 0),
          rowButton('stage-down', '↓', t('saleskpi.admin.profile.stages.down', number), function () { self.move(i, 1); }, i === last),
          rowButton('stage-remove', t('saleskpi.admin.profile.remove'), t('saleskpi.admin.profile.stages.remove', number),
              function () { self.collect(); self.rows.splice(i, 1); self.draw(); })
        ])
      ]));
    });
  };

  /** Reads what was typed into the rows, before they are redrawn or sent. */
  StageList.prototype.collect = function () {
    var list = this.list;
    this.rows = this.rows.map(function (row, i) {
      return {status: list.querySelector('[name="stages[' + i + '].status"]').value,
        percent: list.querySelector('[name="stages[' + i + '].probability"]').value};
    });
  };

  StageList.prototype.move = function (i, by) {
    this.collect();
    var row = this.rows.splice(i, 1)[0];
    this.rows.splice(i + by, 0, row);
    this.draw();
    // Focus follows the moved stage, for keyboard users moving it several places.
    var moved = this.list.children[i + by];
    var button = moved.querySelector('[data-action=' + (by < 0 ? 'stage-up' : 'stage-down') + ']');
    (button.disabled ? moved.querySelector('select') : button).focus();
  };

  /** The stages as the API takes them: [{status, probability}], probability a fraction or null. */
  StageList.prototype.body = function () {
    this.collect();
    return this.rows.map(function (row) {
      return {status: row.status, probability: fraction(row.percent)};
    });
  };

  /** What each option of the forecast category field means: an option's name and its category. */
  function OptionList(categories) {
    var self = this;
    self.rows = Object.keys(categories || {}).map(function (option) {
      return {option: option, category: categories[option]};
    });
    self.list = el('ol', {className: 'profile-rows profile-options', dataset: {options: ''}});
    self.element = el('div', {className: 'profile-list'}, [
      group('forecastCategories', t('saleskpi.admin.profile.forecastCategories'),
          t('saleskpi.admin.profile.forecastCategories.hint')),
      self.list,
      forms.button('add-option', t('saleskpi.admin.profile.forecastCategories.add'), {onclick: function () {
        self.collect();
        self.rows.push({option: '', category: 'commit'});
        self.draw();
        self.list.lastChild.querySelector('input').focus();
      }})
    ]);
    self.draw();
  }

  OptionList.prototype.draw = function () {
    var self = this;
    var list = SalesKpi.clear(self.list);
    var categories = CATEGORIES.map(function (key) {
      return {value: key, label: t('saleskpi.admin.profile.forecastCategories.' + key)};
    });
    self.rows.forEach(function (row, i) {
      var name = 'forecastCategories[' + i + ']';
      list.appendChild(el('li', {dataset: {option: String(i)}}, [
        forms.field({name: name + '.option', label: t('saleskpi.admin.profile.forecastCategories.option'),
          control: el('input', {type: 'text', value: row.option, maxLength: 255, autocomplete: 'off'})}),
        forms.field({name: name + '.category', label: t('saleskpi.admin.profile.forecastCategories.category'),
          control: forms.select(categories, row.category)}),
        el('div', {className: 'profile-row-buttons'}, [
          rowButton('option-remove', t('saleskpi.admin.profile.remove'),
              t('saleskpi.admin.profile.forecastCategories.remove', row.option || String(i + 1)),
              function () { self.collect(); self.rows.splice(i, 1); self.draw(); })
        ])
      ]));
    });
  };

  OptionList.prototype.collect = function () {
    var list = this.list;
    this.rows = this.rows.map(function (row, i) {
      return {option: list.querySelector('[name="forecastCategories[' + i + '].option"]').value,
        category: list.querySelector('[name="forecastCategories[' + i + '].category"]').value};
    });
  };

  /** The mapping as the API takes it: {option: category}; rows without an option name are left out. */
  OptionList.prototype.body = function () {
    this.collect();
    var mapping = {};
    this.rows.forEach(function (row) {
      if (row.option.trim() !== '') {
        mapping[row.option.trim()] = row.category;
      }
    });
    return mapping;
  };

  SalesKpi.profilePipeline = {StageList: StageList, OptionList: OptionList, percent: percent, fraction: fraction};
})(window);
