// The shopper's one hand-off notice in Debian's Chromium: a Chinese shopper asks for a person in the widget while
// another shopper (over HTTP) already waits ahead of them. The widget shows the bot's hand-off reply with the place in
// the queue and the wait under it, and no second notice (before: 正在为您转接… and then 已为您转接…第 2 位). When
// the shopper ahead takes their request back, the same notice says the new place, with no message added; after the
// 中文/EN switch it says it in English; the shopper writing while queued gets the bot's queue answer and the notice
// keeps the place; after a reload of the page the place is back at once (the server follows the history with it),
// still in the hand-off reply; taking the request back removes the place.
//
//   node queue-notice.e2e.mjs http://localhost:8080
//
// Env: CHROMIUM_PATH (default /usr/bin/chromium), SCREENSHOT (PNG path, optional). Prints one line per check;
// exits 0 when all pass, 1 on a failed check, 2 on bad usage, 3 on the 120 s overall timeout.
import { baseUrl, check, jsonApi, launchChromium, printPageProblems, runChecks, short } from './checks.mjs';

const OVERALL_TIMEOUT_MS = 120_000;
const REPLY_TIMEOUT_MS = 20_000;
const LIVE_TIMEOUT_MS = 10_000;

const BASE = baseUrl('queue-notice.e2e.mjs');
const SCREENSHOT = process.env.SCREENSHOT || '';

const W = {
  panel: '[data-testid="shopdesk-panel"]',
  input: '[data-testid="shopdesk-input"]',
  message: '[data-testid="shopdesk-message"]',
  toggle: '[data-testid="shopdesk-locale-toggle"]',
  queue: '[data-testid="shopdesk-queue-status"]',
};

// What the line says of the wait, by the hand-off's availability (the hours and whether an agent is connected decide).
const WAIT = {
  zh: { available: '客服会尽快在这里回复您', busy: '客服都在忙，有空闲时会在这里回复您', closed: /客服将于 \d{2}:\d{2} 起在这里回复您/ },
  en: { available: 'an agent will reply here shortly', busy: 'all agents are busy; one will reply here as soon as they are free',
    closed: /an agent will reply here from \d{2}:\d{2}/ },
};

function place(locale, n) {
  if (locale === 'zh') return n === 1 ? '排队中：下一位就是您' : `排队中：您排在第 ${n} 位`;
  return n === 1 ? "In the queue: you're next" : `In the queue: number ${n}`;
}

let browser = null;
let page = null;
const pageErrors = [];
const consoleLines = [];

const messages = () => page.locator(W.message);

async function describe() {
  const list = await messages().evaluateAll((els) =>
    els.map((e) => `${e.dataset.role}/${e.dataset.type}: ${e.textContent.replace(/\s+/g, ' ').slice(0, 70)}`));
  return `${list.length} message(s) [${list.join(' | ')}]`;
}

async function says(text) {
  const before = await messages().count();
  await page.locator(W.input).fill(text);
  await page.locator(W.input).press('Enter');
  // The shopper's bubble and at least one answer.
  const deadline = Date.now() + REPLY_TIMEOUT_MS;
  while (Date.now() < deadline && (await messages().count()) < before + 2) await page.waitForTimeout(100);
}

/** The queue line's text once it shows place n, or a failure naming what it shows instead. */
async function lineShows(locale, n, availability) {
  const line = page.locator(W.queue);
  try {
    await line.first().waitFor({ state: 'visible', timeout: LIVE_TIMEOUT_MS });
    const deadline = Date.now() + LIVE_TIMEOUT_MS;
    while (Date.now() < deadline && (await line.first().getAttribute('data-position')) !== String(n)) {
      await page.waitForTimeout(100);
    }
  } catch {
    throw new Error(`no queue line; ${await describe()}`);
  }
  const text = (await line.first().textContent()).replace(/\s+/g, ' ').trim();
  const wait = WAIT[locale][availability];
  const waitOk = wait instanceof RegExp ? wait.test(text) : text.includes(wait);
  if (!text.startsWith(place(locale, n)) || !waitOk) throw new Error(`line reads "${text}", expected place ${n} and the ${availability} wait`);
  return text;
}

