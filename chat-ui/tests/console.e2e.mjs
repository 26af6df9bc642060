// End-to-end test of an escalation in Debian's Chromium: a shopper in the
// widget asks for a human, an agent in the console claims, replies, adds a
// private note (never shown in the widget), sends a canned reply picked with
// "/" (refused while a {placeholder} is left) and resolves, the shopper rates,
// and the reports page draws its charts and the agent's own row.
//
//   node console.e2e.mjs http://localhost:8080
//
// Env: CHROMIUM_PATH (default /usr/bin/chromium), SCREENSHOT_DIR (optional,
// PNGs of both pages at the end or on failure). Prints one line per check;
// exits 0 when all pass, 1 on a failed check, 2 on bad usage, 3 on the 420 s
// overall timeout (runChecks in checks.mjs).
import { baseUrl, check, jsonApi, launchChromium, printPageProblems, runChecks, saveScreenshot, short } from './checks.mjs';

const OVERALL_TIMEOUT_MS = 420_000;
const REPLY_TIMEOUT_MS = 20_000;
const LIVE_TIMEOUT_MS = 10_000;

const BASE = baseUrl('console.e2e.mjs');
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR || '';

const XSS_TEXT = '<img src=x onerror=alert(1)>';
const HUMAN_TEXT = 'talk to a human';
const SHOPPER_QUESTION = 'How long does a refund take?';
const AGENT_REPLY = 'Hi, this is your agent. I am looking at your order now.';
const SHOPPER_BACK = 'Thank you! It is order SD10000001.';
const NOTE = 'Explained the delivery; nothing left to do.';
const DRAFT = 'Let me check that for you…';
const PRIVATE_NOTE = 'Private: shopper sounded worried about SD10000001, check the courier first.';
const RISK_API_KEY = process.env.RISK_API_KEY || 'dev-risk-key';
const USER = 'agent1';
// A 1×1 PNG the shopper sends as a photo of the damage.
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PHOTO_NAME = 'damaged-parcel.png';
const PASSWORD = 'shopdesk';

// Widget (inside its open shadow root; Playwright's CSS locators pierce it).
const W = {
  launcher: '[data-testid="shopdesk-launcher"]',
  panel: '[data-testid="shopdesk-panel"]',
  input: '[data-testid="shopdesk-input"]',
  message: '[data-testid="shopdesk-message"]',
  star: '[data-testid="shopdesk-rating-star"]',
  rating: '[data-testid="shopdesk-rating"]',
};

let browser = null;
let shop = null; // the shopper's page
let desk = null; // the agent's page
const dialogs = [];
const pageErrors = [];
const consoleLines = [];


