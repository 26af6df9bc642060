// End-to-end test of the supervisors' "Not understood" page in Debian's
// Chromium: a shopper's message the bot cannot place shows up grouped in the
// inbox, an agent has no link to the page, the supervisor labels it with the
// intent picker, undoes it, marks it "out of scope — correct", trains and
// releases (progress, then the figures beside their floors, each gate check in words, the job in the history),
// and the page reads
// in Chinese after the switch. Run it against a service on a COPY of nlp-models
// (ReviewBrowserIT does): it writes reviewed-en.csv and a release.
//
//   node review.e2e.mjs http://localhost:8080
//
// Env: CHROMIUM_PATH (default /usr/bin/chromium), SCREENSHOT_DIR (optional).
// Prints one line per check; exits 0 when all pass, 1 on a failed check, 2 on
// bad usage, 3 on the overall timeout.
import { copyFileSync } from 'node:fs';
import { baseUrl, check, launchChromium, printPageProblems, runChecks, saveScreenshot, short } from './checks.mjs';

const OVERALL_TIMEOUT_MS = 420_000;
const BASE = baseUrl('review.e2e.mjs');
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR || '';
const UNPLACED = 'florbix quandle zibber';
// Optional: the service's models folder (a temporary copy) and the new-intent file to add to it.
const NEW_INTENT_INTO = process.argv[3] || '';
const NEW_INTENT_FROM = process.argv[4] || '';
const PASSWORD = 'shopdesk';

let browser = null;
let page = null;
const pageErrors = [];

async function login(context, user) {
  const p = await context.newPage();
  p.on('pageerror', (err) => pageErrors.push(`${user}: ${err.message}`));
  await p.goto(BASE + '/console/login.html', { waitUntil: 'domcontentloaded', timeout: 20_000 });
  await p.locator('[data-testid="login-username"]').fill(user);
  await p.locator('[data-testid="login-password"]').fill(PASSWORD);
  await p.locator('[data-testid="login-submit"]').click();
  await p.waitForURL((u) => u.pathname === '/console/' || u.pathname === '/console/index.html', { timeout: 10_000 });
  await p.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  return p;
}

const row = () => page.locator(`[data-testid="inbox-row"][data-text="${UNPLACED}"]`);

