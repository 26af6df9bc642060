// End-to-end test of the risk officers' console in Debian's Chromium: the key
// screen (a refused key, then the officer's key, kept in sessionStorage and
// sent as X-Api-Key, never in a URL), the live rule version and the version
// history, a payment that goes to REVIEW through the real API showing up in
// the review queue and opened with its reason codes and the facts the rules saw (in English, then in
// Chinese), a rejected edit and a refused rollback (409, server answers
// replayed by the browser's route so the rule files are never touched), the
// rule activity panel (rules that fired, dead rules and rules without traffic
// of their kind, against the API's own lists; a scorecard row under its table,
// row and condition), a version's changes as a diff with +/- lines, a rollback
// that first shows its preview (payment and financing flips, from -> to per
// kind, a sample with the stored model probability, financing decisions stored
// without one) and is confirmed from it, and
// a financing decision listed with its currency (CNY), a version listed twice
// with one rollback button and a "Show changes" per entry (the older one's
// asking for its own change), and
// a key the server stops accepting sending the officer back to the key screen.
//
//   node risk.e2e.mjs http://localhost:8080
//
// Env: CHROMIUM_PATH (default /usr/bin/chromium), SCREENSHOT_DIR (optional,
// PNGs of an open decision, a refused rollback and the end), RISK_OFFICER_KEY (default
// dev-risk-officer-key), RISK_API_KEY (the checkout's, default dev-risk-key).
// Prints one line per check; exits 0 when all pass, 1 on a failed check, 2 on
// bad usage, 3 on the 90 s overall timeout.
import { baseUrl, check, launchChromium, runChecks, saveScreenshot } from './checks.mjs';
import { CHECKOUT_KEY, OFFICER_KEY, consoleLocators, expect, riskApiOf } from './risk-console.mjs';

const OVERALL_TIMEOUT_MS = 90_000;
const UI_TIMEOUT_MS = 10_000;

const BASE = baseUrl('risk.e2e.mjs');
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR || '';
const PAYMENT_ID = `p-e2e-review-${Date.now()}`;

let browser = null;
let page = null;
const dialogs = [];
const pageErrors = [];
const apiRequests = [];


async function screenshot(name = 'risk') {
  await saveScreenshot(SCREENSHOT_DIR, page, name);
}

const riskApi = riskApiOf(BASE);
const { q, visible } = consoleLocators(() => page, UI_TIMEOUT_MS);

async function enterKey(key) {
  await q('key-input').fill(key);
  await q('key-submit').click();
}