async function main() {
  await check('launch chromium', async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, locale: 'zh-CN' });
    await context.addInitScript(() => localStorage.setItem('shopdesk.locale', 'zh'));
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') consoleLines.push(`${m.type()}: ${m.text()}`); });
  });

  let ahead = null;
  await check('a shopper over HTTP waits in the queue first', async () => {
    const r = await jsonApi(BASE, 'POST', '/api/chat/messages', { text: '我要转人工', locale: 'zh' });
    if (r.status !== 200 || !r.body.handoff) throw new Error(`HTTP ${r.status}: ${short(JSON.stringify(r.body), 120)}`);
    ahead = r.body;
    return `conversation ${ahead.conversationId}, number ${ahead.handoff.position}`;
  });

  await check('the widget opens in Chinese', async () => {
    const res = await page.goto(BASE + '/', { waitUntil: 'domcontentloaded', timeout: 20_000 });
    if (!res || !res.ok()) throw new Error(`HTTP ${res ? res.status() : 'no response'}`);
    await page.waitForFunction(() => !!window.ShopDesk, null, { timeout: 15_000 });
    await page.evaluate(() => window.ShopDesk.open());
    await page.locator(W.panel).waitFor({ state: 'visible', timeout: 5_000 });
  });

  let position = 0;
  let availability = 'available';
  await check('转人工: one hand-off notice with the place and the wait, no second notice', async () => {
    await says('转人工');
    const handoff = page.locator(`${W.message}[data-type="handoff"]`);
    await handoff.first().waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS }).catch(() => {});
    if (await handoff.count() !== 1) throw new Error(`${await handoff.count()} hand-off replies; ${await describe()}`);
    // The socket's handoff push comes after the turn: give it time to (wrongly) add a notice.
    await page.waitForTimeout(1_500);
    const notices = await page.locator(`${W.message}[data-type="handoff_queued"]`).count();
    if (notices) throw new Error(`${notices} separate queue notice(s); ${await describe()}`);
    if (await page.locator(W.queue).count() !== 1) throw new Error(`${await page.locator(W.queue).count()} queue lines; ${await describe()}`);
    position = Number(await page.locator(W.queue).getAttribute('data-position'));
    if (!(position >= 2)) throw new Error(`place ${position}, but a shopper waits ahead`);
    const text = (await page.locator(W.queue).textContent()).replace(/\s+/g, ' ');
    availability = Object.keys(WAIT.zh).find((k) => {
      const w = WAIT.zh[k];
      return w instanceof RegExp ? w.test(text) : text.includes(w);
    });
    if (!availability) throw new Error(`no wait in "${text}"`);
    return `${await lineShows('zh', position, availability)} (inside the hand-off reply: ${await handoff.locator(W.queue).count() === 1})`;
  });

  let count = 0;
  await check('the shopper ahead withdraws: the same notice says the new place, nothing added', async () => {
    count = await messages().count();
    const r = await jsonApi(BASE, 'POST', '/api/chat/messages', { conversationId: ahead.conversationId, text: '算了，不用人工了', locale: 'zh' });
    if (r.status !== 200 || r.body.handoff) throw new Error(`not withdrawn: ${short(JSON.stringify(r.body), 120)}`);
    const text = await lineShows('zh', position - 1, availability);
    if (await messages().count() !== count) throw new Error(`${await messages().count() - count} message(s) added; ${await describe()}`);
    if (await page.locator(`${W.message}[data-type="handoff"] ${W.queue}`).count() !== 1) throw new Error('the place is no longer in the hand-off reply');
    position -= 1;
    return `${text}`;
  });

  await check('EN switch: the notice in English', async () => {
    await page.locator(W.toggle).click();
    return lineShows('en', position, availability);
  });

  await check('a message while queued: the queue answer, and still one notice with the place', async () => {
    await says('how long do I have to wait?');
    const answer = page.locator(`${W.message}[data-role="bot"]`).last();
    const text = await answer.textContent();
    if (!text.includes(`(number ${position})`) && !text.includes(`number ${position}`)) throw new Error(`answer "${short(text, 120)}"`);
    if (await page.locator(W.queue).count() !== 1) throw new Error(`${await page.locator(W.queue).count()} queue lines`);
    return lineShows('en', position, availability);
  });

  await check('a reload: the place is back at once, in the hand-off reply, no notice added', async () => {
    await page.reload({ waitUntil: 'domcontentloaded', timeout: 20_000 });
    await page.waitForFunction(() => !!window.ShopDesk, null, { timeout: 15_000 });
    await page.evaluate(() => window.ShopDesk.open());
    await page.locator(`${W.message}[data-type="handoff"]`).first().waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS });
    // Nothing in the queue moves meanwhile: before, the line came back only with the next change, or never.
    const text = await lineShows('zh', position, availability);
    if (await page.locator(`${W.message}[data-type="handoff"] ${W.queue}`).count() !== 1) throw new Error(`not in the hand-off reply; ${await describe()}`);
    const notices = await page.locator(`${W.message}[data-type="handoff_queued"]`).count();
    if (notices) throw new Error(`${notices} separate queue notice(s); ${await describe()}`);
    // Drawn after the history, the line is in view: the list stays scrolled to its end.
    const inView = await page.locator(W.queue).first().evaluate((el) => {
      const log = el.closest('[data-testid="shopdesk-log"]');
      return !!log && log.scrollHeight - log.scrollTop - log.clientHeight < 2;
    });
    if (!inView) throw new Error('the place is below the view: the list did not stay at its end');
    await page.locator(W.toggle).click();
    return `${text}; then ${await lineShows('en', position, availability)}`;
  });

  await check('taking the request back: the place is gone', async () => {
    await says('never mind, cancel the agent request');
    await page.locator(W.queue).first().waitFor({ state: 'detached', timeout: LIVE_TIMEOUT_MS }).catch(() => {});
    if (await page.locator(W.queue).count()) throw new Error(`queue line still shown; ${await describe()}`);
    if (SCREENSHOT) await page.screenshot({ path: SCREENSHOT });
    return short(await page.locator(`${W.message}[data-role="bot"]`).last().textContent(), 60);
  });
}

await runChecks(main, {
  timeoutMs: OVERALL_TIMEOUT_MS,
  browser: () => browser,
  screenshot: async () => { if (SCREENSHOT && page) await page.screenshot({ path: SCREENSHOT }).catch(() => {}); },
  diagnostics: () => printPageProblems(consoleLines, pageErrors),
});
