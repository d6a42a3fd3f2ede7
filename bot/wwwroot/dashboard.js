// The dashboard page: who is signed in (or, in Development, a demo person to pick), the filters, and for every table
// of /bang-dieu-khien/so-lieu the table itself with its chart beside it, drawn from the same rows.
(function () {
  'use strict';

  const base = new URL('.', document.baseURI);
  const element = (id) => document.getElementById(id);
  const form = element('filters');
  const charts = [];

  // Which tables get a chart, of which columns (by index), and how it is drawn.
  const chartOf = {
    ByStatus: { type: 'bar', columns: [1], horizontal: true },
    ByUnit: { type: 'bar', columns: [2, 3, 4], stacked: true },
    ByProcedure: { type: 'bar', columns: [2, 3, 4], stacked: true },
    ByMonth: { type: 'bar', columns: [2, 3, 4], stacked: true },
    Incidents: { type: 'doughnut', columns: [1] },
    Ratings: { type: 'bar', columns: [1] },
  };
  const colours = ['#2f7d32', '#0b5394', '#c62828', '#f9a825', '#6a1b9a'];

  async function call(path, options) {
    const response = await fetch(new URL(path, base), Object.assign({ credentials: 'same-origin' }, options));
    const body = await response.json().catch(() => ({}));
    return { ok: response.ok, status: response.status, body: body };
  }

  function showProblem(text) {
    element('problem').textContent = text || 'Không tải được số liệu. Hãy tải lại trang.';
    element('problem').hidden = false;
  }

  function showPicker() {
    return window.TthcPages.showPicker(() => location.reload(), showProblem);
  }

  function query() {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value) params.set(name, value);
    return params;
  }

  async function load(params) {
    const figures = await call('bang-dieu-khien/so-lieu?' + params);
    if (figures.status === 401 || figures.status === 403) {
      element('board').hidden = true;
      return figures;
    }
    if (!figures.ok) {
      showProblem(figures.body.problem);
      return figures;
    }
    element('problem').hidden = true;
    render(figures.body);
    history.replaceState(null, '', '?' + params);
    element('export-xlsx').href = new URL('bang-dieu-khien/xuat.xlsx?' + params, base).href;
    return figures;
  }

  function fill(select, options, chosen) {
    while (select.options.length > 1) select.remove(1);
    for (const option of options) select.add(new Option(option.name, option.value, false, option.value === chosen));
  }

  function render(data) {
    element('who-name').textContent = data.person;
    element('who').hidden = false;
    element('scope').textContent = data.heading;
    form.elements.tu.value = data.from;
    form.elements.den.value = data.to;
    fill(form.elements['don-vi'], data.units.map((u) => ({ value: u.id, name: u.name })), data.unit);
    fill(form.elements['thu-tuc'], data.procedures.map((p) => ({ value: p.code, name: p.name })), data.procedure);
    while (charts.length) charts.pop().destroy();
    const tables = element('tables');
    tables.replaceChildren(...data.tables.map(section));
    element('board').hidden = false;
  }

  function section(table) {
    const box = document.createElement('section');
    box.className = 'report';
    box.dataset.table = table.key;
    const title = document.createElement('h2');
    title.append(table.title);
    const csv = document.createElement('a');
    csv.href = new URL('bang-dieu-khien/xuat.csv?' + new URLSearchParams([...query(), ['bang', table.key]]), base).href;
    csv.textContent = 'Tải CSV';
    title.append(csv);
    const body = document.createElement('div');
    body.className = 'body';
    body.append(grid(table));
    const spec = chartOf[table.key];
    // A chart of nothing but zeros would be an empty frame: the table says it better.
    if (spec && table.rows.some((r) => spec.columns.some((c) => r[c].number > 0))) body.append(chart(table, spec));
    else body.classList.add('wide');
    box.append(title, body);
    return box;
  }

  function grid(table) {
    const t = document.createElement('table');
    t.className = 'figures';
    const head = t.createTHead().insertRow();
    for (const column of table.columns) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = column;
      head.append(th);
    }
    const body = t.createTBody();
    if (table.rows.length === 0) {
      const row = body.insertRow();
      row.className = 'empty';
      const cell = row.insertCell();
      cell.colSpan = table.columns.length;
      cell.textContent = 'Không có hồ sơ nào trong kỳ.';
    }
    for (const cells of table.rows) {
      const row = body.insertRow();
      for (const cell of cells) {
        const td = row.insertCell();
        td.textContent = cell.text;
        if (cell.number !== null && cell.number !== undefined) td.className = 'number';
      }
    }
    return t;
  }

  function chart(table, spec) {
    const holder = document.createElement('div');
    holder.className = 'chart';
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', 'Biểu đồ: ' + table.title);
    holder.append(canvas);
    const labels = table.rows.map((r) => r[0].text);
    const datasets = spec.columns.map((c, i) => ({
      label: table.columns[c],
      data: table.rows.map((r) => r[c].number ?? 0),
      backgroundColor: spec.type === 'doughnut' ? ['#c62828', '#f9a825', '#2f7d32'] : colours[i % colours.length],
    }));
    charts.push(new window.Chart(canvas, {
      type: spec.type,
      data: { labels: labels, datasets: datasets },
      options: {
        maintainAspectRatio: false,
        animation: false,
        indexAxis: spec.horizontal ? 'y' : 'x',
        plugins: { legend: { display: spec.columns.length > 1 || spec.type === 'doughnut' } },
        scales: spec.type === 'doughnut' ? {} : {
          x: { stacked: !!spec.stacked, ticks: { precision: 0 } },
          y: { stacked: !!spec.stacked, ticks: { precision: 0 }, beginAtZero: true },
        },
      },
    }));
    return holder;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load(query());
  });

  element('switch-person').addEventListener('click', async () => {
    await call('webchat/demo-sign-out', { method: 'POST' });
    location.reload();
  });

  (async () => {
    try {
      const session = await call('webchat/session');
      element('switch-person').hidden = !session.body.demo;
      if (!session.body.person) {
        if (session.body.demo) return await showPicker();
        return showProblem(session.body.problem);
      }
      const first = await load(new URLSearchParams(location.search));
      if (first.status === 401 || first.status === 403) {
        showProblem(first.body.problem);
        if (session.body.demo) await showPicker();
      }
    } catch (error) {
      showProblem();
    }
  })();
})();
