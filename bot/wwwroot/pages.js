// What the service's pages share: calls to the service relative to the page, and the demo people picker (Development).
window.TthcPages = (function () {
  'use strict';

  const base = new URL('.', document.baseURI);

  async function call(path, options) {
    const response = await fetch(new URL(path, base), Object.assign({ credentials: 'same-origin' }, options));
    const body = await response.json().catch(() => ({}));
    return { ok: response.ok, status: response.status, body: body };
  }

  function post(path, body) {
    return call(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body || {}) });
  }

  // Lists the demo directory's people in #people (those of `from`, by default everyone); the one picked is signed in
  // (a cookie) and handed to onSignedIn.
  async function showPicker(onSignedIn, onProblem, from) {
    const people = await call(from || 'webchat/demo-people');
    const list = document.getElementById('people');
    list.replaceChildren();
    for (const person of people.body) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.login = person.login;
      button.append(person.name);
      const login = document.createElement('span');
      login.className = 'login';
      login.textContent = person.login + (person.position ? ' · ' + person.position : '');
      button.append(login);
      button.addEventListener('click', async () => {
        const picked = await post('webchat/demo-sign-in', { login: person.login });
        if (!picked.ok) return onProblem(picked.body.problem);
        document.getElementById('picker').hidden = true;
        await onSignedIn(picked.body.person);
      });
      const item = document.createElement('li');
      item.append(button);
      list.append(item);
    }
    document.getElementById('picker').hidden = false;
  }

  return { base: base, call: call, post: post, showPicker: showPicker };
})();
