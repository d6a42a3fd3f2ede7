// The Development sign-in shared by the web pages: the demo people of the directory as buttons in #people; a pick signs
// the browser in (the demo cookie) and is handed to onPicked, a refusal's reason to onProblem.
(function () {
  'use strict';

  window.tthcDemoPicker = async function (base, onPicked, onProblem) {
    const people = await fetch(new URL('webchat/demo-people', base), { credentials: 'same-origin' }).then((r) => r.json());
    const list = document.getElementById('people');
    list.replaceChildren();
    for (const person of people) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.login = person.login;
      button.append(person.name);
      const login = document.createElement('span');
      login.className = 'login';
      login.textContent = person.login + (person.position ? ' · ' + person.position : '');
      button.append(login);
      button.addEventListener('click', async () => {
        const response = await fetch(new URL('webchat/demo-sign-in', base), {
          method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ login: person.login }),
        });
        const picked = await response.json().catch(() => ({}));
        if (!response.ok) return onProblem(picked.problem);
        document.getElementById('picker').hidden = true;
        return onPicked(picked.person);
      });
      const item = document.createElement('li');
      item.append(button);
      list.append(item);
    }
    document.getElementById('picker').hidden = false;
  };
})();