async function main() {
  await check('launch chromium', async () => {
    browser = await launchChromium();
    return browser.version();
  });

  let review;
  await check('a payment goes to REVIEW through the real API (checkout key)', async () => {
    const res = await riskApi('POST', '/api/risk/payments', {
      paymentId: PAYMENT_ID, customerId: 26, amount: 12000, currency: 'CNY', method: 'card',
      cardFingerprint: `fp-${PAYMENT_ID}`, deviceId: `dev-${PAYMENT_ID}`, ip: '192.0.2.93',
    }, CHECKOUT_KEY);
    expect(res.status === 200, `HTTP ${res.status} ${JSON.stringify(res.body)}`);
    review = res.body;
    expect(review.decision === 'REVIEW', `decision ${review.decision}, score ${review.score}`);
    return `${review.decisionId} score ${review.score} [${review.reasons.map((r) => r.code).join(', ')}]`;
  });
  const rules = (await riskApi('GET', '/api/risk/rules', undefined, OFFICER_KEY)).body;

  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
  await context.addInitScript(() => { try { if (!localStorage.getItem('shopdesk.console.locale')) localStorage.setItem('shopdesk.console.locale', 'en'); } catch { /* ignore */ } });
  page = await context.newPage();
  page.on('dialog', async (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    if (d.type() === 'confirm') await d.accept(); else await d.dismiss();
  });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('request', (r) => { if (r.url().includes('/api/risk/')) apiRequests.push({ url: r.url(), key: r.headers()['x-api-key'] }); });

  await check('/risk/ opens on the key screen', async () => {
    await page.goto(`${BASE}/risk/`, { waitUntil: 'domcontentloaded' });
    await visible(q('key-screen'), 'the key screen');
    expect(await q('rules-panel').isHidden(), 'the rules panel is shown without a key');
    return (await page.locator('#key-title').textContent()).trim();
  });

  await check('a wrong key is refused with a clear message', async () => {
    await enterKey('not-a-key');
    await visible(q('key-message').filter({ hasText: 'refused' }), 'the refused-key message');
    expect(await q('key-screen').isVisible(), 'left the key screen');
    return (await q('key-message').textContent()).trim();
  });

  await check("the checkout's key does not open the console (it may not list every decision)", async () => {
    await enterKey(CHECKOUT_KEY);
    await visible(q('key-message').filter({ hasText: 'not a risk officer key' }), 'the not-an-officer message');
    expect(await q('key-screen').isVisible(), 'left the key screen');
    expect(await q('rules-panel').isHidden(), 'the rules panel is shown for the checkout key');
    return (await q('key-message').textContent()).trim();
  });

  await check('the officer key opens the console: live version, ready, files', async () => {
    await enterKey(OFFICER_KEY);
    await visible(q('live-version').filter({ hasText: rules.status.liveVersion }), `live version ${rules.status.liveVersion}`);
    expect(await q('key-screen').isHidden(), 'the key screen is still shown');
    expect(await q('rules-ready').getAttribute('data-ready') === 'true', 'not shown as ready');
    expect(await q('rules-health').getAttribute('data-health') === 'ok', `health ${await q('rules-health').getAttribute('data-health')}`);
    const files = (await q('rule-files').textContent());
    expect(files.includes('payments.drl') && files.includes('thresholds.drl'), `files: ${files}`);
    const panel = await q('rules-panel').innerText();
    expect(!/\b(null|undefined)\b/.test(panel), `the panel shows null/undefined: ${panel.replace(/\s+/g, ' ')}`);
    return `${rules.status.liveVersion}, ${files.replace(/\s+/g, ' ')}`;
  });

  await check('the version history lists the live version first', async () => {
    await visible(q('version'), 'a version');
    const shown = await q('version').evaluateAll((els) => els.map((e) => `${e.dataset.version}${e.dataset.live === 'true' ? '*' : ''}`));
    expect(shown.length === rules.versions.length, `${shown.length} shown, ${rules.versions.length} sent`);
    expect(shown[0] === `${rules.status.liveVersion}*`, `first: ${shown[0]}`);
    return shown.join(' ');
  });

  await check('the rule activity panel shows the rules that fired and the live rules that did not', async () => {
    const activity = (await riskApi('GET', '/api/risk/rules/activity?hours=24', undefined, OFFICER_KEY)).body;
    const reviewRow = page.locator('[data-testid="activity-row"][data-rule="ReviewAt40"]');
    await visible(reviewRow, 'the ReviewAt40 row');
    const fired = Number(await reviewRow.getAttribute('data-fired'));
    expect(fired >= 1, `ReviewAt40 fired in ${fired}`);
    const dead = q('dead-rules');
    await visible(dead, 'the dead rules');
    const shownDead = await q('dead-rule').evaluateAll((els) => els.map((e) => e.dataset.rule));
    // Dead only with enough requests (deadAfterDecisions, 200); the shared test database may hold fewer.
    expect(activity.deadRules.length + activity.notEnoughDecisions.length > 0, 'the API lists no rule that did not fire');
    // Listed by label (a scorecard's rows in row order); the API lists them by name.
    const same = (shown, sent) => JSON.stringify([...shown].sort()) === JSON.stringify([...sent].sort());
    expect(same(shownDead, activity.deadRules), `dead ${shownDead} vs ${activity.deadRules}`);
    expect(!shownDead.includes('ReviewAt40'), 'a rule that fired is listed as dead');
    const shownIdle = await q('no-traffic-rule').evaluateAll((els) => els.map((e) => e.dataset.rule));
    expect(same(shownIdle, activity.noTrafficRules), `no traffic ${shownIdle} vs ${activity.noTrafficRules}`);
    expect(shownIdle.every((r) => !shownDead.includes(r)), 'a rule is both dead and without traffic');
    const shownTooFew = await q('too-few-rule').evaluateAll((els) => els.map((e) => `${e.dataset.rule}: ${e.querySelector('[data-testid="rule-evidence"]').textContent}`));
    const sentTooFew = activity.notEnoughDecisions.map((r) => `${r.rule}: not enough decisions yet (${r.decisions} of ${r.needed})`);
    expect(same(shownTooFew, sentTooFew), `too few ${shownTooFew} vs ${sentTooFew}`);
    const rows = await q('activity-row').evaluateAll((els) => els.map((e) => e.dataset.rule));
    expect(rows.length === activity.rules.length, `${rows.length} rows, ${activity.rules.length} rules sent`);
    // The scorecard's row reads as its table, row and condition wherever it is listed (fired, dead or without traffic).
    const renter = page.locator('#activity [data-rule="ScorecardRenter"]');
    await visible(renter, 'the ScorecardRenter row of the scorecard');
    const renterText = (await renter.first().textContent()).replace(/\s+/g, ' ');
    expect(renterText.includes('FinancingScorecard row 10 (Housing: rent)') && renterText.includes('ScorecardRenter'), `ScorecardRenter shown as ${renterText}`);
    await q('activity-window').selectOption('1');
    await visible(reviewRow, 'the ReviewAt40 row in the last hour');
    const summary = (await q('activity-summary').textContent()).trim();
    expect(summary.includes(rules.status.liveVersion), `summary ${summary}`);
    return `${rows.length} rules fired, ${shownDead.length} dead (${shownDead.slice(0, 3).join(', ')}…), ${shownTooFew.length} with too few decisions, ${shownIdle.length} without traffic; "${renterText.trim()}"`;
  });

  await check('a rule that did not fire in seven payments is "not enough decisions yet (7 of 200)", not dead', async () => {
    // The answer of a fresh database after seven payments (stop 33: forty rules were called dead).
    const fresh = {
      liveVersion: rules.status.liveVersion, hours: 24, decisions: 7, byDecision: { APPROVE: 7, REVIEW: 0, DECLINE: 0 },
      byKind: { payment: 7, financing: 0 }, rules: [{ rule: 'ApproveBelow40', label: 'ApproveBelow40', kind: 'any', decisions: 7, share: 1, outcomes: { APPROVE: 7, REVIEW: 0, DECLINE: 0 }, lastFired: new Date().toISOString(), live: true }],
      deadRules: [], deadAfterDecisions: 200,
      notEnoughDecisions: [{ rule: 'BlockedIp', decisions: 7, needed: 200 }, { rule: 'ReviewAt40', decisions: 7, needed: 200 }],
      noTrafficRules: ['ScorecardRenter'],
      ruleDetails: { ApproveBelow40: { label: 'ApproveBelow40', kind: 'any' }, BlockedIp: { label: 'BlockedIp', kind: 'payment' },
        ReviewAt40: { label: 'ReviewAt40', kind: 'any' }, ScorecardRenter: { label: 'FinancingScorecard row 10 (Housing: rent)', kind: 'financing' } },
    };
    const isActivity = (url) => url.pathname === '/api/risk/rules/activity';
    await page.route(isActivity, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(fresh) }));
    try {
      await q('activity-refresh').click();
      await visible(q('too-few-rules'), 'the rules with too few decisions');
      const items = await q('too-few-rule').evaluateAll((els) => els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
      expect(JSON.stringify(items) === JSON.stringify(['BlockedIp not enough decisions yet (7 of 200)', 'ReviewAt40 not enough decisions yet (7 of 200)']), `items ${items}`);
      expect(await q('dead-rule').count() === 0, 'a rule is listed as dead');
      const head = (await q('dead-rules').textContent()).replace(/\s+/g, ' ');
      expect(head.includes('No dead rule') && head.includes('200 or more'), `dead rules section: ${head}`);
      const note = await q('too-few-rules').textContent();
      expect(note.includes('fewer than 200 requests'), `note ${note}`);
      return items.join('; ');
    } finally {
      await page.unroute(isActivity);
      await q('activity-refresh').click();
    }
  });

  await check("clicking a version shows its changes as a diff with +/- lines", async () => {
    const first = q('version').first();
    const button = first.locator('[data-testid="show-diff"]');
    await button.click();
    const diff = first.locator('[data-testid="version-diff"]');
    await visible(diff, 'the diff');
    expect(await button.getAttribute('aria-expanded') === 'true', 'aria-expanded');
    const files = await diff.locator('[data-testid="diff-file"]').evaluateAll((els) => els.map((e) => `${e.dataset.file}:${e.dataset.change}`));
    expect(files.length > 0, 'no file listed');
    const lines = await diff.locator('[data-testid="diff-line"]').evaluateAll((els) => els.map((e) => ({ kind: e.dataset.kind, text: e.textContent, bg: getComputedStyle(e).backgroundColor })));
    const added = lines.filter((l) => l.kind === 'add');
    const removed = lines.filter((l) => l.kind === 'del');
    expect(added.length > 0, 'no added line');
    expect(added.every((l) => l.text.startsWith('+')) && removed.every((l) => l.text.startsWith('-')), 'a +/- prefix is missing');
    const context = lines.find((l) => l.kind === 'ctx' || l.kind === 'head');
    expect(!context || context.bg !== added[0].bg, 'added lines look like the others');
    await screenshot('risk-diff');
    await button.click();
    await diff.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
    return `${files.join(', ')}; ${added.length} added, ${removed.length} removed lines`;
  });

  await check('the key is in sessionStorage only, sent as X-Api-Key, never in a URL', async () => {
    const stored = await page.evaluate(() => ({ session: sessionStorage.getItem('shopdesk.risk.key'), local: JSON.stringify(localStorage) }));
    expect(stored.session === OFFICER_KEY, `sessionStorage holds ${stored.session}`);
    expect(!stored.local.includes(OFFICER_KEY), 'the key is in localStorage');
    const sent = apiRequests.filter((r) => r.key === OFFICER_KEY);
    expect(sent.length > 0, 'no request carried the key');
    expect(apiRequests.every((r) => !r.url.includes(OFFICER_KEY) && !r.url.includes('not-a-key')), 'a key is in a request URL');
    expect(!page.url().includes(OFFICER_KEY), `page URL ${page.url()}`);
    return `${sent.length} request(s) with the header`;
  });

  const row = () => page.locator(`[data-testid="decision-row"][data-subject="${PAYMENT_ID}"]`);
  await check('the review queue shows the REVIEW payment', async () => {
    await visible(row(), `the row of ${PAYMENT_ID}`);
    const decisions = await q('decision-row').evaluateAll((els) => [...new Set(els.map((e) => e.dataset.decision))]);
    expect(decisions.length === 1 && decisions[0] === 'REVIEW', `decisions in the queue: ${decisions}`);
    expect((await row().getAttribute('data-id')) === review.decisionId, 'another decision id');
    return (await row().textContent()).replace(/\s+/g, ' ').trim();
  });

  const codes = review.reasons.map((r) => r.code);
  await check('opening it shows the decision with its reason codes, rules and versions', async () => {
    await row().click();
    await visible(q('detail-id').filter({ hasText: review.decisionId }), 'the decision detail');
    const shown = await q('reason-code').allTextContents();
    expect(JSON.stringify(shown) === JSON.stringify(codes), `codes ${shown} vs ${codes}`);
    expect((await q('detail-decision').textContent()).trim() === 'Review', 'decision label');
    expect((await q('detail-score').textContent()).includes(String(review.score)), 'score');
    expect((await q('detail-rule-set').textContent()).trim() === review.ruleSetVersion, 'rule-set version');
    const messages = await q('reason-message').allTextContents();
    expect(messages.includes(review.reasons[0].messageEn), `messages ${messages}`);
    const fired = await q('detail-fired').textContent();
    expect(fired.includes('ReviewAt40'), `fired ${fired}`);
    // Which rule's decision stood, in the detail and marked among the rules fired (before: only the list of fired rules).
    expect(review.decidedBy === 'ReviewAt40', `decidedBy ${review.decidedBy}`);
    expect((await q('detail-decided-by').textContent()).trim() === 'ReviewAt40', `decided by ${await q('detail-decided-by').textContent()}`);
    const decidedPills = await q('detail-fired').locator('[data-decided="true"]').evaluateAll((els) => els.map((e) => e.dataset.rule));
    expect(JSON.stringify(decidedPills) === '["ReviewAt40"]', `marked as deciding: ${decidedPills}`);
    expect((await row().locator('[data-testid="row-decided-by"]').textContent()).trim() === 'ReviewAt40', 'the queue row names the rule');
    // The rule-set version opens what it changed, under the decision (an auditor's rules may have been rolled back).
    await q('open-rule-version').click();
    const versionDiff = q('rule-version-slot').locator('[data-testid="version-diff"]');
    await visible(versionDiff, 'the decision\'s rule-set version diff');
    expect((await versionDiff.getAttribute('data-version')) === review.ruleSetVersion, `diff of ${await versionDiff.getAttribute('data-version')}`);
    await q('close-rule-version').click();
    await versionDiff.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
    expect((await q('detail-inputs').textContent()).includes(PAYMENT_ID), 'inputs');
    // The facts behind NEW_DEVICE and LARGE_AMOUNT, as stored with the decision.
    const fact = async (name) => (await q('detail-facts').locator(`[data-fact="${name}"]`).textContent()).trim();
    expect(await fact('firstSeenDevice') === 'true', `firstSeenDevice ${await fact('firstSeenDevice')}`);
    expect(Number(await fact('amountCny')) === 12000, `amountCny ${await fact('amountCny')}`);
    expect(await fact('device.count10m') === '0', `device.count10m ${await fact('device.count10m')}`);
    const shownDetail = await q('decision-detail').innerText();
    expect(!/\b(null|undefined)\b/.test(shownDetail), `the detail shows null/undefined: ${shownDetail.replace(/\s+/g, ' ')}`);
    await screenshot('risk-decision');
    return shown.join(', ');
  });

  await check('the filters: All keeps it, DECLINE hides it', async () => {
    await q('filter-decision').selectOption('');
    await visible(row(), 'the row under All');
    await q('filter-decision').selectOption('DECLINE');
    await row().waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
    await q('filter-decision').selectOption('REVIEW');
    await visible(row(), 'the row back under REVIEW');
  });

  await check('a financing decision shows the default probability the model gave it', async () => {
    const applicationId = `f-e2e-${Date.now()}`;
    const applied = await riskApi('POST', '/api/risk/financing', { applicationId, customerId: 880002,
      amount: 3000, termMonths: 12, monthlyIncome: 3000, creditHistory: 'delayed' }, CHECKOUT_KEY);
    expect(applied.status === 200, `HTTP ${applied.status}`);
    const stored = (await riskApi('GET', `/api/risk/decisions/${encodeURIComponent(applied.body.decisionId)}`)).body;
    expect(typeof stored.defaultProbability === 'number', `defaultProbability ${stored.defaultProbability}`);
    await page.evaluate((id) => window.ShopDeskRisk.open(id), applied.body.decisionId);
    await visible(q('detail-id').filter({ hasText: applied.body.decisionId }), 'the financing decision');
    const shown = (await q('detail-probability').textContent()).trim();
    const expected = stored.defaultProbability < 0 ? 'none' : stored.defaultProbability.toFixed(3);
    expect(shown === expected, `shown ${shown}, stored ${stored.defaultProbability}`);
    // Its row in the queue names the currency as a payment's does (once a bare "3,000.00").
    await q('filter-decision').selectOption('');
    await q('filter-kind').selectOption('financing');
    const rowOf = page.locator(`[data-testid="decision-row"][data-subject="${applicationId}"]`);
    await visible(rowOf, `the row of ${applicationId}`);
    const amount = (await rowOf.locator('td.num').first().textContent()).trim();
    expect(amount === 'CNY 3,000.00', `amount shown ${amount}`);
    await q('filter-kind').selectOption('');
    await q('filter-decision').selectOption('REVIEW');
    await visible(row(), 'the REVIEW payment back');
    return `${shown} (${stored.decision.modelVersion}); listed as ${amount}`;
  });

  await check('a declined payment whose reasons weigh more than 100 says so beside its score', async () => {
    const paymentId = `p-e2e-capped-${Date.now()}`;
    const paid = await riskApi('POST', '/api/risk/payments', { paymentId, customerId: 880003, amount: 88, currency: 'CNY',
      method: 'card', cardFingerprint: 'fp-stolen-0001', deviceId: 'dev-fraud-0001', ip: '203.0.113.66' }, CHECKOUT_KEY);
    expect(paid.status === 200 && paid.body.decision === 'DECLINE' && paid.body.score === 100, `HTTP ${paid.status} ${JSON.stringify(paid.body)}`);
    const sum = paid.body.reasons.reduce((total, r) => total + r.weight, 0);
    expect(sum > 100, `weights add up to ${sum}`);
    await page.evaluate((id) => window.ShopDeskRisk.open(id), paid.body.decisionId);
    await visible(q('detail-id').filter({ hasText: paid.body.decisionId }), 'the declined payment');
    const note = (await q('detail-score-note').textContent()).trim();
    expect(note === `(the reasons' weights add up to ${sum}; a score is kept within 0-100)`, `note ${note}`);
    await page.evaluate((id) => window.ShopDeskRisk.open(id), review.decisionId);
    await visible(q('detail-id').filter({ hasText: review.decisionId }), 'the REVIEW payment again');
    expect(await q('detail-score-note').count() === 0, 'a score its weights add up to has a note');
    return `Score 100 ${note}`;
  });

  await check('in Chinese the reasons read in Chinese', async () => {
    await q('locale-switch').click();
    await page.waitForLoadState('domcontentloaded');
    await visible(q('live-version').filter({ hasText: rules.status.liveVersion }), 'the rules after the reload (key kept for the tab)');
    await page.evaluate((id) => window.ShopDeskRisk.open(id), review.decisionId);
    await visible(q('reason-message').filter({ hasText: review.reasons[0].messageZh }), `"${review.reasons[0].messageZh}"`);
    const title = (await page.locator('#title').textContent()).trim();
    expect(title === '风控工作台', `title ${title}`);
    const activityTitle = (await page.locator('#activity-title').textContent()).trim();
    expect(activityTitle === '规则触发情况', `activity title ${activityTitle}`);
    await page.evaluate(() => localStorage.setItem('shopdesk.console.locale', 'en'));
    await page.reload({ waitUntil: 'domcontentloaded' });
    await visible(q('live-version'), 'the rules in English again');
    return title;
  });

  await check('a rejected edit is obvious; a rollback first shows its preview, and a refused one shows its problems', async () => {
    const live = rules.status.liveVersion;
    const rejected = {
      status: { ...rules.status, lastAttemptAt: new Date().toISOString(),
        lastProblems: [{ file: 'payments.drl', line: 42, message: "mismatched input 'whenn'" }] },
      // 0123456789ab listed twice (live again after a rollback, say): one version, one rollback button.
      // Newest first, as the API sends them.
      versions: [...rules.versions, { version: '0123456789ab', liveSince: '2026-01-01T00:00:00Z', changedFiles: ['payments.drl'] },
        { version: '0123456789ab', liveSince: '2025-12-01T00:00:00Z', changedFiles: ['thresholds.drl'] }],
    };
    await page.route('**/api/risk/rules', (route) => (route.request().method() === 'GET'
      ? route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(rejected) }) : route.fallback()));
    const preview = {
      version: '0123456789ab', liveVersion: live, hours: 24, paymentsInWindow: 7200, financingInWindow: 14,
      financingWithoutScore: 2, replayed: 5000, replayedByKind: { payment: 4990, financing: 10 }, capped: true,
      flipped: 2, changes: [{ kind: 'payment', from: 'REVIEW', to: 'APPROVE', count: 1 }, { kind: 'financing', from: 'REVIEW', to: 'APPROVE', count: 1 }],
      decidedByLive: 5000, liveReplayMatches: 4990, unreadable: 0, financingProbability: 'stored',
      sample: [
        { decisionId: 'd-flip-1', kind: 'payment', paymentId: 'p-flip-1', applicationId: null, decidedAt: new Date().toISOString(), storedRuleSetVersion: live,
          modelVersion: 'none', defaultProbability: null,
          stored: { decision: 'REVIEW', score: 45 }, live: { decision: 'REVIEW', score: 45 }, version: { decision: 'APPROVE', score: 45 } },
        { decisionId: 'd-flip-2', kind: 'financing', paymentId: null, applicationId: 'f-flip-2', decidedAt: new Date().toISOString(), storedRuleSetVersion: live,
          modelVersion: 'financing-1.0.0', defaultProbability: 0.2500109972,
          stored: { decision: 'REVIEW', score: 50 }, live: { decision: 'REVIEW', score: 50 }, version: { decision: 'APPROVE', score: 30 } },
      ],
    };
    const previewAsked = [];
    const isPreview = (url) => url.pathname === '/api/risk/rules/rollback/preview';
    await page.route(isPreview, (route) => {
      previewAsked.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(preview) });
    });
    const rollbackBodies = [];
    await page.route('**/api/risk/rules/rollback', (route) => rollbackBodies.push(route.request().postDataJSON()) && route.fulfill({
      status: 409, contentType: 'application/json',
      body: JSON.stringify({ rolledBack: false, status: rejected.status,
        problems: [{ file: 'scenarios/payments.yml', line: 0, message: 'New account, large amount: expected REVIEW, got APPROVE' }] }),
    }));
    await visible(q('rules-health').filter({ hasText: `old version ${live} keeps serving` }), 'the rejected-edit banner');
    expect((await q('rule-problem').first().textContent()).includes('payments.drl:42: mismatched input'), 'problem with file:line');
    const old = page.locator('[data-testid="version"][data-version="0123456789ab"]');
    expect(await old.count() === 2, `entries of 0123456789ab: ${await old.count()}`);
    const buttons = await old.evaluateAll((els) => els.map((e) => e.querySelectorAll('[data-testid="rollback"]').length));
    expect(JSON.stringify(buttons) === '[1,0]', `rollback buttons per entry, newest first: ${buttons}`);
    // Each entry shows what it changed: the newest by version, the older one by its liveSince (?at=), under itself.
    const diffAsked = [];
    const isDiff = (url) => url.pathname === '/api/risk/rules/versions/0123456789ab/diff';
    await page.route(isDiff, (route) => {
      diffAsked.push(new URL(route.request().url()).search);
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ version: '0123456789ab', against: null,
        files: [{ file: 'thresholds.drl', change: 'modified', added: 1, removed: 0, binary: false, lines: ['+// the older entry'] }] }) });
    });
    await old.nth(1).locator('[data-testid="show-diff"]').click();
    await visible(old.nth(1).locator('[data-testid="version-diff"]'), "the older entry's diff");
    expect(await old.nth(0).locator('[data-testid="version-diff"]').count() === 0, 'the diff opened under both entries');
    expect(JSON.stringify(diffAsked) === JSON.stringify(['?at=2025-12-01T00%3A00%3A00Z']), `diff asked ${diffAsked}`);
    await old.nth(1).locator('[data-testid="show-diff"]').click();
    await page.unroute(isDiff);
    await old.locator('[data-testid="rollback"]').click();
    const shownPreview = old.locator('[data-testid="rollback-preview"][data-flipped="2"]');
    await visible(shownPreview, 'the rollback preview');
    expect(previewAsked.length === 1 && previewAsked[0].includes('version=0123456789ab'), `preview asked ${previewAsked}`);
    const count = (await shownPreview.locator('[data-testid="preview-count"]').textContent()).trim();
    expect(count.includes('2 of 5000') && count.includes('4990 payments, 10 financing'), `count ${count}`);
    const changes = await shownPreview.locator('[data-testid="preview-change"]').allTextContents();
    expect(changes.some((c) => c.includes('Financing: Review → Approve: 1')) && changes.some((c) => c.includes('Payment: Review → Approve: 1')), `from -> to ${changes}`);
    expect((await shownPreview.locator('[data-testid="preview-capped"]').textContent()).includes('5000 of 7214'), 'capped');
    expect((await shownPreview.locator('[data-testid="preview-stored-score"]').textContent()).includes('model probability stored with each'), 'stored score');
    expect((await shownPreview.locator('[data-testid="preview-without-score"]').textContent()).includes('2 financing decisions'), 'without score');
    expect(await shownPreview.locator('[data-testid="preview-flip"]').count() === 2, 'two flips listed');
    const financingFlip = (await shownPreview.locator('[data-testid="preview-flip"][data-kind="financing"]').textContent()).replace(/\s+/g, ' ');
    expect(financingFlip.includes('f-flip-2') && financingFlip.includes('0.250') && financingFlip.includes('Financing'), `financing flip ${financingFlip}`);
    expect(dialogs.length === 0, `a dialog before confirming: ${dialogs}`);
    await screenshot('risk-preview');
    // No reason, no rollback: the server would answer 400 fields.reason; the page says so under the field first.
    await shownPreview.locator('[data-testid="confirm-rollback"]').click();
    await visible(shownPreview.locator('[data-testid="rollback-reason-required"]'), 'the reason asked for');
    expect((await shownPreview.locator('[data-testid="rollback-reason-required"]').textContent()).includes('Say why you roll back'),
      'the required reason is named');
    expect(await shownPreview.locator('[data-testid="rollback-reason"]').getAttribute('aria-invalid') === 'true', 'the field marked');
    expect(rollbackBodies.length === 0, `a rollback sent without a reason: ${JSON.stringify(rollbackBodies)}`);
    await shownPreview.locator('[data-testid="rollback-reason"]').fill('  the note broke the export ');
    expect(await shownPreview.locator('[data-testid="rollback-reason-required"]').isHidden(), 'typing a reason clears it');
    await shownPreview.locator('[data-testid="confirm-rollback"]').click();
    await visible(q('rollback-outcome').filter({ hasText: '409' }), 'the refused rollback');
    expect((await q('rollback-problem').textContent()).includes('scenarios/payments.yml: New account'), 'the 409 problems');
    expect(JSON.stringify(rollbackBodies) === JSON.stringify([{ version: '0123456789ab', reason: 'the note broke the export' }]),
      `rollback sent ${JSON.stringify(rollbackBodies)}`);
    await screenshot('risk-rejected');
    await page.unroute('**/api/risk/rules/rollback');
    await page.unroute(isPreview);
    await page.unroute('**/api/risk/rules');
    return (await q('rollback-outcome').textContent()).replace(/\s+/g, ' ').trim();
  });

  await check('a key the server stops accepting returns to the key screen', async () => {
    await page.route('**/api/risk/rules', (route) => route.fulfill({ status: 401, contentType: 'application/json',
      body: '{"error":"unauthorized","message":"send a valid X-Api-Key header"}' }));
    await visible(q('key-message').filter({ hasText: 'no longer accepts' }), 'the key screen with its message');
    expect(await q('rules-panel').isHidden(), 'the rules panel is still shown');
    expect(await page.evaluate(() => sessionStorage.getItem('shopdesk.risk.key')) === null, 'the key was kept');
    return (await q('key-message').textContent()).trim();
  });

  await check('signing in on a slow server says the rules are loading, never "not ready" before they come', async () => {
    await page.unroute('**/api/risk/rules');
    // The rules answer 3 s late (a server busy compiling a rollback); the key check answers at once.
    const slow = (url) => url.pathname === '/api/risk/rules';
    await page.route(slow, async (route) => { await new Promise((r) => setTimeout(r, 3000)); await route.continue(); });
    try {
      await enterKey(OFFICER_KEY);
      await visible(q('rules-loading'), 'the loading message');
      const seen = [];
      for (let i = 0; i < 10; i++) {
        seen.push(await q('rules-health').count() ? await q('rules-health').getAttribute('data-health') : 'loading');
        await page.waitForTimeout(200);
      }
      expect(!seen.includes('not_ready'), `while the rules loaded the panel said ${seen.join(', ')}`);
      expect((await q('rules-loading').textContent()).trim() === 'Loading the rules…', 'the loading text');
      await visible(q('live-version').filter({ hasText: rules.status.liveVersion }), 'the live version once the rules came');
      expect(await q('rules-health').getAttribute('data-health') === 'ok', 'health once loaded');
      return seen.join(' ');
    } finally {
      await page.unroute(slow);
    }
  });

  await check('no page errors, no alerts', async () => {
    expect(pageErrors.length === 0, pageErrors.join(' | '));
    expect(dialogs.length === 0, dialogs.join(' | '));
  });

  await screenshot();
}

await runChecks(main, { timeoutMs: OVERALL_TIMEOUT_MS, browser: () => browser, screenshot: () => screenshot() });
