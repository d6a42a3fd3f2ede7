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

  // One question as a control: a list where it has options, a text box for long texts and annex lists, a file chooser
  // for a file (uploaded at once through `upload`, the form keeping the ids it answers), else a line.
  function field(f, prefix, upload) {
    const wrap = document.createElement('div');
    wrap.className = 'field';
    wrap.dataset.field = f.name;
    const id = prefix + f.name;
    const label = text('label', f.label + (f.required ? ' *' : ''));
    label.htmlFor = id;
    let control;
    if (f.type === 'file') {
      control = fileControl(f, wrap, upload);
    } else if (f.options.length > 0) {
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
      control.type = f.type === 'date' && prefix.endsWith('act-') ? 'date' : 'text';
      control.value = f.value;
    }
    control.id = id;
    if (f.type !== 'file') control.name = f.name;
    wrap.append(label, control);
    const hint = f.type === 'rows' ? say('rowsHint', f.columns.join('; ')) : f.help;
    if (hint) wrap.append(text('p', hint, 'subtle'));
    return wrap;
  }

  // The chooser, and a hidden value with the ids of the files uploaded for this field (what filing names them by).
  function fileControl(f, wrap, upload) {
    const chooser = document.createElement('input');
    chooser.type = 'file';
    const kept = document.createElement('input');
    kept.type = 'hidden';
    kept.name = f.name;
    const shown = text('p', '', 'subtle uploaded');
    wrap.append(kept, shown);
    chooser.addEventListener('change', async () => {
      const file = chooser.files[0];
      if (!file) return;
      wrap.querySelector('.fault')?.remove();
      shown.textContent = say('uploading', file.name);
      const answer = await upload(file);
      chooser.value = '';
      if (answer.ok) {
        kept.value = answer.id;
        shown.textContent = say('uploaded', answer.name);
      } else {
        shown.textContent = '';
        wrap.append(text('p', answer.problem, 'fault'));
      }
    });
    return chooser;
  }

  function values(form) {
    const result = {};
    for (const control of form.querySelectorAll('[name]')) {
      result[control.name] = control.multiple ? Array.from(control.selectedOptions, (o) => o.value).join(', ') : control.value;
    }
    return result;
  }

  // The case panel (`panel`: the conversation's, or the workspace's copy of it): its heading, where it stands, what it
  // asks for, its files with their links, the timeline, and one control per action.
  function showPanel(panel, c, press) {
    const part = (name) => panel.querySelector('[data-part="' + name + '"]');
    panel.hidden = !c;
    if (!c) return;
    // A question (hỏi - đáp) reads as one: its title, its due date, who asks and who answers it.
    part('title').textContent = say(c.isQuestion ? 'questionTitle' : 'caseTitle', c.code, c.procedure);
    const facts = part('facts');
    facts.replaceChildren();
    const fact = (label, value, className) => { if (value) { facts.append(text('dt', label)); facts.append(text('dd', value, className)); } };
    fact(say('caseStatus'), c.status);
    fact(say('receiptDue'), c.receiptDue);
    fact(say(c.isQuestion ? 'answerDue' : 'resolutionDue'), c.resolutionDue);
    fact(say('timeLeft'), c.timeLeft, c.overdue ? 'overdue' : '');
    fact(say(c.isQuestion ? 'answerer' : 'assignee'), c.assignee);
    fact(say(c.isQuestion ? 'asker' : 'filer'), [c.filer.name, c.filer.position, c.filer.unit].filter(Boolean).join(' – '));
    fact(say('contact'), [c.filer.phone, c.filer.email].filter(Boolean).join(' · '));
    fact(say('filedAt'), c.filedAt);
    fact(say('subCase'), c.subCase);
    const content = part('content');
    content.replaceChildren();
    for (const a of c.answers) { content.append(text('dt', a.label)); content.append(text('dd', a.value)); }
    links(content, say('files'), c.files);
    links(content, say('resultFiles'), c.resultFiles);
    links(content, say('documents'), c.documents);
    const tables = part('tables');
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
    part('timeline').replaceChildren(...c.timeline.map((e) => text('li', e.label + ' · ' + e.text)));
    const actions = part('actions');
    actions.replaceChildren();
    for (const action of c.actions) actions.append(actionControl(action, press, panel.id + '-act-'));
  }

  // Links under one heading, each signed for this agent by the service.
  function links(list, heading, files) {
    if (files.length === 0) return;
    const cell = document.createElement('dd');
    for (const f of files) {
      const link = text('a', f.name);
      link.href = f.url;
      link.target = '_blank';
      link.rel = 'noopener';
      cell.append(link, document.createElement('br'));
    }
    list.append(text('dt', heading), cell);
  }

  // A plain action is a button; one that needs inputs opens them under its title first.
  function actionControl(action, press, prefix) {
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
    for (const input of action.inputs) form.append(field(input, prefix));
    const submit = text('button', say('confirm', action.title), 'primary');
    submit.type = 'submit';
    form.append(submit);
    form.addEventListener('submit', (event) => { event.preventDefault(); press(action.verb, values(form)); });
    details.append(form);
    return details;
  }

  // The form that opens a case from the conversation, as the service prefilled it; faults are shown beside their field.
  function showForm(f, upload) {
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
    element('case-fields').replaceChildren(...f.fields.map((x) => field(x, 'case-', upload)));
  }

  // Each fault beside its field; those of questions the form does not show are returned to be said.
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

  return { text: text, showPanel: showPanel, showForm: showForm, showFaults: showFaults, values: () => values(element('case-fields')) };
})();
