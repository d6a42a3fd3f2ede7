// The agent console's case side of a conversation: the panel of its case (what it asks for, where it stands, the
// actions the agent may take now) and the form that opens a case from the conversation, prefilled by the service.
window.TthcConsoleCase = (function () {
  'use strict';

  const element = (id) => document.getElementById(id);
  const say = (name, ...args) => document.body.dataset[name].replace(/\{(\d)\}/g, (_, i) => args[Number(i)]);

  function text(tag, value, className) {
    const node = document.createElement(tag);
    node.textContent = value;
    if (className) node.className = className;
    return node;
  }

  // One question as a control: a list where it has options, a text box for long texts and annex lists, else a line.
  function field(f, prefix) {
    const wrap = document.createElement('div');
    wrap.className = 'field';
    wrap.dataset.field = f.name;
    const id = prefix + f.name;
    const label = text('label', f.label + (f.required ? ' *' : ''));
    label.htmlFor = id;
    let control;
    if (f.options.length > 0) {
      control = document.createElement('select');
      control.multiple = f.type === 'multiChoice';
      if (!control.multiple) control.append(new Option(say('choose'), ''));
      const chosen = f.value.split(',').map((v) => v.trim());
      for (const o of f.options) control.append(new Option(o.label, o.value, false, chosen.includes(o.value)));
    } else if (f.type === 'longText' || f.type === 'rows') {
      control = document.createElement('textarea');
      control.rows = f.type === 'rows' ? 4 : 3;
      control.value = f.value;
    } else {
      control = document.createElement('input');
      control.type = f.type === 'date' && prefix === 'act-' ? 'date' : 'text';
      control.value = f.value;
    }
    control.id = id;
    control.name = f.name;
    wrap.append(label, control);
    const hint = f.type === 'rows' ? say('rowsHint', f.columns.join('; ')) : f.help;
    if (hint) wrap.append(text('p', hint, 'subtle'));
    return wrap;
  }

  function values(form) {
    const result = {};
    for (const control of form.querySelectorAll('[name]')) {
      result[control.name] = control.multiple ? Array.from(control.selectedOptions, (o) => o.value).join(', ') : control.value;
    }
    return result;
  }

  // The case panel: its heading, where it stands, what it asks for, the timeline, and one control per action.
  function showPanel(c, press) {
    const panel = element('case-panel');
    panel.hidden = !c;
    if (!c) return;
    element('case-title').textContent = say('caseTitle', c.code, c.procedure);
    const facts = element('case-facts');
    facts.replaceChildren();
    const fact = (label, value, className) => { if (value) { facts.append(text('dt', label)); facts.append(text('dd', value, className)); } };
    fact(say('caseStatus'), c.status);
    fact(say('receiptDue'), c.receiptDue);
    fact(say('resolutionDue'), c.resolutionDue);
    fact(say('timeLeft'), c.timeLeft, c.overdue ? 'overdue' : '');
    fact(say('assignee'), c.assignee);
    fact(say('filer'), [c.filer.name, c.filer.position, c.filer.unit].filter(Boolean).join(' – '));
    fact(say('contact'), [c.filer.phone, c.filer.email].filter(Boolean).join(' · '));
    fact(say('filedAt'), c.filedAt);
    fact(say('subCase'), c.subCase);
    const content = element('case-content');
    content.replaceChildren();
    for (const a of c.answers) { content.append(text('dt', a.label)); content.append(text('dd', a.value)); }
    for (const f of c.files) { content.append(text('dt', say('files'))); content.append(text('dd', f)); }
    const tables = element('case-tables');
    tables.replaceChildren();
    for (const t of c.tables) {
      const table = document.createElement('table');
      table.append(text('caption', t.label));
      const head = document.createElement('tr');
      for (const column of t.columns) head.append(text('th', column));
      table.append(head);
      for (const row of t.rows) {
        const tr = document.createElement('tr');
        for (const cell of row) tr.append(text('td', cell));
        table.append(tr);
      }
      tables.append(table);
    }
    const timeline = element('case-timeline');
    timeline.replaceChildren(...c.timeline.map((e) => text('li', e.label + ' · ' + e.text)));
    const actions = element('case-actions');
    actions.replaceChildren();
    for (const action of c.actions) actions.append(actionControl(action, press));
  }

  // A plain action is a button; one that needs inputs opens them under its title first.
  function actionControl(action, press) {
    if (action.inputs.length === 0) {
      const button = text('button', action.title);
      button.type = 'button';
      button.dataset.verb = action.verb;
      button.addEventListener('click', () => press(action.verb, {}));
      return button;
    }
    const details = document.createElement('details');
    details.className = 'case-action';
    details.append(text('summary', action.title));
    const form = document.createElement('form');
    form.dataset.verb = action.verb;
    for (const input of action.inputs) form.append(field(input, 'act-'));
    const submit = text('button', say('confirm', action.title), 'primary');
    submit.type = 'submit';
    form.append(submit);
    form.addEventListener('submit', (event) => { event.preventDefault(); press(action.verb, values(form)); });
    details.append(form);
    return details;
  }

  // The form that opens a case from the conversation, as the service prefilled it; faults are shown beside their field.
  function showForm(f) {
    const form = element('case-form');
    form.hidden = !f;
    if (!f) return;
    form.dataset.caseId = f.caseId;
    element('case-form-for').textContent = f.procedures.length ? say('caseFormFor', f.requester, f.unit) : say('noProcedure');
    const procedure = element('case-procedure');
    procedure.replaceChildren(...f.procedures.map((p) => new Option(p.label, p.value, false, p.value === f.procedure)));
    const subCase = element('case-subcase');
    subCase.replaceChildren(...f.subCases.map((s) => new Option(s.label, s.value, false, s.value === f.subCase)));
    element('case-subcase-label').hidden = f.subCases.length === 0;
    element('case-fields').replaceChildren(...f.fields.map((x) => field(x, 'case-')));
  }

  // Each fault beside its field; those of questions the console does not ask (a required file) are returned to be said.
  function showFaults(errors) {
    const shown = new Set();
    for (const wrap of document.querySelectorAll('#case-fields .field')) {
      wrap.querySelector('.fault')?.remove();
      const fault = errors[wrap.dataset.field];
      if (fault) wrap.append(text('p', fault, 'fault'));
      shown.add(wrap.dataset.field);
    }
    return Object.keys(errors).filter((name) => !shown.has(name)).map((name) => errors[name]);
  }

  return { showPanel: showPanel, showForm: showForm, showFaults: showFaults, values: () => values(element('case-fields')) };
})();
