// The unmodified botframework-directlinejs client against our Direct Line server (node --test).
// Started by the xunit test DirectLineJsTests, which runs the service and passes its address and a demo login.
import test from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import XMLHttpRequest from 'xhr2';

// DirectLineJS is written for browsers: it reads these two globals.
globalThis.WebSocket = WebSocket;
globalThis.XMLHttpRequest = XMLHttpRequest;
const { DirectLine } = (await import('botframework-directlinejs')).default;

const base = process.env.DIRECTLINE_BASE;
const login = process.env.DIRECTLINE_LOGIN;
const domain = new URL('v3/directline', base).href;

// The page gets its token from our endpoint, signed in by the trusted proxy header (the xunit host trusts 127.0.0.1).
async function generateToken() {
  const response = await fetch(new URL('v3/directline/tokens/generate', base), { method: 'POST', headers: { 'X-Forwarded-User': login } });
  assert.equal(response.status, 200, await response.clone().text());
  return response.json();
}

// Resolves with the first activity matching `match`; every activity seen is kept in `seen`.
function nextActivity(directLine, match, seen = []) {
  return new Promise((resolve, reject) => {
    const subscription = directLine.activity$.subscribe((activity) => {
      seen.push(activity);
      if (match(activity)) {
        subscription.unsubscribe();
        resolve(activity);
      }
    }, reject);
  });
}

function post(directLine, text, clientActivityID) {
  return new Promise((resolve, reject) => directLine
    .postActivity({ type: 'message', from: { id: login, role: 'user' }, text, channelData: { clientActivityID } })
    .subscribe(resolve, reject));
}

for (const webSocket of [true, false]) {
  test(`start, post and receive the bot's answer (${webSocket ? 'WebSocket' : 'polling'})`, async () => {
    const { token } = await generateToken();
    const directLine = new DirectLine({ token, domain, webSocket, pollingInterval: 200 });
    try {
      const seen = [];
      const answered = nextActivity(directLine, (a) => a.from.role === 'bot', seen);
      const id = await post(directLine, 'xin chào từ DirectLineJS', 'node-1');
      const answer = await answered;

      assert.match(id, /\|0000001$/);
      assert.equal(answer.text, 'xin chào từ DirectLineJS');
      assert.equal(answer.replyToId, id);
      const echo = seen.find((a) => a.id === id);
      assert.equal(echo.channelData.clientActivityID, 'node-1');
      assert.equal(echo.from.id, login);
    } finally {
      directLine.end();
    }
  });
}

test('a new client with the conversation id, token and watermark receives only newer activities', async () => {
  const { token } = await generateToken();
  const first = new DirectLine({ token, domain, webSocket: true });
  const firstAnswer = nextActivity(first, (a) => a.from.role === 'bot');
  await post(first, 'lần một', 'node-a');
  await firstAnswer;
  const { conversationId, watermark } = first;
  const latestToken = first.token;
  first.end();
  assert.equal(watermark, '2');

  const second = new DirectLine({ token: latestToken, conversationId, watermark, domain, webSocket: true });
  try {
    const seen = [];
    const answered = nextActivity(second, (a) => a.from.role === 'bot', seen);
    const id = await post(second, 'lần hai', 'node-b');
    const answer = await answered;

    assert.equal(id, `${conversationId}|0000003`);
    assert.equal(answer.text, 'lần hai');
    assert.deepEqual(seen.map((a) => a.id), [`${conversationId}|0000003`, `${conversationId}|0000004`]);
  } finally {
    second.end();
  }
});