async function main() {
  await check('launch chromium', async () => {
    browser = await launchChromium();
    return browser.version();
  });

  await check('a shopper sends a message the bot cannot place, twice', async () => {
    // The newest is the one shown: the lower-case one.
    for (const text of [`  ${UNPLACED.toUpperCase()} `, UNPLACED]) {
      const res = await fetch(BASE + '/api/chat/messages', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text, locale: 'en' }),
      });
      const body = await res.json();
      if (res.status !== 200 || body.analysis.intent.name !== 'oos') throw new Error(`HTTP ${res.status} ${short(JSON.stringify(body))}`);
    }
  });

  await check('an agent has no "Not understood" link and is refused the page', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const agent = await login(context, 'agent1');
    if (await agent.locator('[data-testid="review-link"]').isVisible()) throw new Error('the link is visible to agent1');
    const res = await agent.goto(BASE + '/console/review.html');
    if (res.status() !== 403) throw new Error(`HTTP ${res.status()}`);
    await context.close();
  });

  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  await check('the supervisor follows the console link to the page', async () => {
    const desk = await login(context, 'supervisor');
    await desk.locator('[data-testid="review-link"]').click();
    await desk.waitForURL((u) => u.pathname === '/console/review.html', { timeout: 10_000 });
    page = desk;
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
    return await page.locator('#title').textContent();
  });

  await check('the message is one row: count 2, out of scope then and now', async () => {
    await row().waitFor({ timeout: 10_000 });
    const cells = await row().locator('td').allTextContents();
    if (cells[1] !== '2') throw new Error(`count ${cells[1]}`);
    if (!cells[3].includes('Out of scope')) throw new Error(`reasons "${cells[3]}"`);
    if (!cells[6].startsWith('oos')) throw new Error(`now "${cells[6]}"`);
    return short(cells.join(' | '), 120);
  });

  await check('labelling with the picker marks the row; undo brings the picker back', async () => {
    const label = row().locator('[data-testid="label"]');
    if (!(await label.isDisabled())) throw new Error('Label is enabled before an intent is picked');
    await row().locator('[data-testid="intent-picker"]').selectOption('order_status');
    await label.click();
    await row().locator('.badge', { hasText: 'order_status (by supervisor)' }).waitFor({ timeout: 10_000 });
    await row().locator('[data-testid="undo"]').click();
    await row().locator('[data-testid="intent-picker"]').waitFor({ timeout: 10_000 });
  });

  await check('"Out of scope — correct" labels it oos: fixed (the live model says oos), so shown once fixed rows are', async () => {
    await row().locator('[data-testid="mark-oos"]').click();
    await row().waitFor({ state: 'detached', timeout: 10_000 });
    await page.locator('[data-testid="filter-hide-fixed"]').uncheck();
    await row().locator('.badge', { hasText: 'oos (by supervisor)' }).waitFor({ timeout: 10_000 });
    await row().locator('.badge.fixed').waitFor({ timeout: 10_000 });
    await page.locator('[data-testid="release-current"]', { hasText: 'The training data has changed since this release' }).waitFor({ timeout: 10_000 });
  });

  await check('train and release shows progress, then the figures beside their floors', async () => {
    await page.locator('[data-testid="train"]').click();
    await page.locator('[data-testid="job"]').waitFor({ state: 'visible', timeout: 10_000 });
    if (!(await page.locator('[data-testid="train"]').isDisabled())) throw new Error('the button is enabled while the job runs');
    await page.locator('[data-testid="job"][data-status]').waitFor({ timeout: 300_000 });
    const status = await page.locator('[data-testid="job"]').getAttribute('data-status');
    const outcome = await page.locator('[data-testid="job-outcome"]').textContent();
    const figures = await page.locator('[data-testid^="figure-"]').count();
    if (status !== 'released' || figures !== 4 || !outcome.startsWith('Released ')) {
      throw new Error(`${status}, ${figures} figures: ${outcome}`);
    }
    // The shipped data and one oos label: nothing odd in it, so no data warnings above the figures.
    if (await page.locator('[data-testid="job-warnings"]').isVisible()) throw new Error('data warnings shown for clean data');
    // "Release anyway" is only for a refusal by the floors alone (NluReviewIT drives that one through the API).
    if (await page.locator('[data-testid="override"]').isVisible()) throw new Error('"Release anyway" offered for a released job');
    return short(outcome);
  });

  await check('each check of the gate passed in words, and the job is listed under past jobs', async () => {
    for (const name of ['below_floor', 'intent_f1_drop', 'off_topic_probe']) {
      const box = page.locator(`[data-testid="check-${name}"]`);
      await box.waitFor({ timeout: 10_000 });
      const said = await box.locator('.gate-summary').textContent();
      if (!said.startsWith('✓ ')) throw new Error(`${name}: ${said}`);
    }
    const probeRows = await page.locator('[data-testid^="gate-off_topic_probe-"]').count();
    if (probeRows !== 2) throw new Error(`${probeRows} off-topic rows (en, zh)`);
    const past = page.locator('[data-testid^="history-"]');
    await past.first().waitFor({ timeout: 10_000 });
    const first = await past.first().textContent();
    if (!first.includes('supervisor') || !first.includes('Released')) throw new Error(short(first));
    return short(first);
  });

  // With the models folder given (ReviewBrowserIT), a team's new intent on top of that release. Here (the shipped
  // data and one oos label) intent_f1_drop refuses it, a noise check: "Release anyway" must not be offered. (On
  // NluReviewIT's paraphrase release the floors alone refuse it, and the API releases it anyway.)
  if (NEW_INTENT_INTO) await check('a new intent a noise check refuses is not offered "Release anyway"', async () => {
    copyFileSync(NEW_INTENT_FROM, `${NEW_INTENT_INTO}/intents/gift-wrap.csv`);
    await page.locator('[data-testid="train"]').click();
    await page.locator('[data-testid="job"]:not([data-status])').waitFor({ timeout: 10_000 });
    await page.locator('[data-testid="job"][data-status]').waitFor({ timeout: 300_000 });
    const status = await page.locator('[data-testid="job"]').getAttribute('data-status');
    const outcome = await page.locator('[data-testid="job-outcome"]').textContent();
    const f1 = await page.locator('[data-testid="check-intent_f1_drop"] .gate-summary').textContent();
    if (status !== 'refused' || !f1.startsWith('✗ ')) throw new Error(`${status}: ${outcome} ${f1}`);
    if (await page.locator('[data-testid="override"]').isVisible()) throw new Error('"Release anyway" offered for a noise check');
    return short(outcome);
  });

  await check('in Chinese, the page and its reasons are Chinese', async () => {
    await page.locator('[data-testid="locale-switch"]').click();
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
    await page.locator('#title', { hasText: '机器人没听懂的消息' }).waitFor({ timeout: 10_000 });
    await page.locator('[data-testid="train"]', { hasText: '训练并发布' }).waitFor({ timeout: 10_000 });
    await row().locator('td', { hasText: '超出范围' }).first().waitFor({ timeout: 10_000 });
  });

  await check('no uncaught page errors', async () => {
    if (pageErrors.length) throw new Error(pageErrors.join('; '));
  });
}

async function screenshot() {
  await saveScreenshot(SCREENSHOT_DIR, page, 'review', false);
}

await runChecks(main, {
  timeoutMs: OVERALL_TIMEOUT_MS,
  browser: () => browser,
  screenshot,
  diagnostics: () => printPageProblems([], pageErrors),
});
