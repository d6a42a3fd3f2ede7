// The agent console: sign-in as on the chat page, the hand-off queue live over SignalR, one conversation with its
// transcript, and the case workspace (can-bo-cases.js: the agency's case queue and any case, with its card's actions).
(function () {
  'use strict';

  const { base, call } = window.TthcPages;
  const element = (id) => document.getElementById(id);
  const { text } = window.TthcConsoleCase;
  const say = (name, ...args) => document.body.dataset[name].replace(/\{(\d)\}/g, (_, i) => args[Number(i)]);
  let hub = null;
  let session = null;
  let opened = null;

  function showProblem(text) {
    element('problem').textContent = text || say('broken');
    element('problem').hidden = false;
  }

  function notify(text) {
    element('notice').textContent = text || '';
    element('notice').hidden = !text;
  }

  async function refresh() {
    const state = await hub.invoke('State');
    element('online').checked = state.online;
    element('presence-label').textContent = say(state.online ? 'online' : 'away');
    const canned = element('canned');
    if (canned.options.length === 1) {
      for (const reply of state.canned) canned.append(new Option(reply, reply));
    }
    const list = element('queue');
    list.replaceChildren();
    if (state.queue.length === 0) list.append(text('li', say('emptyQueue'), 'subtle'));
    for (const row of state.queue) {
      const item = document.createElement('li');
      if (row.critical) item.className = 'critical';
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.handoff = row.id;
      button.setAttribute('aria-current', String(row.id === opened));
      button.append(text('span', row.requester, 'name'));
      button.append(text('span', row.unit, 'meta'));
      button.append(text('span', row.reason, 'meta'));
      button.append(text('span', row.status + ' · ' + (row.agent ? say('takenBy', row.mine ? say('you') : row.agent) : row.waitedMinutes > 0 ? say('waited', row.waitedMinutes) : say('justNow')), 'meta'));
      button.addEventListener('click', () => open(row.id));
      item.append(button);
      list.append(item);
    }
    if (opened) await open(opened);
  }

  async function open(id) {
    opened = id;
    const c = await hub.invoke('Open', id);
    element('conversation-empty').textContent = c ? '' : say('pick');
    element('conversation').hidden = !c;
    for (const button of document.querySelectorAll('#queue button')) button.setAttribute('aria-current', String(button.dataset.handoff === id));
    if (!c) return;
    element('c-requester').textContent = c.requester;
    element('c-unit').textContent = c.unit;
    element('c-reason').textContent = c.reason;
    element('c-status').textContent = c.status;
    element('c-agent').textContent = c.agent ? '· ' + say('takenBy', c.mine ? say('you') : c.agent) : '';
    const facts = element('c-facts');
    facts.replaceChildren();
    const fact = (label, value) => { if (value) { facts.append(text('dt', label)); facts.append(text('dd', value)); } };
    fact(say('position'), c.context.position);
    fact(say('procedure'), c.context.procedure);
    for (const answer of c.context.answers) fact(answer.label, answer.text);
    fact(say('words'), c.context.words);
    for (const message of c.context.lastMessages) fact(message.label, message.text);
    const transcript = element('transcript');
    transcript.replaceChildren();
    for (const line of c.transcript) {
      const item = document.createElement('li');
      item.className = line.side;
      item.append(text('span', line.author + ' · ' + line.at, 'author'));
      if (line.text) item.append(document.createTextNode(line.text));
      for (const file of line.files) {
        const link = text('a', say('download', file.name));
        link.href = file.url;
        link.target = '_blank';
        link.rel = 'noopener';
        item.append(document.createElement('br'), link);
      }
      transcript.append(item);
    }
    transcript.scrollTop = transcript.scrollHeight;
    const active = c.active;
    element('take').hidden = c.agent !== null && c.agent !== undefined;
    element('end').hidden = !(c.mine && active);
    element('reply').hidden = !(c.mine && active);
    element('transfer').hidden = !(c.mine && active);
    element('c-case').textContent = c.caseCode ? say('case', c.caseCode) : say('noCase');
    element('show-case').hidden = !c.caseCode;
    element('show-case').dataset.code = c.caseCode || '';
    element('open-case').hidden = Boolean(c.cannotOpenCase);
    element('open-case-why').hidden = !c.cannotOpenCase;
    element('open-case-why').textContent = c.cannotOpenCase || '';
    if (c.cannotOpenCase) element('case-form').hidden = true;
    window.TthcConsoleCase.showPanel(element('case-panel'), c.case, pressCase);
  }

  async function pressCase(verb, inputs) {
    await act('CaseAction', opened, verb, inputs);
  }

  // The case form, prefilled by the service from the conversation; another procedure or sub-case reads it again.
  async function openCaseForm(procedure, subCase) {
    window.TthcConsoleCase.showForm(await hub.invoke('CaseForm', opened, procedure || null, subCase || null), uploadCaseFile);
  }

  // A file for the case form's file field: kept by the service under the case the form will file.
  async function uploadCaseFile(file) {
    const form = new FormData();
    form.append('file', file);
    const sent = await call('can-bo/case-forms/' + element('case-form').dataset.caseId + '/files', { method: 'POST', headers: { RequestVerificationToken: session.token }, body: form });
    return sent.ok ? { ok: true, id: sent.body.id, name: sent.body.name } : { ok: false, problem: sent.body.problem || say('broken') };
  }

  async function fileCase(event) {
    event.preventDefault();
    const form = element('case-form');
    const filed = await hub.invoke('OpenCase', opened, form.dataset.caseId, element('case-procedure').value,
      element('case-subcase').value || null, window.TthcConsoleCase.values());
    const unasked = window.TthcConsoleCase.showFaults(filed.errors);
    notify([filed.message, ...unasked].join(' '));
    if (filed.caseCode) {
      form.hidden = true;
      await refresh();
      await window.TthcConsoleCases.refresh();
    }
  }

  async function act(method, ...args) {
    try {
      notify(await hub.invoke(method, ...args));
    } catch (error) {
      notify(error.message);
    }
    await refresh();
    await window.TthcConsoleCases.refresh();
  }

  async function sendReply(event) {
    event.preventDefault();
    const input = element('reply-text');
    const file = element('reply-file').files[0];
    if (file) {
      const form = new FormData();
      form.append('text', input.value);
      form.append('file', file);
      const sent = await call('can-bo/handoffs/' + opened + '/files', { method: 'POST', headers: { RequestVerificationToken: session.token }, body: form });
      notify(sent.ok ? '' : sent.body.problem);
      if (!sent.ok) return;
    } else {
      const problem = await hub.invoke('Send', opened, input.value);
      notify(problem);
      if (problem) return;
    }
    input.value = '';
    element('reply-file').value = '';
    await refresh();
  }

  async function start(person, demo) {
    element('problem').hidden = true;
    element('who-name').textContent = person.name + ' (' + person.login + ')';
    element('who').hidden = false;
    element('switch-person').hidden = !demo;
    hub = new signalR.HubConnectionBuilder().withUrl(new URL('can-bo/hub', base).href).withAutomaticReconnect().build();
    hub.on('handoffChanged', () => refresh());
    hub.on('caseChanged', (code) => window.TthcConsoleCases.changed(code));
    hub.onreconnecting(() => notify(say('reconnecting')));
    hub.onreconnected(async () => { notify(''); await refresh(); await window.TthcConsoleCases.refresh(); });
    await hub.start();
    element('conversation-empty').textContent = say('pick');
    await refresh();
    // Shown only now: a click on "trực tuyến" before the first state arrives would be overwritten by it.
    element('console').hidden = false;
    await window.TthcConsoleCases.start(session.token, notify);
  }

  element('online').addEventListener('change', async (event) => { await hub.invoke('SetOnline', event.target.checked); await refresh(); });
  element('take').addEventListener('click', () => act('Take', opened));
  element('end').addEventListener('click', () => act('End', opened));
  element('reply').addEventListener('submit', sendReply);
  element('canned').addEventListener('change', (event) => { element('reply-text').value = event.target.value; event.target.value = ''; element('reply-text').focus(); });
  element('transfer').addEventListener('submit', (event) => { event.preventDefault(); act('Transfer', opened, element('transfer-login').value); });
  element('attach').addEventListener('submit', (event) => { event.preventDefault(); act('AttachCase', opened, element('attach-code').value); });
  element('show-case').addEventListener('click', (event) => window.TthcConsoleCases.open(event.target.dataset.code));
  element('open-case').addEventListener('click', () => openCaseForm());
  element('case-procedure').addEventListener('change', (event) => openCaseForm(event.target.value));
  element('case-subcase').addEventListener('change', (event) => openCaseForm(element('case-procedure').value, event.target.value));
  element('case-form-close').addEventListener('click', () => { element('case-form').hidden = true; });
  element('case-form').addEventListener('submit', fileCase);
  element('takeover').addEventListener('submit', async (event) => {
    event.preventDefault();
    const [message, id] = await hub.invoke('TakeOver', element('takeover-login').value);
    notify(message);
    if (id) opened = id;
    await refresh();
  });
  element('switch-person').addEventListener('click', async () => {
    await call('webchat/demo-sign-out', { method: 'POST' });
    location.reload();
  });

  // The console needs the agent's own session (its anti-forgery token): read again once someone is picked.
  async function openSession() {
    session = (await call('can-bo/session')).body;
    if (session.person) return await start(session.person, session.demo);
    if (session.problem) showProblem(session.problem);
    if (session.demo) await window.TthcPages.showPicker(openSession, showProblem, 'can-bo/demo-people');
  }

  openSession().catch(() => showProblem());
})();
