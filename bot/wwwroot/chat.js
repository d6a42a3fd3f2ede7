// The chat page: find out who is signed in (or offer the demo picker in Development), get a Direct Line token
// bound to that person and one conversation, and start Web Chat against this service's own Direct Line.
(function () {
  'use strict';

  const { base, call, post } = window.TthcPages;
  const element = (id) => document.getElementById(id);
  const storageKey = (login) => 'tthc.conversation.' + login;

  function showProblem(text) {
    element('problem').textContent = text || 'Không mở được trợ lý. Hãy tải lại trang.';
    element('problem').hidden = false;
  }

  // A reload continues the person's conversation of this tab; a refused one (gone, someone else's) starts anew.
  async function fetchToken(login) {
    const earlier = sessionStorage.getItem(storageKey(login));
    if (earlier) {
      const resumed = await post('v3/directline/tokens/generate', { conversationId: earlier });
      if (resumed.ok) return { token: resumed.body.token, conversationId: earlier };
      sessionStorage.removeItem(storageKey(login));
    }
    const fresh = await post('v3/directline/tokens/generate');
    if (!fresh.ok) throw new Error((fresh.body.error && fresh.body.error.message) || 'token');
    return { token: fresh.body.token };
  }

  async function startChat(person, demo) {
    element('who-name').textContent = person.name + ' (' + person.login + ')';
    element('who').hidden = false;
    element('switch-person').hidden = !demo;
    const { token, conversationId } = await fetchToken(person.login);
    const directLine = window.WebChat.createDirectLine({
      token: token,
      conversationId: conversationId,
      domain: new URL('v3/directline', base).href,
      webSocket: true,
    });
    directLine.activity$.subscribe((activity) => {
      if (activity.conversation && activity.conversation.id) {
        sessionStorage.setItem(storageKey(person.login), activity.conversation.id);
      }
    });
    element('webchat').hidden = false;
    window.WebChat.renderWebChat({
      directLine: directLine,
      // The Content-Security-Policy allows no inline style but those carrying the page's nonce (Web Chat's own sheets).
      nonce: document.querySelector('meta[name="csp-nonce"]').content,
      locale: 'vi-VN',
      userID: person.login,
      username: person.name,
      styleOptions: { botAvatarInitials: 'TL', userAvatarInitials: initials(person.name), hideUploadButton: false },
    }, element('webchat'));
    document.querySelector('#webchat input, #webchat textarea')?.focus();
  }

  function initials(name) {
    const words = name.replace(/\(.*\)/, '').trim().split(/\s+/);
    return (words.length > 1 ? words[words.length - 2][0] + words[words.length - 1][0] : words[0].slice(0, 2)).toUpperCase();
  }

  element('switch-person').addEventListener('click', async () => {
    await call('webchat/demo-sign-out', { method: 'POST' });
    location.reload();
  });

  (async () => {
    try {
      const session = await call('webchat/session');
      if (session.body.person) return await startChat(session.body.person, session.body.demo);
      if (session.body.demo) return await window.TthcPages.showPicker((person) => startChat(person, true), showProblem);
      showProblem(session.body.problem);
    } catch (error) {
      showProblem();
    }
  })();
})();
