// The agent console's case workspace: the agency's case queue under the filters of "hàng đợi" (read by the service,
// a page at a time), any case opened by its code, shown in a copy of the case panel and acted on with its card's actions.
window.TthcConsoleCases = (function () {
  'use strict';

  const { call } = window.TthcPages;
  const element = (id) => document.getElementById(id);
  const { text } = window.TthcConsoleCase;
  const say = (name, ...args) => document.body.dataset[name].replace(/\{(\d)\}/g, (_, i) => args[Number(i)]);
  let query = { filter: 'all', procedure: '', skip: 0 };
  let shown = null;
  let token = '';
  let notify = () => {};
  let panel = null;

  async function list() {
    const params = new URLSearchParams({ filter: query.filter, procedure: query.procedure, skip: String(query.skip) });
    const answer = await call('can-bo/cases?' + params);
    if (!answer.ok) { element('case-summary').textContent = answer.body.problem; return; }
    const page = answer.body;
    query = { filter: page.filter, procedure: page.procedure || '', skip: page.skip };
    const filters = element('case-filters');
    filters.replaceChildren(...page.filters.map((f) => {
      const button = text('button', f.label);
      button.type = 'button';
      button.dataset.filter = f.value;
      button.setAttribute('aria-pressed', String(f.value === page.filter));
      button.addEventListener('click', () => go({ filter: f.value, procedure: '', skip: 0 }));
      return button;
    }));
    const procedures = element('case-filter-procedure');
    procedures.replaceChildren(new Option(say('allProcedures'), ''), ...page.procedures.map((p) => new Option(p.label, p.value, false, p.value === page.procedure)));
    element('case-summary').textContent = page.summary;
    element('cases').replaceChildren(...page.rows.map(row));
    element('cases-previous').hidden = page.skip === 0;
    element('cases-next').hidden = page.skip + page.size >= page.total;
    element('cases-previous').onclick = () => go({ ...query, skip: Math.max(0, page.skip - page.size) });
    element('cases-next').onclick = () => go({ ...query, skip: page.skip + page.size });
  }

  function row(r) {
    const item = document.createElement('li');
    if (r.overdue) item.className = 'overdue-case';
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.code = r.code;
    button.setAttribute('aria-current', String(r.code === shown));
    button.append(text('span', r.code + (r.urgent ? ' · ' + say('urgent') : ''), 'name'), text('span', r.procedure, 'meta'));
    if (r.requester) button.append(text('span', r.requester, 'meta'));
    const standing = [r.status, r.due ? say('due', r.dueLabel, r.due) : '', r.timeLeft ? say('timeLeftRow', r.timeLeft) : '', r.assignee ? say('takenBy', r.assignee) : ''];
    button.append(text('span', standing.filter(Boolean).join(' · '), 'meta' + (r.overdue ? ' overdue' : '')));
    button.addEventListener('click', () => open(r.code));
    item.append(button);
    return item;
  }

  async function go(next) {
    query = next;
    await list();
  }

  async function open(code, quiet) {
    shown = code;
    const answer = await call('can-bo/cases/' + encodeURIComponent(code));
    for (const button of document.querySelectorAll('#cases button')) button.setAttribute('aria-current', String(button.dataset.code === code));
    if (!answer.ok) {
      if (!quiet) notify(answer.body.problem);
      window.TthcConsoleCase.showPanel(panel, null);
      return;
    }
    window.TthcConsoleCase.showPanel(panel, answer.body, press);
    if (!quiet) { notify(''); panel.scrollIntoView({ block: 'nearest' }); }
  }

  // The card's action on the shown case; the panel and the queue are read again as they now stand.
  async function press(verb, inputs) {
    const answer = await call('can-bo/cases/' + encodeURIComponent(shown) + '/actions', {
      method: 'POST', headers: { 'Content-Type': 'application/json', RequestVerificationToken: token }, body: JSON.stringify({ verb: verb, inputs: inputs }),
    });
    notify(answer.ok ? answer.body.message : answer.body.problem);
    if (answer.ok && answer.body.case) window.TthcConsoleCase.showPanel(panel, answer.body.case, press);
    await list();
  }

  // The workspace's panel is a copy of the conversation's, its ids prefixed so both can be shown at once.
  function start(antiforgery, tell) {
    token = antiforgery;
    notify = tell;
    panel = element('case-panel').cloneNode(true);
    for (const node of [panel, ...panel.querySelectorAll('[id]')]) node.id = 'w-' + node.id;
    panel.setAttribute('aria-labelledby', 'w-case-title');
    panel.hidden = true;
    element('workspace-case').append(panel);
    element('case-filter-procedure').addEventListener('change', (event) =>
      go(event.target.value ? { filter: 'procedure', procedure: event.target.value, skip: 0 } : { filter: 'all', procedure: '', skip: 0 }));
    element('find-case').addEventListener('submit', (event) => { event.preventDefault(); open(element('find-code').value.trim()); });
    return list();
  }

  // Another agent changed a case of the agency: the list as it now stands, and the case itself when it is the one shown.
  function changed(code) {
    return list().then(() => (code === shown ? open(shown, true) : undefined));
  }

  return { start: start, open: open, changed: changed, refresh: () => list().then(() => (shown ? open(shown, true) : undefined)) };
})();
