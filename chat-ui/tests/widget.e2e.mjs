// End-to-end test of the ShopDesk chat widget in Debian's Chromium.
//
//   node widget.e2e.mjs http://localhost:8080 [identity-secret]
//
// With the service's shopdesk.chat.identity-secret as second argument it also signs a shopper in, as a shop's
// page would (data attributes on the script tag), and checks that their own order needs no phone digits.
// Env: CHROMIUM_PATH (default /usr/bin/chromium), SCREENSHOT (PNG path, optional).
// Prints one line per check; exits 0 when all pass, 1 on a failed check,
// 2 on bad usage, 3 on the 120 s overall timeout.
import { createHmac } from 'node:crypto';
import { baseUrl, check, launchChromium, printPageProblems, runChecks, short } from './checks.mjs';

const OVERALL_TIMEOUT_MS = 120_000;
const REPLY_TIMEOUT_MS = 20_000;

const BASE = baseUrl('widget.e2e.mjs');
const SCREENSHOT = process.env.SCREENSHOT || '';
const IDENTITY_SECRET = process.argv[3] || '';

const RETURN_QUESTION = 'How do I return a jacket?';
const XSS_TEXT = '<img src=x onerror=alert(1)>';
const PRODUCT_QUESTION = 'wireless earbuds under $50';
const SEVERAL_QUESTIONS = 'how long does shipping take and can I pay with huabei?';
const THE_QUESTIONS = ['how long does shipping take', 'can I pay with huabei?'];

// A 1×1 PNG, and a text file that claims to be a photo (the server reads the bytes: 415).
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const FAULTY_ITEM = 'the jacket I received is torn';

const SEL = {
  launcher: '[data-testid="shopdesk-launcher"]',
  panel: '[data-testid="shopdesk-panel"]',
  input: '[data-testid="shopdesk-input"]',
  send: '[data-testid="shopdesk-send"]',
  message: '[data-testid="shopdesk-message"]',
  toggle: '[data-testid="shopdesk-locale-toggle"]',
  typing: '[data-testid="shopdesk-typing"]',
  status: '[data-testid="shopdesk-status"]',
  fileInput: '[data-testid="shopdesk-file-input"]',
  attach: '[data-testid="shopdesk-attach"]',
  upload: '[data-testid="shopdesk-upload"]',
};

let browser = null;
let page = null;
const dialogs = [];
const pageErrors = [];
const consoleLines = [];


async function saveScreenshot() {
  if (!SCREENSHOT || !page) return;
  try {
    await page.screenshot({ path: SCREENSHOT });
    console.log(`screenshot saved to ${SCREENSHOT}`);
  } catch (err) {
    console.log(`(could not save screenshot: ${err.message})`);
  }
}

async function openWidget() {
  await page.waitForSelector(SEL.launcher, { timeout: 15_000 });
  // window.ShopDesk.open() is idempotent (the launcher toggles).
  await page.waitForFunction(() => !!window.ShopDesk, null, { timeout: 15_000 });
  await page.evaluate(() => window.ShopDesk.open());
  await page.waitForSelector(SEL.panel, { state: 'visible', timeout: 5_000 });
}

/** A short description of the messages in the panel, for failure messages. */
async function describeMessages() {
  const list = await page.locator(SEL.message).evaluateAll((els) =>
    els.map((e) => `${e.dataset.role}/${e.dataset.type}: ${e.textContent.replace(/\s+/g, ' ').slice(0, 60)}`));
  const status = await page.locator(SEL.status).first().textContent().catch(() => '');
  return `${list.length} message(s) shown [${list.join(' | ')}]${status ? `; status "${status}"` : ''}`;
}

/** Wait for a locator; on timeout, fail with `what` and what the panel shows instead. */
async function waitForOrExplain(locator, what, timeout) {
  try {
    await locator.waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`${what} not seen within ${timeout / 1000} s; ${await describeMessages()}`);
  }
}

const messages = (role, type) =>
  page.locator(`${SEL.message}${role ? `[data-role="${role}"]` : ''}${type ? `[data-type="${type}"]` : ''}`);