function watch(page, who) {
  page.on('dialog', async (d) => {
    dialogs.push(`${who} ${d.type()}: ${d.message()}`);
    await d.dismiss().catch(() => {});
  });
  page.on('pageerror', (err) => pageErrors.push(`${who}: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') consoleLines.push(`${who} ${msg.type()}: ${msg.text()}`);
  });
}

async function screenshots() {
  if (!SCREENSHOT_DIR) return;
  for (const [name, page] of [['shop', shop], ['console', desk]]) {
    await saveScreenshot(SCREENSHOT_DIR, page, name, false);
  }
}

const widgetMessages = (role, type) =>
  shop.locator(`${W.message}${role ? `[data-role="${role}"]` : ''}${type ? `[data-type="${type}"]` : ''}`);

async function describeWidget() {
  const list = await shop.locator(W.message).evaluateAll((els) =>
    els.map((e) => `${e.dataset.role}/${e.dataset.type}: ${e.textContent.replace(/\s+/g, ' ').slice(0, 50)}`));
  return `widget shows ${list.length} message(s) [${list.join(' | ')}]`;
}

async function describeTranscript() {
  const list = await desk.locator('[data-testid="transcript-line"]').evaluateAll((els) =>
    els.map((e) => `${e.dataset.role}/${e.dataset.type}: ${e.querySelector('[data-testid="transcript-text"]').textContent.slice(0, 50)}`));
  return `console transcript has ${list.length} line(s) [${list.join(' | ')}]`;
}

/** Wait for a locator; on timeout, fail with `what` and a description of the page. */
async function waitFor(locator, what, timeout, describe) {
  try {
    await locator.waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`${what} not seen within ${timeout / 1000} s; ${describe ? await describe() : ''}`);
  }
}

async function openWidget() {
  await shop.waitForFunction(() => window.ShopDesk && typeof window.ShopDesk.send === 'function', null, { timeout: 15_000 });
  await shop.evaluate(() => window.ShopDesk.open());
  await shop.locator(W.panel).waitFor({ state: 'visible', timeout: 5_000 });
}

async function shopperSays(text) {
  await shop.locator(W.input).fill(text);
  await shop.locator(W.input).press('Enter');
  await waitFor(widgetMessages('shopper').filter({ hasText: text }).last(), `shopper bubble "${short(text, 30)}"`, 5_000, describeWidget);
}

async function main() {
  await check('launch chromium', async () => {
    browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
    return browser.version();
  });

  await check('anonymous /console/ ends on the login page', async () => {
    const anon = await browser.newContext();
    const page = await anon.newPage();
    const res = await page.goto(BASE + '/console/', { waitUntil: 'domcontentloaded', timeout: 20_000 });
    const url = new URL(page.url());
    await anon.close();
    if (url.pathname !== '/console/login.html') throw new Error(`ended on ${page.url()} (HTTP ${res && res.status()})`);
    return url.pathname + url.search;
  });

  await check('anonymous /api/agent/escalations is 401', async () => {
    const anon = await browser.newContext();
    const res = await anon.request.get(BASE + '/api/agent/escalations', { maxRedirects: 0 });
    await anon.close();
    if (res.status() !== 401) throw new Error(`HTTP ${res.status()}`);
    return 'HTTP 401';
  });

  // ------------------------------------------------------------- the agent
  const agentContext = await browser.newContext({ viewport: { width: 1400, height: 860 }, locale: 'en-US' });
  // English to start with; the switch in the top bar may change it later (a reload keeps that choice).
  await agentContext.addInitScript(() => { if (!localStorage.getItem('shopdesk.console.locale')) localStorage.setItem('shopdesk.console.locale', 'en'); });
  desk = await agentContext.newPage();
  watch(desk, 'console');

  await check('wrong password shows the login error', async () => {
    await desk.goto(BASE + '/console/login.html', { waitUntil: 'domcontentloaded', timeout: 20_000 });
    await desk.locator('[data-testid="login-username"]').fill(USER);
    await desk.locator('[data-testid="login-password"]').fill('wrong-password');
    await desk.locator('[data-testid="login-submit"]').click();
    await desk.waitForURL(/\/console\/login\.html\?error/, { timeout: 10_000 });
    await waitFor(desk.locator('[data-testid="login-error"]'), 'login error message', 5_000);
    return new URL(desk.url()).search;
  });

  let me = null;
  await check(`log in as ${USER}`, async () => {
    await desk.locator('[data-testid="login-username"]').fill(USER);
    await desk.locator('[data-testid="login-password"]').fill(PASSWORD);
    await desk.locator('[data-testid="login-submit"]').click();
    await desk.waitForURL((u) => u.pathname === '/console/' || u.pathname === '/console/index.html', { timeout: 10_000 });
    await desk.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
    me = await desk.evaluate(() => window.ShopDeskConsole.me);
    const who = await desk.locator('[data-testid="whoami"]').textContent();
    if (me.username !== USER || !who.includes(USER)) throw new Error(`who-am-I shows "${who}"`);
    return `"${who}", roles ${JSON.stringify(me.roles)}`;
  });

  await check('console live feed connected', async () => {
    await desk.waitForSelector('[data-testid="live-status"][data-state="online"]', { timeout: LIVE_TIMEOUT_MS });
  });

  await check('the agent sets themselves away and back in the top bar; the server keeps it', async () => {
    const status = () => desk.evaluate(async () => (await (await fetch('/api/agent/me')).json()).status);
    const sw = '[data-testid="presence-switch"]';
    await desk.waitForFunction((sel) => document.querySelector(sel)?.dataset.status === 'available', sw, { timeout: LIVE_TIMEOUT_MS });
    await desk.selectOption(sw, 'away');
    await desk.waitForFunction((sel) => document.querySelector(sel)?.dataset.status === 'away', sw, { timeout: LIVE_TIMEOUT_MS });
    const away = await status();
    if (away !== 'away') throw new Error(`the server says ${away} after "away"`);
    if (!(await desk.isHidden('[data-testid="team-presence"]'))) throw new Error('an agent sees the supervisor\'s presence list');
    await desk.selectOption(sw, 'available');
    await desk.waitForFunction((sel) => document.querySelector(sel)?.dataset.status === 'available', sw, { timeout: LIVE_TIMEOUT_MS });
    const back = await status();
    if (back !== 'available') throw new Error(`the server says ${back} after "available"`);
    return 'away, then available';
  });
  const beepsBefore = Number(await desk.evaluate(() => document.body.dataset.beeps || 0));

  // ----------------------------------------------------------- the shopper
  const shopContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  await shopContext.addInitScript(() => localStorage.setItem('shopdesk.locale', 'en'));
  shop = await shopContext.newPage();
  watch(shop, 'shop');

  await check('shopper opens the demo shop and the widget', async () => {
    const res = await shop.goto(BASE + '/', { waitUntil: 'domcontentloaded', timeout: 20_000 });
    if (!res || !res.ok()) throw new Error(`HTTP ${res ? res.status() : 'no response'}`);
    await openWidget();
  });

  await check('shopper sends HTML text and the bot answers', async () => {
    await shopperSays(XSS_TEXT);
    await waitFor(widgetMessages('bot').first(), 'a bot reply', REPLY_TIMEOUT_MS, describeWidget);
  });

  await check("a second shopper socket subscribes to the agents' queue topic (to be refused)", async () => {
    // The agents' topic must not leak to shoppers: this socket listens while the escalation is created below.
    const state = await shop.evaluate(async () => {
      const { StompClient } = await import('/widget/stomp-client.js');
      const url = new URL('/ws', location.href);
      url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
      const spy = { messages: [], error: null, closed: false };
      window.__agentTopicSpy = spy;
      const client = new StompClient(url.href);
      client.onError = (frame) => { spy.error = frame.headers.message || 'ERROR'; };
      client.onClose = () => { spy.closed = true; };
      await new Promise((resolve) => { client.onConnect = resolve; client.connect(); });
      client.subscribe('/topic/agent/escalations', (f) => spy.messages.push(f.body));
      return 'subscribed';
    });
    return state;
  });

  let cid = null;
  await check(`shopper asks "${HUMAN_TEXT}": the hand-off reply says the place in the queue`, async () => {
    await shopperSays(HUMAN_TEXT);
    await waitFor(widgetMessages('bot', 'handoff').first(), 'bot hand-off reply', REPLY_TIMEOUT_MS, describeWidget);
    const line = widgetMessages('bot', 'handoff').first().locator('[data-testid="shopdesk-queue-status"]');
    await waitFor(line, 'the place in the queue', LIVE_TIMEOUT_MS, describeWidget);
    cid = await shop.evaluate(() => window.ShopDesk.conversationId);
    if (!cid) throw new Error('no conversation id');
    return `conversation ${cid}; "${short(await line.textContent(), 60)}"`;
  });

  // ------------------------------------------------------- queue and claim
  const item = () => desk.locator(`[data-testid="queue-item"][data-conversation-id="${cid}"]`);

  await check('the escalation appears in the queue live (badge, beep)', async () => {
    await waitFor(item(), 'queue item for the conversation', LIVE_TIMEOUT_MS, async () =>
      `queue has ${await desk.locator('[data-testid="queue-item"]').count()} item(s)`);
    const status = await item().getAttribute('data-status');
    if (status !== 'queued') throw new Error(`status ${status}`);
    const badge = await desk.locator('[data-testid="queue-badge"]').textContent();
    if (!(Number(badge) >= 1)) throw new Error(`badge shows "${badge}"`);
    const beeps = Number(await desk.evaluate(() => document.body.dataset.beeps || 0));
    if (beeps <= beepsBefore) throw new Error('no beep for the new escalation');
    const last = await item().locator('[data-testid="queue-last-message"]').textContent().catch(() => '');
    const prio = await item().locator('[data-testid="queue-priority"]').textContent();
    return `badge ${badge}, ${prio}, wait ${await item().locator('[data-testid="queue-wait"]').textContent()}, last "${short(last, 40)}"`;
  });

  await check("the shopper's socket got nothing from the agents' queue topic", async () => {
    const spy = await shop.evaluate(() => window.__agentTopicSpy);
    if (spy.messages.length) throw new Error(`${spy.messages.length} escalation event(s) leaked: ${short(spy.messages[0], 60)}`);
    return spy.error ? `refused with a STOMP ERROR (${short(spy.error, 40)})` : 'no event received (no STOMP ERROR frame either)';
  });

  await check('queue waiting time ticks', async () => {
    const before = await item().locator('[data-testid="queue-wait"]').textContent();
    await desk.waitForFunction(([sel, b]) => {
      const el = document.querySelector(sel);
      return el && el.textContent !== b;
    }, [`[data-testid="queue-item"][data-conversation-id="${cid}"] [data-testid="queue-wait"]`, before], { timeout: 4_000 });
    return `${before} → ${await item().locator('[data-testid="queue-wait"]').textContent()}`;
  });

  await check('a request for a person after a refund question: the queue item says what the shopper needs', async () => {
    // Over HTTP, a shopper asks about a refund, asks for a person, then only "hello?": before, the item read "The
    // shopper asked for a person" and "Shopper: hello?", and the refund question was in the transcript only.
    const ask = (conversationId, text) => jsonApi(BASE, 'POST', '/api/chat/messages', { conversationId, text, locale: 'en' });
    const first = await ask(null, "my refund for SD10000019 still hasn't arrived");
    const other = first.body.conversationId;
    await ask(other, 'I want to talk to a person');
    await ask(other, 'hello?');
    const need = desk.locator(`[data-testid="queue-item"][data-conversation-id="${other}"] [data-testid="queue-need"]`);
    await waitFor(need, 'what the shopper needs on the queue item', LIVE_TIMEOUT_MS, async () => 'no need shown');
    const deadline = Date.now() + LIVE_TIMEOUT_MS;
    while (Date.now() < deadline && !(await need.textContent()).includes('hello?') && !(await need.textContent()).includes('SD10000019')) {
      await desk.waitForTimeout(100);
    }
    const said = (await need.textContent()).replace(/\s+/g, ' ');
    if (!said.startsWith('Needs:') || !said.includes("order SD10000019") || !said.includes("“my refund for SD10000019 still hasn't arrived”")) {
      throw new Error(`the item says "${said}"`);
    }
    if (said.includes('hello?')) throw new Error(`"hello?" is taken for the need: "${said}"`);
    const last = await desk.locator(`[data-testid="queue-item"][data-conversation-id="${other}"] [data-testid="queue-last-message"]`).textContent();
    await ask(other, 'never mind, cancel the agent request');
    return `"${said}"; then "${last}"`;
  });

  await check('claim the escalation', async () => {
    await item().locator('[data-testid="queue-claim"]').click();
    await desk.waitForSelector(`[data-testid="conversation"][data-conversation-id="${cid}"][data-status="held"][data-mine="true"]`, { timeout: 10_000 });
    return await desk.locator('[data-testid="conversation-status"]').textContent();
  });

  await check('a held chat shows how long its agent has had it, ticking, on its item and in the header', async () => {
    // Before, a held chat showed the wait before its claim, frozen.
    const wait = item().locator('[data-testid="queue-wait"]');
    const before = await wait.textContent();
    if (await wait.getAttribute('data-kind') !== 'held' || !/^held \d+:\d{2}$/.test(before)) throw new Error(`the item shows "${before}"`);
    await desk.waitForFunction(([sel, b]) => {
      const el = document.querySelector(sel);
      return el && el.textContent !== b;
    }, [`[data-testid="queue-item"][data-conversation-id="${cid}"] [data-testid="queue-wait"]`, before], { timeout: 4_000 })
      .catch(() => { throw new Error(`"${before}" does not tick`); });
    const header = await desk.locator('[data-testid="conversation-time"]').textContent();
    // Not answered yet: the header says that too.
    if (!/^held \d+:\d{2} · awaiting reply \d+:\d{2}$/.test(header)) throw new Error(`the header shows "${header}"`);
    return `${before} → ${await wait.textContent()}; header "${header}"`;
  });

  await check('transfer starts on "Transfer to…": nothing is transferred until a target is chosen', async () => {
    const value = await desk.locator('[data-testid="transfer-target"]').inputValue();
    if (value !== '') throw new Error(`the list starts on ${JSON.stringify(value)}`);
    if (!(await desk.locator('[data-testid="transfer"]').isDisabled())) throw new Error('Transfer is enabled without a target');
    if (await desk.locator('[data-testid="release"]').isDisabled()) throw new Error('Hand back is disabled for the holder');
    return await desk.locator('[data-testid="transfer-target"] option:checked').textContent();
  });

  await check('the HTML text is literal text in the console transcript', async () => {
    const line = desk.locator('[data-testid="transcript-line"][data-role="shopper"] [data-testid="transcript-text"]').filter({ hasText: XSS_TEXT }).first();
    await waitFor(line, 'shopper line with the HTML text', 10_000, describeTranscript);
    const text = await line.textContent();
    if (text !== XSS_TEXT) throw new Error(`textContent is ${JSON.stringify(text)}`);
    return JSON.stringify(text);
  });

  await check('no <img> created from it and no dialog fired', async () => {
    const imgs = await desk.evaluate(() => document.querySelectorAll('img').length);
    if (imgs) throw new Error(`${imgs} img element(s) in the console`);
    await desk.waitForTimeout(300);
    if (dialogs.length) throw new Error(dialogs.join('; '));
  });

  await check('transcript shows intent and confidence chips', async () => {
    const line = desk.locator('[data-testid="transcript-line"][data-role="shopper"]').filter({ hasText: HUMAN_TEXT }).first();
    await waitFor(line, `shopper line "${HUMAN_TEXT}"`, 5_000, describeTranscript);
    const intent = await line.locator('[data-testid="chip-intent"]').textContent();
    if (intent !== 'human_agent') throw new Error(`intent chip "${intent}"`);
    const confidence = await line.locator('[data-testid="chip-confidence"]').textContent();
    return `intent ${intent}, confidence ${confidence}`;
  });

  await check('context panel shows the escalation reasons', async () => {
    await waitFor(desk.locator('[data-testid="context-reason"]').first(), 'an escalation reason', 5_000);
    return short(await desk.locator('[data-testid="context-reason"]').first().textContent(), 70);
  });

  // --------------------------------------------------------- live messages
  await check('the widget shows that the agent joined', async () => {
    const joined = widgetMessages('system', 'agent_joined').first();
    await waitFor(joined, 'agent joined notice', LIVE_TIMEOUT_MS, describeWidget);
    const text = await joined.textContent();
    if (me.displayName && !text.includes(me.displayName)) throw new Error(`notice "${text}" lacks "${me.displayName}"`);
    return `"${text}"`;
  });

  await check('a knowledge-base suggestion goes into the reply box with one click', async () => {
    // "talk to a human" asks the shop nothing: the suggestions wait for the shopper's question (they once offered
    // "How do I talk to a human?" to the agent already talking to them).
    const human = desk.locator('[data-testid="context-suggestion"][data-faq-id="contact-customer-service"]');
    if (await human.count()) throw new Error('"How do I talk to a human?" suggested for the request for a person');
    await shopperSays(SHOPPER_QUESTION);
    const suggestion = desk.locator('[data-testid="context-suggestion"][data-faq-id^="refunds-"]').first();
    await waitFor(suggestion, 'a refund suggestion for the shopper\'s question', LIVE_TIMEOUT_MS);
    const answer = await suggestion.locator('.sugg-answer').textContent();
    await suggestion.locator('[data-testid="suggestion-insert"]').click();
    const value = await desk.locator('[data-testid="reply-input"]').inputValue();
    if (value !== answer) throw new Error(`reply box holds ${JSON.stringify(short(value, 60))}`);
    return `"${short(await suggestion.locator('strong').textContent(), 50)}"`;
  });

  await check('agent replies; the reply is in the console transcript', async () => {
    // Before the first reply the item says how long the shopper has waited for one; the reply ends it.
    const unanswered = item().locator('[data-testid="queue-unanswered"]');
    await waitFor(unanswered, 'how long the shopper waits for an answer', LIVE_TIMEOUT_MS);
    const waited = await unanswered.textContent();
    if (!/^awaiting reply \d+:\d{2}$/.test(waited)) throw new Error(`the item says "${waited}"`);
    await desk.locator('[data-testid="reply-input"]').fill(AGENT_REPLY);
    await desk.locator('[data-testid="reply-send"]').click();
    const line = desk.locator('[data-testid="transcript-line"][data-role="agent"]').filter({ hasText: AGENT_REPLY });
    await waitFor(line.first(), 'agent line', 10_000, describeTranscript);
    if (await line.count() !== 1) throw new Error(`the reply is shown ${await line.count()} times`);
    // The line can come over the live feed before the POST's answer, which is what clears the box.
    const cleared = Date.now() + 5_000;
    while (await desk.locator('[data-testid="reply-input"]').inputValue() !== '') {
      if (Date.now() > cleared) throw new Error('reply box not cleared');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await unanswered.waitFor({ state: 'detached', timeout: LIVE_TIMEOUT_MS })
      .catch(() => { throw new Error('the item still says the shopper waits for an answer'); });
    return `"${waited}" before the reply, gone after it`;
  });

  await check("the widget shows the agent's reply with the agent's name", async () => {
    const bubble = widgetMessages('agent').filter({ hasText: AGENT_REPLY }).first();
    await waitFor(bubble, 'agent bubble', LIVE_TIMEOUT_MS, describeWidget);
    const name = await bubble.locator('[data-testid="shopdesk-agent-name"]').textContent();
    if (me.displayName && name !== me.displayName) throw new Error(`sender "${name}"`);
    return `from "${name}"`;
  });

  // ------------------------------------------------ typing, both ways
  // The indicators show for 6 s: they are watched from inside each page (a MutationObserver, polled on a timer), so
  // that a page in the background, whose animation frames are paused, still sees them come and go.
  const WATCH_TYPING = (selector) => {
    const host = [...document.querySelectorAll('*')].find((e) => e.shadowRoot && e.shadowRoot.querySelector(selector));
    const el = host ? host.shadowRoot.querySelector(selector) : document.querySelector(selector);
    window.__typingSeen = [];
    const note = () => { if (!el.hidden) window.__typingSeen.push(el.textContent); };
    new MutationObserver(note).observe(el, { attributes: true, childList: true, subtree: true });
    window.__typingHidden = () => el.hidden;
    return !!el;
  };
  const seenTyping = async (page, what) => {
    await page.waitForFunction(() => window.__typingSeen.length > 0, null, { timeout: LIVE_TIMEOUT_MS, polling: 100 })
      .catch(() => { throw new Error(`${what} not seen within ${LIVE_TIMEOUT_MS / 1000} s`); });
    return page.evaluate(() => window.__typingSeen[0]);
  };
  const typingGone = (page, what) => page.waitForFunction(() => window.__typingHidden(), null, { timeout: 10_000, polling: 100 })
    .catch(() => { throw new Error(`${what} still shown 10 s after they stopped`); });

  await check('the agent types; the widget shows "<agent> is typing…", gone when the agent stops', async () => {
    await shop.evaluate(WATCH_TYPING, '[data-testid="shopdesk-typing"]');
    const box = desk.locator('[data-testid="reply-input"]');
    // Typed for about 5 s: a signal goes at the first key and another 3 s later (the service drops one that comes
    // within a second of the last, which the fill of the reply before may have sent).
    await box.pressSequentially('Checking that for you', { delay: 220 });
    const said = await seenTyping(shop, "the agent's typing in the widget");
    if (!said.includes(me.displayName) || !said.includes('is typing')) throw new Error(`the widget says "${said}"`);
    await box.fill('');
    await typingGone(shop, "the agent's typing");
    return `"${said}"`;
  });

  await check('the shopper types; the console shows "Shopper is typing…" in the conversation and the queue', async () => {
    await desk.evaluate(WATCH_TYPING, '[data-testid="shopper-typing"]');
    await desk.evaluate(() => {
      window.__queueTyping = [];
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[data-testid="queue-typing"]')) {
          window.__queueTyping.push(el.closest('[data-testid="queue-item"]').dataset.conversationId);
        }
      }).observe(document.querySelector('[data-testid="queue"]'), { childList: true, subtree: true });
    });
    await shop.locator(W.input).pressSequentially('One more thing, sorry', { delay: 220 });
    const said = await seenTyping(desk, "the shopper's typing in the console");
    await desk.waitForFunction((id) => window.__queueTyping.includes(id), cid, { timeout: LIVE_TIMEOUT_MS, polling: 100 })
      .catch(() => { throw new Error("the shopper's typing not seen on the queue item"); });
    await shop.locator(W.input).fill('');
    await typingGone(desk, "the shopper's typing");
    return `"${said}" in the conversation and on the queue item`;
  });

  await check('the shopper attaches a photo: the widget shows it, the console shows its thumbnail live', async () => {
    await shop.locator('[data-testid="shopdesk-file-input"]').setInputFiles({ name: PHOTO_NAME, mimeType: 'image/png', buffer: PNG_1X1 });
    await waitFor(widgetMessages('shopper', 'attachment').first(), 'the photo bubble in the widget', REPLY_TIMEOUT_MS, describeWidget);
    const line = desk.locator('[data-testid="transcript-line"][data-type="attachment"]').filter({ hasText: PHOTO_NAME }).first();
    await waitFor(line, 'the attachment line in the console transcript', LIVE_TIMEOUT_MS, describeTranscript);
    const thumb = line.locator('[data-testid="transcript-attachment-image"]');
    await desk.waitForFunction((el) => el.complete && el.naturalWidth > 0, await thumb.elementHandle(), { timeout: 5_000 })
      .catch(async () => { throw new Error(`thumbnail ${await thumb.getAttribute('src')} did not load`); });
    const src = await thumb.getAttribute('src');
    if (!new RegExp(`^/api/chat/conversations/${cid}/attachments/\\d+$`).test(src)) throw new Error(`thumbnail src ${src}`);
    const meta = await line.locator('.attachment-meta').textContent();
    if (!meta.startsWith('image/png')) throw new Error(`meta "${meta}"`);
    return `${src} (${meta})`;
  });

  // ------------------------------------------------ private note and canned reply
  const box = () => desk.locator('[data-testid="reply-input"]');
  await check('a private note shows in the console transcript, yellow and marked as a note', async () => {
    await desk.locator('[data-testid="note-input"]').fill(PRIVATE_NOTE);
    await desk.locator('[data-testid="note-add"]').click();
    const note = desk.locator('[data-testid="transcript-line"][data-role="note"]').filter({ hasText: PRIVATE_NOTE });
    await waitFor(note.first(), 'the note in the transcript', 10_000, describeTranscript);
    if (await note.count() !== 1) throw new Error(`the note is shown ${await note.count()} times`);
    const mark = await note.locator('.note-mark').textContent();
    if (mark !== 'private note') throw new Error(`note marked "${mark}"`);
    const bg = await note.locator('[data-testid="transcript-text"]').evaluate((el) => getComputedStyle(el).backgroundColor);
    if (bg !== 'rgb(254, 249, 195)') throw new Error(`the note is not yellow (${bg})`);
    if (await desk.locator('[data-testid="note-input"]').inputValue() !== '') throw new Error('the note box was not cleared');
    return `by ${await note.locator('.who').textContent()}, ${mark}`;
  });

  await check("\"/\" lists the canned replies in the chat's language (English) though the console is in Chinese", async () => {
    await desk.locator('[data-testid="locale-switch"]').click();
    await desk.waitForFunction(() => document.documentElement.lang === 'zh-CN' && document.body.dataset.ready === 'true', null, { timeout: 15_000 });
    await desk.waitForSelector(`[data-testid="conversation"][data-conversation-id="${cid}"][data-mine="true"]`, { timeout: 10_000 });
    await box().fill('');
    await box().pressSequentially('/');
    const items = desk.locator('[data-testid="canned-item"]');
    await waitFor(items.first(), 'the canned-reply list', 10_000);
    const titles = await items.locator('.canned-title').allTextContents();
    if (titles[0] !== 'Greeting on joining') throw new Error(`titles ${JSON.stringify(titles)}`);
    await box().press('Escape');
    if (await desk.locator('[data-testid="canned-list"]').isVisible()) throw new Error('Esc did not close the list');
    await box().fill('');
    await desk.locator('[data-testid="locale-switch"]').click();
    await desk.waitForFunction(() => document.documentElement.lang === 'en' && document.body.dataset.ready === 'true', null, { timeout: 15_000 });
    await desk.waitForSelector(`[data-testid="conversation"][data-conversation-id="${cid}"][data-mine="true"]`, { timeout: 10_000 });
    return `${titles.length} shown, first "${titles[0]}"`;
  });

  let canned = '';
  await check('arrows move in the list, Enter inserts the filled reply with its unknown {customerName} marked', async () => {
    await box().fill('');
    await box().pressSequentially('/');
    const items = desk.locator('[data-testid="canned-item"]');
    await waitFor(items.first(), 'the canned-reply list', 10_000);
    const selected = () => desk.locator('[data-testid="canned-item"][aria-selected="true"]').getAttribute('data-shortcut');
    await box().press('ArrowDown');
    if (await selected() !== 'order') throw new Error(`ArrowDown selected ${await selected()}`);
    await box().press('ArrowUp');
    if (await selected() !== 'hello') throw new Error(`ArrowUp selected ${await selected()}`);
    await box().pressSequentially('hel');
    if (await items.count() !== 1) throw new Error(`"/hel" lists ${await items.count()} replies`);
    await box().press('Enter');
    canned = await box().inputValue();
    const want = `Hi {customerName}, this is ${me.displayName} from the ShopDesk Demo Shop. I've read your conversation so far and I'm here to help.`;
    if (canned !== want) throw new Error(`the box holds ${JSON.stringify(canned)}`);
    const picked = await box().evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
    if (picked !== '{customerName}') throw new Error(`selected ${JSON.stringify(picked)}, not the placeholder`);
    const notice = await desk.locator('[data-testid="reply-unfilled"]').textContent();
    if (!notice.includes('{customerName}')) throw new Error(`notice "${notice}"`);
    return `"${short(canned, 40)}"; ${short(notice, 50)}`;
  });

  await check('a reply with a {placeholder} left is not sent; filled in, it is', async () => {
    const agentLines = desk.locator('[data-testid="transcript-line"][data-role="agent"]');
    const before = await agentLines.count();
    await box().press('Enter');
    const refused = desk.locator('[data-testid="reply-unfilled"][data-refused="true"]');
    await waitFor(refused, 'the refusal notice', 5_000);
    const notice = await refused.textContent();
    if (notice !== 'Not sent: fill in {customerName} first. The shopper must never see a placeholder.') throw new Error(`notice "${notice}"`);
    if (await agentLines.count() !== before) throw new Error('a reply with a placeholder reached the transcript');
    await desk.keyboard.type('there');
    canned = canned.replace('{customerName}', 'there');
    if (await box().inputValue() !== canned) throw new Error(`the box holds ${JSON.stringify(await box().inputValue())}`);
    if (await desk.locator('[data-testid="reply-unfilled"]').isVisible()) throw new Error('the notice stays once filled in');
    await box().press('Enter');
    await waitFor(agentLines.filter({ hasText: canned }).first(), 'the canned reply in the transcript', 10_000, describeTranscript);
    return `"${short(canned, 40)}"`;
  });

  await check('the widget gets the canned reply, never the private note', async () => {
    const bubble = widgetMessages('agent').filter({ hasText: canned }).first();
    await waitFor(bubble, 'the canned reply in the widget', LIVE_TIMEOUT_MS, describeWidget);
    const all = await shop.locator(W.panel).textContent();
    if (all.includes('Private:') || all.includes('check the courier')) throw new Error('the widget shows the private note');
    if (all.includes('{customerName}')) throw new Error('the widget shows a placeholder');
    return `${await shop.locator(W.message).count()} messages, no note`;
  });

  await check("a reconnecting shopper sees the agent's message again", async () => {
    await shop.reload({ waitUntil: 'domcontentloaded' });
    await openWidget();
    const bubble = widgetMessages('agent').filter({ hasText: AGENT_REPLY }).first();
    await waitFor(bubble, 'replayed agent bubble', REPLY_TIMEOUT_MS, describeWidget);
    const same = await shop.evaluate(() => window.ShopDesk.conversationId);
    if (same !== cid) throw new Error(`conversation id changed to ${same}`);
    if ((await shop.locator(W.panel).textContent()).includes(PRIVATE_NOTE)) throw new Error('the replayed history has the private note');
    return `${await shop.locator(W.message).count()} messages replayed, no note`;
  });

  await check("shopper writes back; the console sees it live, the bot stays silent and shows no typing dots", async () => {
    const botBefore = await widgetMessages('bot').count();
    const consoleBotBefore = await desk.locator('[data-testid="transcript-line"][data-role="bot"]').count();
    // The bot's dots would promise an answer that never comes: watched from inside the page from before the message.
    await shop.evaluate(() => {
      const host = [...document.querySelectorAll('*')].find((e) => e.shadowRoot && e.shadowRoot.querySelector('[data-testid="shopdesk-typing"]'));
      const el = host.shadowRoot.querySelector('[data-testid="shopdesk-typing"]');
      window.__botTyping = [];
      const note = () => { if (!el.hidden && el.dataset.who === 'bot') window.__botTyping.push(el.textContent); };
      new MutationObserver(note).observe(el, { attributes: true, childList: true, subtree: true });
    });
    await shopperSays(SHOPPER_BACK);
    const line = desk.locator('[data-testid="transcript-line"][data-role="shopper"]').filter({ hasText: SHOPPER_BACK }).first();
    await waitFor(line, 'shopper line in the console', LIVE_TIMEOUT_MS, describeTranscript);
    // The turn's answer has no replies; give a stray bot reply time to show up.
    await shop.waitForTimeout(1_500);
    const botAfter = await widgetMessages('bot').count();
    const consoleBotAfter = await desk.locator('[data-testid="transcript-line"][data-role="bot"]').count();
    if (botAfter !== botBefore) throw new Error(`the bot answered in the widget (${botBefore} → ${botAfter}); ${await describeWidget()}`);
    if (consoleBotAfter !== consoleBotBefore) throw new Error(`a bot line reached the console (${consoleBotBefore} → ${consoleBotAfter})`);
    const dots = await shop.evaluate(() => window.__botTyping);
    if (dots.length) throw new Error(`the widget showed the bot typing ("${dots[0]}") while the agent holds the chat`);
    return 'no bot message, no bot typing';
  });

  await check("the queue shows the shopper's latest message live", async () => {
    const last = item().locator('[data-testid="queue-last-message"]');
    await desk.waitForFunction(([sel, want]) => {
      // "Shopper:" and the words; the whole message is the line's title.
      const el = document.querySelector(sel);
      return el && el.title === want && el.textContent.endsWith(want);
    }, [`[data-testid="queue-item"][data-conversation-id="${cid}"] [data-testid="queue-last-message"]`, SHOPPER_BACK],
    { timeout: LIVE_TIMEOUT_MS }).catch(async () => {
      throw new Error(`the queue still shows "${short(await last.textContent().catch(() => ''), 50)}"`);
    });
    return `"${short(SHOPPER_BACK, 40)}"`;
  });

  await check('a draft reply waits while the agent looks at another conversation; an unknown one is named, not a raw error', async () => {
    const box = desk.locator('[data-testid="reply-input"]');
    await box.fill(DRAFT);
    await desk.evaluate(() => window.ShopDeskConsole.open('no-such-conversation'));
    const notice = 'This conversation does not exist.';
    await desk.waitForFunction((want) => [...document.querySelectorAll('[data-testid="console-toast"]')]
      .some((el) => el.textContent === want), notice, { timeout: 5_000 }).catch(async () => {
      throw new Error(`notices ${JSON.stringify(await desk.locator('[data-testid="console-toast"]').allTextContents())}`);
    });
    if (await box.inputValue() !== '') throw new Error(`the draft followed into another conversation: ${JSON.stringify(await box.inputValue())}`);
    await desk.evaluate((id) => window.ShopDeskConsole.open(id), cid);
    await desk.waitForSelector(`[data-testid="conversation"][data-conversation-id="${cid}"][data-mine="true"]`, { timeout: 10_000 });
    if (await box.inputValue() !== DRAFT) throw new Error(`back in the conversation the box holds ${JSON.stringify(await box.inputValue())}`);
    await box.fill('');
    return `"${notice}"; draft back`;
  });

  // --------------------------------------------------- resolve and rating
  await check('agent resolves with a disposition and a note (Esc first cancels the form)', async () => {
    await desk.locator('[data-testid="resolve"]').click();
    await desk.keyboard.press('Escape');
    await desk.locator('[data-testid="resolve-form"]').waitFor({ state: 'hidden', timeout: 5_000 })
      .catch(() => { throw new Error('Esc did not close the resolve form'); });
    if (await desk.evaluate(() => document.activeElement.dataset.testid) !== 'reply-input') throw new Error('after Esc the cursor is not in the reply box');
    await desk.locator('[data-testid="resolve"]').click();
    // No outcome is chosen for the agent: before, the list started on "Solved".
    const chosen = await desk.locator('[data-testid="resolve-disposition"]').inputValue();
    if (chosen !== '') throw new Error(`the outcome starts on ${JSON.stringify(chosen)}`);
    if (!(await desk.locator('[data-testid="resolve-confirm"]').isDisabled())) throw new Error('Resolve is enabled without an outcome');
    await desk.locator('[data-testid="resolve-disposition"]').selectOption('solved');
    await desk.locator('[data-testid="resolve-note"]').fill(NOTE);
    await desk.locator('[data-testid="resolve-confirm"]').click();
    await desk.waitForSelector(`[data-testid="conversation"][data-status="resolved"]`, { timeout: 10_000 });
    await item().waitFor({ state: 'detached', timeout: LIVE_TIMEOUT_MS });
    const note = await desk.locator('[data-testid="resolve-note"]').inputValue();
    if (note !== '') throw new Error(`the note stays for the next resolve: ${JSON.stringify(note)}`);
    const placeholder = await desk.locator('[data-testid="reply-input"]').getAttribute('placeholder');
    if (!/closed/.test(placeholder)) throw new Error(`the closed chat's reply box says "${placeholder}"`);
    return await desk.locator('[data-testid="conversation-status"]').textContent();
  });

  await check('the widget asks for a rating', async () => {
    await waitFor(shop.locator(W.rating).last(), 'rating card', LIVE_TIMEOUT_MS, describeWidget);
    const stars = await shop.locator(W.rating).last().locator(W.star).count();
    if (stars !== 5) throw new Error(`${stars} star buttons`);
    const left = await widgetMessages('system', 'agent_left').count();
    return `5 stars${left ? ', agent-left notice shown' : ''}`;
  });

  await check('a shopper who reloads before rating is asked again', async () => {
    await shop.reload({ waitUntil: 'domcontentloaded' });
    await openWidget();
    await waitFor(shop.locator(W.rating).last(), 'rating card after reload', REPLY_TIMEOUT_MS, describeWidget);
    const stars = await shop.locator(W.rating).last().locator(W.star).count();
    if (stars !== 5) throw new Error(`${stars} star buttons after reload`);
    return '5 stars again';
  });

  await check('shopper rates 5 and is thanked', async () => {
    await shop.locator(W.rating).last().locator(`${W.star}[data-score="5"]`).click();
    const thanks = widgetMessages('system', 'rating_saved').first();
    await waitFor(thanks, 'thank-you notice', LIVE_TIMEOUT_MS, describeWidget);
    const disabled = await shop.locator(W.rating).last().locator(`${W.star}[data-score="1"]`).isDisabled();
    if (!disabled) throw new Error('stars still clickable after rating');
    return `"${await thanks.textContent()}"`;
  });

  await check("in Chinese, the chat's risk decision reads in Chinese though the chat is English", async () => {
    const res = await fetch(BASE + '/api/risk/payments', {
      method: 'POST',
      headers: { 'X-Api-Key': RISK_API_KEY, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ paymentId: `p-console-${Date.now()}`, customerId: 26, amount: 12000, currency: 'CNY', method: 'card',
        cardFingerprint: `fp-console-${Date.now()}`, deviceId: `dev-console-${Date.now()}`, ip: '192.0.2.94', conversationId: cid }),
    });
    if (res.status !== 200) throw new Error(`POST /api/risk/payments: HTTP ${res.status}`);
    const decision = await res.json();
    await desk.locator('[data-testid="locale-switch"]').click();
    await desk.waitForFunction(() => document.documentElement.lang === 'zh-CN' && document.body.dataset.ready === 'true', null, { timeout: 15_000 });
    const risk = desk.locator(`[data-testid="context-risk"]`).first();
    await waitFor(risk, 'a risk decision in the context', 10_000);
    const pill = await risk.locator('[data-testid="context-risk-decision"]').textContent();
    const expected = { REVIEW: '审核', APPROVE: '通过', DECLINE: '拒绝' }[decision.decision];
    if (pill !== expected) throw new Error(`decision "${pill}", expected "${expected}"`);
    const reasons = await risk.locator('[data-testid="context-risk-reason"]').allTextContents();
    const first = decision.reasons[0];
    if (!reasons.some((r) => r.includes(first.messageZh))) throw new Error(`reasons ${JSON.stringify(reasons.map((r) => short(r, 40)))} lack "${first.messageZh}"`);
    const placeholder = await desk.locator('[data-testid="reply-input"]').getAttribute('placeholder');
    if (placeholder !== '该会话已结束，无法再回复。') throw new Error(`reply box says "${placeholder}"`);
    await desk.locator('[data-testid="locale-switch"]').click();
    await desk.waitForFunction(() => document.documentElement.lang === 'en' && document.body.dataset.ready === 'true', null, { timeout: 15_000 });
    return `${pill}; "${short(reasons[0], 40)}"`;
  });

  // ------------------------------------------------- a late order's shipment
  // A second shopper chases the late demo order SD10000001 (phone 5678, due 2026-11-28): LATE_DELIVERY. The agent
  // sees its carrier, tracking number, items and how late it is without asking, in both languages.
  const lateShop = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })).newPage();
  await lateShop.addInitScript(() => localStorage.setItem('shopdesk.locale', 'en'));
  watch(lateShop, 'late-shop');
  const shanghaiToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const daysLate = Math.round((Date.parse(shanghaiToday) - Date.parse('2026-11-28')) / 86_400_000);
  let lateCid = null;
  await check('a shopper chases the late order SD10000001 and is handed to logistics', async () => {
    await lateShop.goto(BASE + '/', { waitUntil: 'domcontentloaded', timeout: 20_000 });
    await lateShop.waitForFunction(() => window.ShopDesk && typeof window.ShopDesk.send === 'function', null, { timeout: 15_000 });
    await lateShop.evaluate(() => window.ShopDesk.open());
    const bots = (type) => lateShop.locator(`${W.message}[data-role="bot"]${type ? `[data-type="${type}"]` : ''}`);
    for (const [say, type] of [['Where is my order SD10000001?', 'ask'], ['5678', 'order_status'], ['when will it arrive?', 'handoff']]) {
      const before = await bots(type).count();
      await lateShop.locator(W.input).fill(say);
      await lateShop.locator(W.input).press('Enter');
      await bots(type).nth(before).waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS })
        .catch(() => { throw new Error(`no ${type} reply to "${say}"`); });
    }
    lateCid = await lateShop.evaluate(() => window.ShopDesk.conversationId);
    return `conversation ${lateCid}, ${daysLate} days late`;
  });

  const facts = () => desk.locator('[data-testid="context-order-facts"][data-order-id="SD10000001"]');
  await check("the agent sees the late order's carrier, tracking number, items and days late as a warning", async () => {
    await desk.evaluate((id) => window.ShopDeskConsole.open(id), lateCid);
    await waitFor(facts(), 'the facts of SD10000001 in the context', 10_000);
    const reason = await desk.locator('[data-testid="context-reason"]').first().textContent();
    if (!reason.includes('LATE_DELIVERY')) throw new Error(`reason "${short(reason, 60)}"`);
    const get = (key) => facts().locator(`[data-testid="context-order-${key}"]`).textContent();
    const want = { carrier: 'SF Express', tracking: 'SF1234567890123', items: 'AirFlow Running Shoes, Insulated Water Bottle 750ml',
      late: `due 28 Nov 2026, ${daysLate} days ago` };
    for (const [key, value] of Object.entries(want)) {
      const got = await get(key);
      if (got !== value) throw new Error(`${key} "${got}", expected "${value}"`);
    }
    if (await facts().locator('[data-testid="context-order-eta"]').count()) throw new Error('a late order still shows "Estimated delivery"');
    const color = await facts().locator('[data-testid="context-order-late"]').evaluate((el) => getComputedStyle(el).color);
    if (color !== 'rgb(153, 27, 27)') throw new Error(`the late row is not styled as a warning (color ${color})`);
    const delivered = await desk.locator('[data-testid="context-order-facts"][data-order-id="SD10000031"] [data-testid="context-order-delivered"]').textContent();
    if (delivered !== '3 Nov 2026') throw new Error(`SD10000031 delivered "${delivered}"`);
    return `${want.late}; SD10000031 delivered ${delivered}`;
  });

  await check("in Chinese, the late order's facts read in Chinese", async () => {
    await desk.locator('[data-testid="locale-switch"]').click();
    await desk.waitForFunction(() => document.documentElement.lang === 'zh-CN' && document.body.dataset.ready === 'true', null, { timeout: 15_000 });
    await waitFor(facts(), 'the facts of SD10000001 in Chinese', 10_000);
    const got = await facts().locator('dt, dd').allTextContents();
    const want = ['商品', '轻风跑步鞋、750毫升保温运动水壶', '承运商', '顺丰速运', '运单号', 'SF1234567890123', '已延误', `${daysLate} 天（原定 2026年11月28日）`,
      '付款', '¥828.00 · 支付宝 · 成功 · 2026年11月22日 09:16'];
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`facts ${JSON.stringify(got)}`);
    const delivered = await desk.locator('[data-testid="context-order-facts"][data-order-id="SD10000031"] dt').allTextContents();
    if (!delivered.includes('已签收')) throw new Error(`SD10000031 facts ${JSON.stringify(delivered)}`);
    await desk.locator('[data-testid="locale-switch"]').click();
    await desk.waitForFunction(() => document.documentElement.lang === 'en' && document.body.dataset.ready === 'true', null, { timeout: 15_000 });
    return got.slice(-3)[0];
  });

  // ------------------------------------------------- the customer's earlier conversations, the search
  // The late order's chat is resolved; the same customer (SD10000001's, by its phone digits) asks for a person again:
  // the context lists the earlier chat, which opens read-only, and the search of closed chats finds it by its words.
  await check("the late order's escalation is claimed and resolved", async () => {
    await desk.evaluate((id) => window.ShopDeskConsole.open(id), lateCid);
    await desk.locator('[data-testid="conversation-claim"]').click();
    await desk.waitForSelector(`[data-testid="conversation"][data-conversation-id="${lateCid}"][data-mine="true"]`, { timeout: 10_000 });
    await desk.locator('[data-testid="resolve"]').click();
    await desk.locator('[data-testid="resolve-disposition"]').selectOption('follow_up');
    await desk.locator('[data-testid="resolve-confirm"]').click();
    await desk.waitForSelector('[data-testid="conversation"][data-status="resolved"]', { timeout: 10_000 });
  });

  const againShop = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })).newPage();
  await againShop.addInitScript(() => localStorage.setItem('shopdesk.locale', 'en'));
  watch(againShop, 'again-shop');
  let againCid = null;
  await check('the same customer comes back about SD10000001 and asks for a person', async () => {
    await againShop.goto(BASE + '/', { waitUntil: 'domcontentloaded', timeout: 20_000 });
    await againShop.waitForFunction(() => window.ShopDesk && typeof window.ShopDesk.send === 'function', null, { timeout: 15_000 });
    await againShop.evaluate(() => window.ShopDesk.open());
    const bots = (type) => againShop.locator(`${W.message}[data-role="bot"]${type ? `[data-type="${type}"]` : ''}`);
    for (const [say, type] of [['Where is my order SD10000001?', 'ask'], ['5678', 'order_status'], [HUMAN_TEXT, 'handoff']]) {
      const before = await bots(type).count();
      await againShop.locator(W.input).fill(say);
      await againShop.locator(W.input).press('Enter');
      await bots(type).nth(before).waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS })
        .catch(() => { throw new Error(`no ${type} reply to "${say}"`); });
    }
    againCid = await againShop.evaluate(() => window.ShopDesk.conversationId);
    return `conversation ${againCid}`;
  });

  await check('the context lists the earlier chat (resolved, follow-up, by the agent, its first line) and opens it read-only', async () => {
    await desk.evaluate((id) => window.ShopDeskConsole.open(id), againCid);
    const earlier = desk.locator(`[data-testid="past-conversation"][data-conversation-id="${lateCid}"]`);
    await waitFor(earlier, 'the earlier conversation in the context', 10_000);
    const status = await earlier.locator('[data-testid="past-status"]').textContent();
    const disposition = await earlier.locator('[data-testid="past-disposition"]').textContent();
    const first = await earlier.locator('[data-testid="past-first-line"]').textContent();
    const by = await earlier.locator('[data-testid="past-closed-by"]').textContent();
    if (status !== 'Resolved' || first !== 'Where is my order SD10000001?' || !by.includes(me.displayName)) {
      throw new Error(`"${status}", "${disposition}", "${first}", "${by}"`);
    }
    if (await desk.locator(`[data-testid="past-conversation"][data-conversation-id="${againCid}"]`).count()) {
      throw new Error('the open conversation lists itself');
    }
    // The order the chat is about comes first among the customer's orders, marked so.
    const orders = await desk.locator('[data-testid="context-order"]').evaluateAll((els) =>
      els.map((e) => e.dataset.orderId + (e.dataset.inQuestion ? '*' : '')));
    if (orders[0] !== 'SD10000001*' || orders.filter((o) => o.endsWith('*')).length !== 1) {
      throw new Error(`orders ${JSON.stringify(orders)}`);
    }
    await earlier.locator('[data-testid="past-open"]').click();
    const dialog = desk.locator(`[data-testid="transcript-dialog"][data-conversation-id="${lateCid}"]`);
    await waitFor(dialog, 'the read-only transcript', 10_000);
    const lines = await dialog.locator('[data-testid="transcript-line"]').allTextContents();
    if (!lines.some((l) => l.includes('when will it arrive?'))) throw new Error(`lines ${JSON.stringify(lines.map((l) => short(l, 30)))}`);
    if (await dialog.locator('textarea, input, [data-testid="conversation-claim"]').count()) throw new Error('the transcript can be answered');
    await dialog.locator('[data-testid="transcript-close"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 5_000 });
    return `${status} · ${disposition} · ${by}; ${lines.length} lines`;
  });

  await check('the search of closed chats finds the earlier chat by its words and opens it; one letter is refused', async () => {
    const input = desk.locator('[data-testid="search-input"]');
    await input.fill('x');
    await input.press('Enter');
    const status = desk.locator('[data-testid="search-status"]');
    await waitFor(status, 'the too-short notice', 5_000);
    if ((await status.textContent()) !== 'Type at least 2 characters.') throw new Error(`"${await status.textContent()}"`);
    await input.fill('WHEN WILL IT ARRIVE');
    await desk.locator('[data-testid="search-go"]').click();
    const hit = desk.locator(`[data-testid="search-result"][data-conversation-id="${lateCid}"]`);
    await waitFor(hit, 'the earlier chat among the results', 10_000);
    // What it was about comes before the shopper's last words: the late delivery's reason.
    const about = await hit.locator('[data-testid="search-reason"]').textContent().catch(() => '');
    if (!about.includes('SD10000001')) throw new Error(`the result says "${short(about, 60)}" of what it was about`);
    await hit.click();
    const dialog = desk.locator(`[data-testid="transcript-dialog"][data-conversation-id="${lateCid}"]`);
    await waitFor(dialog, 'the transcript from the search', 10_000);
    await dialog.locator('[data-testid="transcript-close"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 5_000 });
    return `${await desk.locator('[data-testid="search-result"]').count()} result(s)`;
  });

  // ------------------------------------------------- an order sent in two parcels
  // A shopper asks a person about SD10000048 (phone 8642, V31.1): one parcel delivered, one on its way. The agent sees
  // each parcel under the order, its state in a word and a symbol, with its carrier, tracking number and items, in
  // both languages; not the latest shipment's rows alone.
  const parcelShop = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })).newPage();
  await parcelShop.addInitScript(() => localStorage.setItem('shopdesk.locale', 'en'));
  watch(parcelShop, 'parcel-shop');
  let parcelCid = null;
  await check('a shopper asks about SD10000048, sent in two parcels, and asks for a person', async () => {
    await parcelShop.goto(BASE + '/', { waitUntil: 'domcontentloaded', timeout: 20_000 });
    await parcelShop.waitForFunction(() => window.ShopDesk && typeof window.ShopDesk.send === 'function', null, { timeout: 15_000 });
    await parcelShop.evaluate(() => window.ShopDesk.open());
    const bots = (type) => parcelShop.locator(`${W.message}[data-role="bot"]${type ? `[data-type="${type}"]` : ''}`);
    for (const [say, type] of [['Where is my order SD10000048?', 'ask'], ['8642', 'order_status'], [HUMAN_TEXT, 'handoff']]) {
      const before = await bots(type).count();
      await parcelShop.locator(W.input).fill(say);
      await parcelShop.locator(W.input).press('Enter');
      await bots(type).nth(before).waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS })
        .catch(() => { throw new Error(`no ${type} reply to "${say}"`); });
    }
    parcelCid = await parcelShop.evaluate(() => window.ShopDesk.conversationId);
    return `conversation ${parcelCid}`;
  });

  const split = () => desk.locator('[data-testid="context-order-facts"][data-order-id="SD10000048"]');
  await check('the agent sees both parcels of SD10000048, delivered and on its way, each with its items, in both languages', async () => {
    await desk.evaluate((id) => window.ShopDeskConsole.open(id), parcelCid);
    await waitFor(split(), 'the facts of SD10000048 in the context', 10_000);
    const rows = split().locator('[data-testid="context-order-parcel"]');
    const states = await rows.evaluateAll((els) => els.map((el) => `${el.dataset.parcelState} ${el.dataset.trackingNumber}`));
    if (JSON.stringify(states) !== JSON.stringify(['delivered SF1486420000481', 'on_its_way JDVA28642000482'])) {
      throw new Error(`parcels ${JSON.stringify(states)}`);
    }
    const texts = await rows.allTextContents();
    if (!texts[0].startsWith('✓ delivered ') || !texts[0].includes('SF Express SF1486420000481 · Egyptian Cotton Bedding Set')) throw new Error(`parcel 1 "${texts[0]}"`);
    if (!texts[1].startsWith('→ on its way, due ') || !texts[1].includes('JD Logistics JDVA28642000482 · Memory Foam Pillow ×2')) throw new Error(`parcel 2 "${texts[1]}"`);
    const labels = await split().locator('dt').allTextContents();
    if (!labels.includes('Parcel 1 of 2') || !labels.includes('Parcel 2 of 2')) throw new Error(`labels ${JSON.stringify(labels)}`);
    if (await split().locator('[data-testid="context-order-carrier"], [data-testid="context-order-not-in-parcel"]').count()) {
      throw new Error('a split order still shows the latest shipment\'s carrier row, or an item in no parcel');
    }
    await desk.locator('[data-testid="locale-switch"]').click();
    await desk.waitForFunction(() => document.documentElement.lang === 'zh-CN' && document.body.dataset.ready === 'true', null, { timeout: 15_000 });
    await waitFor(split(), 'the facts of SD10000048 in Chinese', 10_000);
    const zh = await split().locator('[data-testid="context-order-parcel"]').allTextContents();
    await desk.locator('[data-testid="locale-switch"]').click();
    await desk.waitForFunction(() => document.documentElement.lang === 'en' && document.body.dataset.ready === 'true', null, { timeout: 15_000 });
    if (!zh[0].startsWith('✓ 已签收 ') || !zh[0].includes('顺丰速运 SF1486420000481 · 埃及长绒棉床品四件套')) throw new Error(`包裹 1 "${zh[0]}"`);
    if (!zh[1].startsWith('→ 运输中，预计 ') || !zh[1].includes('京东物流 JDVA28642000482 · 记忆棉护颈枕 ×2')) throw new Error(`包裹 2 "${zh[1]}"`);
    return `${short(texts[1], 40)}; ${short(zh[0], 20)}`;
  });

  // ------------------------------------------------- a double charge's payments
  // A third shopper says the demo order SD10000047 (phone 0164, two card payments of ¥1,299.00 two minutes apart, V29)
  // was charged twice: DUPLICATE_CHARGE. The agent sees both payments, amount, method, outcome and shop time, the
  // double charge flagged in words and with a sign, not by colour only, in both languages.
  const chargedShop = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })).newPage();
  await chargedShop.addInitScript(() => localStorage.setItem('shopdesk.locale', 'en'));
  watch(chargedShop, 'charged-shop');
  let chargedCid = null;
  await check('a shopper charged twice for SD10000047 is handed to payments', async () => {
    await chargedShop.goto(BASE + '/', { waitUntil: 'domcontentloaded', timeout: 20_000 });
    await chargedShop.waitForFunction(() => window.ShopDesk && typeof window.ShopDesk.send === 'function', null, { timeout: 15_000 });
    await chargedShop.evaluate(() => window.ShopDesk.open());
    const bots = (type) => chargedShop.locator(`${W.message}[data-role="bot"]${type ? `[data-type="${type}"]` : ''}`);
    for (const [say, type] of [['I was charged twice for SD10000047', 'ask'], ['0164', 'handoff']]) {
      const before = await bots(type).count();
      await chargedShop.locator(W.input).fill(say);
      await chargedShop.locator(W.input).press('Enter');
      await bots(type).nth(before).waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS })
        .catch(() => { throw new Error(`no ${type} reply to "${say}"`); });
    }
    chargedCid = await chargedShop.evaluate(() => window.ShopDesk.conversationId);
    return `conversation ${chargedCid}`;
  });

  const charged = () => desk.locator('[data-testid="context-order-facts"][data-order-id="SD10000047"]');
  await check("the agent sees the double charge flagged and both payments with amount, method, outcome and shop time", async () => {
    await desk.evaluate((id) => window.ShopDeskConsole.open(id), chargedCid);
    await waitFor(charged(), 'the facts of SD10000047 in the context', 10_000);
    const reason = await desk.locator('[data-testid="context-reason"]').first().textContent();
    if (!reason.includes('DUPLICATE_CHARGE')) throw new Error(`reason "${short(reason, 60)}"`);
    const flag = charged().locator('[data-testid="context-order-duplicate"]');
    const flagText = await flag.textContent();
    if (flagText !== 'two payments of the same amount within an hour') throw new Error(`flag "${flagText}"`);
    // The context panel is drawn again when the chat's holder or status changes, so the flag read a moment ago may
    // have been replaced: ask the page for the sign of the flag in the document now, for up to 5 s.
    const sign = await desk.waitForFunction(() => {
      const el = document.querySelector('[data-order-id="SD10000047"] [data-testid="context-order-duplicate"]');
      const content = el ? getComputedStyle(el, '::before').content : '';
      return content.includes('⚠') ? content : false;
    }, null, { timeout: 5_000 }).then((h) => h.jsonValue(), () => null);
    if (!sign) throw new Error('the flag has no warning sign');
    const label = await flag.evaluate((el) => el.previousElementSibling.textContent);
    if (label !== 'Charged twice') throw new Error(`flag label "${label}"`);
    const rows = charged().locator('[data-testid="context-order-payment"]');
    const got = await rows.allTextContents();
    const want = ['CN¥1,299.00 · card · succeeded · 23 Nov 2026, 18:01 · duplicate', 'CN¥1,299.00 · card · succeeded · 23 Nov 2026, 18:03 · duplicate'];
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`payments ${JSON.stringify(got)}`);
    const marked = await charged().locator('[data-testid="context-order-payment"][data-duplicate="true"][data-payment-status="succeeded"]').count();
    if (marked !== 2) throw new Error(`${marked} payment(s) marked as the duplicate`);
    return got[0];
  });

  await check("in Chinese, the double charge and its payments read in Chinese", async () => {
    await desk.locator('[data-testid="locale-switch"]').click();
    await desk.waitForFunction(() => document.documentElement.lang === 'zh-CN' && document.body.dataset.ready === 'true', null, { timeout: 15_000 });
    await waitFor(charged(), 'the facts of SD10000047 in Chinese', 10_000);
    const got = await charged().locator('dt, dd').allTextContents();
    const want = ['商品', got[1], '重复扣款', '一小时内两笔金额相同的付款',
      '付款', '¥1,299.00 · 银行卡 · 成功 · 2026年11月23日 18:01 · 重复', '付款', '¥1,299.00 · 银行卡 · 成功 · 2026年11月23日 18:03 · 重复'];
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`facts ${JSON.stringify(got)}`);
    await desk.locator('[data-testid="locale-switch"]').click();
    await desk.waitForFunction(() => document.documentElement.lang === 'en' && document.body.dataset.ready === 'true', null, { timeout: 15_000 });
    return got[5];
  });

  // ---------------------------------------------------------------- reports
  await check('reports page draws its charts', async () => {
    await desk.goto(BASE + '/console/reports.html?days=14', { waitUntil: 'domcontentloaded', timeout: 20_000 });
    await desk.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
    const charts = await desk.locator('svg.chart').count();
    if (charts !== 5) throw new Error(`${charts} chart(s)`);
    const bars = await desk.locator('[data-testid="chart-volume"] rect').count();
    if (!bars) throw new Error('the volume chart has no bars');
    const csatBars = await desk.locator('[data-testid="chart-csat"] rect').count();
    const csat = await desk.locator('[data-testid="kpi-csat"] .kpi-value').textContent();
    if (csat.startsWith('–')) throw new Error('CSAT is empty after a rating');
    const containment = await desk.locator('[data-testid="kpi-containment"] .kpi-value').textContent();
    // The agent's own row in the per-agent table (an agent sees only themselves), their team's row, the CSV link.
    const agentRows = await desk.locator('[data-testid="agents-table"] tbody tr').count();
    if (agentRows !== 1) throw new Error(`${agentRows} agent row(s) for an agent`);
    const handled = await desk.locator('[data-testid="agents-table"] td[data-col="handled"]').textContent();
    if (!(Number(handled) >= 1)) throw new Error(`handled ${handled} after a claim`);
    const teamRows = await desk.locator('[data-testid="teams-table"] tbody tr').count();
    if (teamRows !== 1) throw new Error(`${teamRows} team row(s) for an agent`);
    await desk.locator('[data-testid="agents-table"] th[data-col="handled"] button').click();
    const sort = await desk.locator('[data-testid="agents-table"] th[data-col="handled"]').getAttribute('aria-sort');
    if (sort !== 'descending') throw new Error(`aria-sort ${sort} after a click on a number column`);
    const csv = await desk.locator('[data-testid="agents-csv"]').getAttribute('href');
    if (csv !== '/api/agent/reports.csv?days=14') throw new Error(`CSV link ${csv}`);
    return `${charts} charts, ${bars} volume bars, ${csatBars} CSAT bars, CSAT ${csat}, containment ${containment}, handled ${handled}`;
  });

  await check('log out ends on the login page; the console then asks to log in again', async () => {
    await desk.locator('[data-testid="logout"]').click();
    await desk.waitForURL(/\/console\/login\.html/, { timeout: 10_000 });
    await desk.goto(BASE + '/console/', { waitUntil: 'domcontentloaded', timeout: 20_000 });
    const url = new URL(desk.url());
    if (url.pathname !== '/console/login.html') throw new Error(`after logout /console/ ended on ${desk.url()}`);
    return url.pathname + url.search;
  });

  await check('no uncaught page errors and no dialogs', async () => {
    if (pageErrors.length) throw new Error(pageErrors.join('; '));
    if (dialogs.length) throw new Error(dialogs.join('; '));
  });

  await screenshots();
}

await runChecks(main, {
  timeoutMs: OVERALL_TIMEOUT_MS,
  browser: () => browser,
  screenshot: screenshots,
  diagnostics: () => printPageProblems(consoleLines, pageErrors),
});