async function main() {
  await check('launch chromium', async () => {
    browser = await launchChromium();
    return browser.version();
  });

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  page = await context.newPage();
  page.on('dialog', async (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss().catch(() => {});
  });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') consoleLines.push(`${msg.type()}: ${msg.text()}`);
  });

  await check('load demo page /', async () => {
    const res = await page.goto(BASE + '/', { waitUntil: 'domcontentloaded', timeout: 20_000 });
    if (!res || !res.ok()) throw new Error(`HTTP ${res ? res.status() : 'no response'}`);
    return `HTTP ${res.status()}, title "${await page.title()}"`;
  });

  await check('widget mounts (launcher + window.ShopDesk)', async () => {
    await page.waitForSelector(SEL.launcher, { timeout: 15_000 });
    await page.waitForFunction(() => window.ShopDesk && typeof window.ShopDesk.send === 'function', null, { timeout: 15_000 });
    const label = await page.locator(SEL.launcher).getAttribute('aria-label');
    if (!label) throw new Error('launcher has no aria-label');
    return `launcher aria-label "${label}"`;
  });

  await check('force English (localStorage shopdesk.locale=en)', async () => {
    await page.evaluate(() => localStorage.setItem('shopdesk.locale', 'en'));
    await page.reload({ waitUntil: 'domcontentloaded' });
    await openWidget();
    const title = await page.locator(`${SEL.panel} .title`).textContent();
    if (title !== 'Customer service') throw new Error(`panel title is "${title}"`);
    return `title "${title}"`;
  });

  await check('locale toggle switches zh and back to en', async () => {
    const toggle = page.locator(SEL.toggle);
    await toggle.click();
    await page.waitForFunction(() => window.ShopDesk.locale === 'zh');
    const zhTitle = await page.locator(`${SEL.panel} .title`).textContent();
    if (zhTitle !== '在线客服') throw new Error(`zh title is "${zhTitle}"`);
    await toggle.click();
    await page.waitForFunction(() => window.ShopDesk.locale === 'en');
    const stored = await page.evaluate(() => localStorage.getItem('shopdesk.locale'));
    if (stored !== 'en') throw new Error(`stored locale is "${stored}"`);
    return `"${zhTitle}" ⇄ "Customer service", stored "${stored}"`;
  });

  await check('log region is role=log aria-live=polite', async () => {
    const log = page.locator(`${SEL.panel} [role="log"]`);
    const live = await log.getAttribute('aria-live');
    if (live !== 'polite') throw new Error(`aria-live="${live}"`);
  });

  await check('empty input does not send', async () => {
    const before = await messages().count();
    await page.locator(SEL.input).fill('   ');
    await page.locator(SEL.input).press('Enter');
    await page.waitForTimeout(300);
    const after = await messages().count();
    if (after !== before) throw new Error(`message count went from ${before} to ${after}`);
    await page.locator(SEL.input).fill('');
  });

  let kbText = '';
  await check(`send "${RETURN_QUESTION}" and get a kb_answer`, async () => {
    await page.locator(SEL.input).fill(RETURN_QUESTION);
    await page.locator(SEL.send).click();
    await waitForOrExplain(messages('shopper').filter({ hasText: RETURN_QUESTION }).first(), 'shopper bubble', 5_000);
    const answer = messages('bot', 'kb_answer').first();
    await waitForOrExplain(answer, 'bot message of type kb_answer', REPLY_TIMEOUT_MS);
    kbText = (await answer.textContent()) || '';
    if (!kbText.trim()) throw new Error('kb_answer bubble is empty');
    return `"${short(kbText)}"`;
  });

  await check('typing indicator hidden once the reply arrived', async () => {
    await page.locator(SEL.typing).waitFor({ state: 'hidden', timeout: 5_000 });
  });

  await check(`send "${PRODUCT_QUESTION}" and get product cards (name, price, why, link)`, async () => {
    await page.locator(SEL.input).fill(PRODUCT_QUESTION);
    await page.locator(SEL.send).click();
    const reply = messages('bot', 'products').first();
    await waitForOrExplain(reply, 'bot message of type products', REPLY_TIMEOUT_MS);
    const cards = reply.locator('[data-testid="shopdesk-product"]');
    const n = await cards.count();
    if (n < 1) throw new Error('the products reply has no card');
    const first = cards.first();
    const name = ((await first.locator('.product-name').textContent()) || '').trim();
    const price = ((await first.locator('.product-price').textContent()) || '').trim();
    const why = ((await first.locator('.product-why').textContent()) || '').trim();
    const href = await first.locator('a.product-link').getAttribute('href');
    if (!/earbuds/i.test(name)) throw new Error(`first card's name is "${name}"`);
    if (!price || !why) throw new Error(`price "${price}", why "${why}"`);
    if (!/^\/products\/[A-Z]{3}-\d{4}$/.test(href || '')) throw new Error(`link is ${href}`);
    return `${n} card(s); first "${name}" ${price} "${why}" -> ${href}`;
  });

  const partHeadings = () => page.locator(`${SEL.message}[data-role="bot"] [data-testid="shopdesk-part-question"]`)
    .allTextContents();
  await check(`send "${SEVERAL_QUESTIONS}": each answer under the question it answers`, async () => {
    const before = await messages('bot', 'kb_answer').count();
    await page.locator(SEL.input).fill(SEVERAL_QUESTIONS);
    await page.locator(SEL.send).click();
    await waitForOrExplain(messages('bot', 'kb_answer').nth(before + 1), 'two more kb_answer messages', REPLY_TIMEOUT_MS);
    const headings = await partHeadings();
    if (JSON.stringify(headings) !== JSON.stringify(THE_QUESTIONS)) throw new Error(`question headings ${JSON.stringify(headings)}`);
    return headings.map((q) => `"${q}"`).join(', ');
  });

  let conversationId = null;
  await check('conversation id stored in localStorage', async () => {
    conversationId = await page.evaluate(() => localStorage.getItem('shopdesk.conversationId'));
    if (!conversationId) throw new Error('shopdesk.conversationId is not set');
    return conversationId;
  });

  await check('HTML typed by the shopper is shown as literal text (Enter sends)', async () => {
    const botBefore = await messages('bot').count() + await messages('agent').count() + await messages('system').count();
    await page.locator(SEL.input).fill(XSS_TEXT);
    await page.locator(SEL.input).press('Enter');
    const bubble = messages('shopper').filter({ hasText: XSS_TEXT }).last();
    await waitForOrExplain(bubble, 'shopper bubble with the HTML text', 5_000);
    const text = await bubble.textContent();
    if (text !== XSS_TEXT) throw new Error(`bubble textContent is ${JSON.stringify(text)}`);
    // Wait for the server's answer (any role) so it is part of the history too.
    await page.waitForFunction(
      (n) => {
        const root = document.querySelector('#shopdesk-widget')?.shadowRoot;
        if (!root) return false;
        return root.querySelectorAll('[data-testid="shopdesk-message"]:not([data-role="shopper"])').length > n;
      },
      botBefore,
      { timeout: REPLY_TIMEOUT_MS },
    ).catch(async () => {
      throw new Error(`no server reply to the HTML message within ${REPLY_TIMEOUT_MS / 1000} s; ${await describeMessages()}`);
    });
    return JSON.stringify(text);
  });

  await check('no <img> element inside the panel messages', async () => {
    const n = await page.locator(`${SEL.panel} img`).count();
    if (n !== 0) throw new Error(`${n} img element(s) found in the panel`);
  });

  await check('no dialog fired', async () => {
    await page.waitForTimeout(500);
    if (dialogs.length) throw new Error(dialogs.join('; '));
  });

  await check('history replayed after reload', async () => {
    await page.reload({ waitUntil: 'domcontentloaded' });
    await openWidget();
    await waitForOrExplain(messages('shopper').filter({ hasText: RETURN_QUESTION }).first(), `replayed "${RETURN_QUESTION}"`, REPLY_TIMEOUT_MS);
    await waitForOrExplain(messages('bot', 'kb_answer').first(), 'replayed kb_answer', 5_000);
    const xss = messages('shopper').filter({ hasText: XSS_TEXT }).first();
    await waitForOrExplain(xss, 'replayed HTML message', 5_000);
    const text = await xss.textContent();
    if (text !== XSS_TEXT) throw new Error(`replayed bubble textContent is ${JSON.stringify(text)}`);
    const headings = await partHeadings();
    if (JSON.stringify(headings) !== JSON.stringify(THE_QUESTIONS)) throw new Error(`replayed question headings ${JSON.stringify(headings)}`);
    const total = await messages().count();
    const stillSame = await page.evaluate(() => localStorage.getItem('shopdesk.conversationId'));
    if (stillSame !== conversationId) throw new Error(`conversation id changed to ${stillSame}`);
    return `${total} messages replayed for ${conversationId}`;
  });

  await check('no <img> and no dialog after the replay', async () => {
    const n = await page.locator(`${SEL.panel} img`).count();
    if (n !== 0) throw new Error(`${n} img element(s) found in the panel`);
    await page.waitForTimeout(300);
    if (dialogs.length) throw new Error(dialogs.join('; '));
  });

  /** A new conversation (the stored id forgotten), the order asked for, then its phone digits: its order card. */
  async function orderCardOf(orderId, digits) {
    await page.evaluate(() => localStorage.removeItem('shopdesk.conversationId'));
    await page.reload({ waitUntil: 'domcontentloaded' });
    await openWidget();
    await page.fill(SEL.input, `Where is my order ${orderId}?`);
    await page.click(SEL.send);
    await waitForOrExplain(messages('bot', 'ask').first(), 'the question for the phone digits', REPLY_TIMEOUT_MS);
    await page.fill(SEL.input, digits);
    await page.click(SEL.send);
    const status = messages('bot', 'order_status').first();
    await waitForOrExplain(status, `order_status reply for ${orderId}`, REPLY_TIMEOUT_MS);
    return status.locator('[data-testid="shopdesk-order-card"]');
  }
  const rowLabels = (card) => card.locator('dt').allTextContents();

  await check('a late order\'s card says it is late instead of "Estimated delivery" (SD10000001, phone 5678), in both languages', async () => {
    const card = await orderCardOf('SD10000001', '5678');
    const late = card.locator('[data-testid="shopdesk-order-late"]');
    await waitForOrExplain(late, 'the late row of the order card', 5_000);
    const days = Number(await late.getAttribute('data-days-late'));
    const en = ((await late.textContent()) || '').trim();
    const match = /^due (.+), (\d+) days? ago$/.exec(en);
    if (!match || Number(match[2]) !== days || !(days > 0)) throw new Error(`late row "${en}", data-days-late ${days}`);
    if (!/2026/.test(match[1])) throw new Error(`late row does not name the due day: "${en}"`);
    const labels = await rowLabels(card);
    if (!labels.includes('Late') || labels.includes('Estimated delivery')) throw new Error(`rows ${JSON.stringify(labels)}`);
    const look = await late.evaluate((el) => ({ cls: el.className, bg: getComputedStyle(el).backgroundColor }));
    if (look.cls !== 'order-late' || look.bg === 'rgba(0, 0, 0, 0)') throw new Error(`late row is not styled as a warning: ${JSON.stringify(look)}`);
    await page.locator(SEL.toggle).click();
    await page.waitForFunction(() => window.ShopDesk.locale === 'zh');
    const zhCard = messages('bot', 'order_status').first().locator('[data-testid="shopdesk-order-card"]');
    const zh = ((await zhCard.locator('[data-testid="shopdesk-order-late"]').textContent()) || '').trim();
    const zhLabels = await rowLabels(zhCard);
    await page.locator(SEL.toggle).click();
    await page.waitForFunction(() => window.ShopDesk.locale === 'en');
    if (!new RegExp(`^${days} 天（原定 2026.+）$`).test(zh) || !zhLabels.includes('已延误') || zhLabels.includes('预计送达')) {
      throw new Error(`zh late row "${zh}", rows ${JSON.stringify(zhLabels)}`);
    }
    return `"${en}" / "已延误 ${zh}"`;
  });

  await check('an on-time order\'s card keeps "Estimated delivery" and has no late row (SD10000044, phone 2468)', async () => {
    const card = await orderCardOf('SD10000044', '2468');
    await waitForOrExplain(card.locator('[data-testid="shopdesk-order-eta"]'), 'the estimated delivery row', 5_000);
    const lateRows = await card.locator('[data-testid="shopdesk-order-late"]').count();
    const labels = await rowLabels(card);
    if (lateRows || labels.includes('Late') || !labels.includes('Estimated delivery')) {
      throw new Error(`${lateRows} late row(s), rows ${JSON.stringify(labels)}`);
    }
    return `Estimated delivery ${(await card.locator('[data-testid="shopdesk-order-eta"]').textContent()).trim()}`;
  });

  await check('a delivered order\'s card says the day it was delivered, not "Estimated delivery" (SD10000002, phone 4321), in both languages', async () => {
    const card = await orderCardOf('SD10000002', '4321');
    const delivered = card.locator('[data-testid="shopdesk-order-delivered"]');
    await waitForOrExplain(delivered, 'the delivered row of the order card', 5_000);
    const en = ((await delivered.textContent()) || '').trim();
    const labels = await rowLabels(card);
    if (!/Nov 13, 2026/.test(en)) throw new Error(`delivered row "${en}" does not name 2026-11-13`);
    if (!labels.includes('Delivered') || labels.includes('Estimated delivery') || labels.includes('Late')) throw new Error(`rows ${JSON.stringify(labels)}`);
    await page.locator(SEL.toggle).click();
    await page.waitForFunction(() => window.ShopDesk.locale === 'zh');
    const zhCard = messages('bot', 'order_status').first().locator('[data-testid="shopdesk-order-card"]');
    const zh = ((await zhCard.locator('[data-testid="shopdesk-order-delivered"]').textContent()) || '').trim();
    const zhLabels = await rowLabels(zhCard);
    await page.locator(SEL.toggle).click();
    await page.waitForFunction(() => window.ShopDesk.locale === 'en');
    if (!/2026年11月13日/.test(zh) || !zhLabels.includes('已签收') || zhLabels.includes('预计送达')) {
      throw new Error(`zh delivered row "${zh}", rows ${JSON.stringify(zhLabels)}`);
    }
    return `"Delivered ${en}" / "已签收 ${zh}"`;
  });

  /** Whether the photo in an attachment bubble has loaded (its bytes came and decoded). */
  const photoLoaded = (bubble) => bubble.locator('[data-testid="shopdesk-attachment-image"]')
    .evaluate((img) => img.complete && img.naturalWidth > 0).catch(() => false);

  await check('the paperclip sends a photo: it shows in the bubble and the bot keeps it for the colleague', async () => {
    await page.evaluate(() => localStorage.removeItem('shopdesk.conversationId'));
    await page.reload({ waitUntil: 'domcontentloaded' });
    await openWidget();
    const accept = await page.locator(SEL.fileInput).getAttribute('accept');
    if (accept !== 'image/*,application/pdf') throw new Error(`file input accepts ${accept}`);
    const label = await page.locator(SEL.attach).getAttribute('aria-label');
    await page.fill(SEL.input, FAULTY_ITEM);
    await page.click(SEL.send);
    await waitForOrExplain(messages('bot').first(), 'the answer to the faulty item', REPLY_TIMEOUT_MS);
    await page.locator(SEL.fileInput).setInputFiles({ name: 'torn-jacket.png', mimeType: 'image/png', buffer: PNG_1X1 });
    const bubble = messages('shopper', 'attachment').first();
    await waitForOrExplain(bubble, 'the photo bubble', REPLY_TIMEOUT_MS);
    const deadline = Date.now() + 5_000;
    while (!(await photoLoaded(bubble))) {
      if (Date.now() > deadline) throw new Error('the photo in the bubble did not load');
      await page.waitForTimeout(100);
    }
    const ack = messages('bot').filter({ hasText: 'torn-jacket.png' }).first();
    await waitForOrExplain(ack, 'the bot acknowledging the photo', REPLY_TIMEOUT_MS);
    const text = await ack.textContent();
    if (!text.includes('attached it to this conversation')) throw new Error(`bot says ${JSON.stringify(text)}`);
    if (!(await page.locator(SEL.upload).isHidden())) throw new Error('the upload notice stays after success');
    return `paperclip "${label}"; ${short(text, 70)}`;
  });

  await check('a text file named .jpg is refused by the server and the widget says why', async () => {
    await page.locator(SEL.fileInput).setInputFiles({ name: 'fake.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a photo at all') });
    const notice = page.locator(`${SEL.upload}[data-state="error"]`);
    await waitForOrExplain(notice, 'the upload error notice', REPLY_TIMEOUT_MS);
    const text = await notice.textContent();
    if (!text.startsWith("That kind of file can't be sent here.")) throw new Error(`notice ${JSON.stringify(text)}`);
    const shown = await messages('shopper', 'attachment').count();
    if (shown !== 1) throw new Error(`${shown} attachment bubbles`);
    return short(text, 70);
  });

  await check('after a reload the photo is replayed from the history and loads again', async () => {
    await page.reload({ waitUntil: 'domcontentloaded' });
    await openWidget();
    const bubble = messages('shopper', 'attachment').first();
    await waitForOrExplain(bubble, 'the replayed photo bubble', REPLY_TIMEOUT_MS);
    const deadline = Date.now() + 5_000;
    while (!(await photoLoaded(bubble))) {
      if (Date.now() > deadline) throw new Error('the replayed photo did not load');
      await page.waitForTimeout(100);
    }
    return (await bubble.textContent()).trim();
  });

  if (IDENTITY_SECRET) {
    await check('signed-in shopper: identity from the script tag, own order shown without phone digits', async () => {
      const expires = Math.floor(Date.now() / 1000) + 3600;
      const signature = createHmac('sha256', IDENTITY_SECRET).update(`1:${expires}`).digest('hex');
      // The attributes a shop's server would render on the script tag (set as the parser inserts it; a module
      // script runs only after parsing). Rewriting the response instead would make Chromium treat the page as
      // public and block its WebSocket to localhost (local network access checks).
      await page.addInitScript(({ expires, signature }) => {
        new MutationObserver((changes, observer) => {
          const tag = document.querySelector('script[src*="shopdesk-widget"]');
          if (!tag) return;
          tag.setAttribute('data-customer-id', '1');
          tag.setAttribute('data-identity-expires', String(expires));
          tag.setAttribute('data-identity-signature', signature);
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      }, { expires, signature });
      await page.evaluate(() => localStorage.removeItem('shopdesk.conversationId'));
      await page.reload({ waitUntil: 'domcontentloaded' });
      await openWidget();
      await page.fill(SEL.input, 'Where is my order SD10000001?');
      await page.click(SEL.send);
      const status = messages('bot', 'order_status').first();
      await waitForOrExplain(status, 'order_status reply', REPLY_TIMEOUT_MS);
      const text = await status.textContent();
      if (!text.includes('SF1234567890123')) throw new Error(`order_status bubble is ${JSON.stringify(text)}`);
      const asked = await messages('bot', 'ask').count();
      if (asked) throw new Error(`${asked} ask bubble(s): the signed-in owner was asked for proof`);
      // Their photo is fetched with their identity headers (an <img src> could not send them) after a reload.
      await page.locator(SEL.fileInput).setInputFiles({ name: 'mine.png', mimeType: 'image/png', buffer: PNG_1X1 });
      await waitForOrExplain(messages('shopper', 'attachment').first(), 'the signed-in shopper\'s photo', REPLY_TIMEOUT_MS);
      await page.reload({ waitUntil: 'domcontentloaded' });
      await openWidget();
      const replayed = messages('shopper', 'attachment').first();
      await waitForOrExplain(replayed, 'the replayed photo of the signed-in shopper', REPLY_TIMEOUT_MS);
      const deadline = Date.now() + 5_000;
      while (!(await photoLoaded(replayed))) {
        if (Date.now() > deadline) throw new Error('the signed-in shopper\'s photo did not load after the reload');
        await page.waitForTimeout(100);
      }
      return short(text);
    });
  }

  await check('no uncaught page errors', async () => {
    if (pageErrors.length) throw new Error(pageErrors.join('; '));
  });

  await saveScreenshot();
}

await runChecks(main, {
  timeoutMs: OVERALL_TIMEOUT_MS,
  browser: () => browser,
  screenshot: saveScreenshot,
  diagnostics: () => printPageProblems(consoleLines, pageErrors),
});
