// End-to-end test of adding and deleting rule files from the risk console, in
// Debian's Chromium, against a service running on a COPY of the rules
// (RuleDraftsIT starts it so, and builds the workbook; never run it against a
// service on the repository's rules/): the officer adds a new CSV decision
// table (typed in) and a new Excel one (uploaded) to one change, each only
// after confirming its name (a name a draft may not write is refused in the
// page), checks and publishes it, and an application the new tables score
// shows their reasons; then deletes both with a confirmation (a cancelled one
// deletes nothing), checks and publishes, and they are gone.
//
//   node risk-files.e2e.mjs http://localhost:8080 /path/to/seasonal.drl.xlsx
//
// Env: CHROMIUM_PATH (default /usr/bin/chromium), RISK_OFFICER_KEY, RISK_API_KEY, SCREENSHOT_DIR (optional,
// risk-files.png on failure). Prints one line per check; exits 0 when all pass, 1 on a failed check, 2 on bad
// usage, 3 on the 240 s overall timeout (runChecks in checks.mjs).
import { baseUrl, check, launchChromium, runChecks, saveScreenshot } from './checks.mjs';
import { CHECKOUT_KEY, OFFICER_KEY, consoleLocators, expect, openConsole, riskApiOf, signInAsOfficer } from './risk-console.mjs';

const OVERALL_TIMEOUT_MS = 240_000;
const UI_TIMEOUT_MS = 90_000;
const BASE = baseUrl('risk-files.e2e.mjs');
const WORKBOOK = process.argv[3];
if (!WORKBOOK) {
  console.error('usage: node risk-files.e2e.mjs BASE_URL SEASONAL_DRL_XLSX');
  process.exit(2);
}
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR || '';
const CSV = 'gift-cards.drl.csv';
const XLSX = 'seasonal.drl.xlsx';
// A decision table that scores only applications financing gift cards, which no scenario has.
const GIFT_CARDS = [
  'RuleSet,shopdesk.risk.giftcards,',
  'Import,"io.shopdesk.risk.FinancingRequest, io.shopdesk.risk.ScorecardPoints",',
  ',,',
  'RuleTable GiftCardScorecard,,',
  'NAME,CONDITION,ACTION',
  ',FinancingRequest,',
  ',"purpose == ""$param""","insert(new ScorecardPoints(""$1"", $2, ""$3"", ""$4"", drools.getRule().getName()));"',
  'Rule,Purpose,"Code, points, English, Chinese"',
  'GiftCardPurpose,gift_card,"SC_GIFT_CARD, 5, Financing gift cards, 分期购买礼品卡"',
  '',
].join('\n');

let browser = null;
let page = null;
const pageErrors = [];

const riskApi = riskApiOf(BASE);
const { q, visible } = consoleLocators(() => page, UI_TIMEOUT_MS);

async function checkAndPublish(reason) {
  await q('editor-reason').fill(reason);
  await q('editor-check').click();
  await visible(q('editor-verdict').and(page.locator('[data-passed="true"]')), 'the passed verdict');
  const version = (await q('editor-verdict').textContent()).match(/version ([0-9a-f]{12})/)[1];
  await q('editor-publish').click();
  await visible(q('editor-published').and(page.locator('[data-published="true"]')), 'the published message');
  await visible(q('live-version').filter({ hasText: version }), `live version ${version}`);
  return version;
}

async function main() {
  await check('launch chromium', async () => {
    browser = await launchChromium();
    return browser.version();
  });
  const files = (await riskApi('GET', '/api/risk/rules/files')).body;
  expect(!(CSV in files.files) && !(XLSX in files.files), 'the new tables exist already');
  page = await openConsole(browser, BASE, pageErrors);
  await signInAsOfficer(q, visible, files.liveVersion);
  await q('editor-toggle').click();
  await visible(q('editor-base').filter({ hasText: files.liveVersion }), 'the base version');

  await check('"Add a file" refuses a name a change may not write, in the page', async () => {
    await q('editor-add').click();
    await q('editor-new-name').fill('../service/evil.drl');
    await q('editor-add-confirm').click();
    await visible(q('editor-add-error'), 'the name error');
    const options = await q('editor-file').locator('option').count();
    expect(options === Object.keys(files.files).length, `${options} files in the picker`);
    await q('editor-new-name').fill('thresholds.drl');
    await q('editor-add-confirm').click();
    await visible(q('editor-add-error').filter({ hasText: 'already exists' }), 'the exists error');
    return (await q('editor-add-error').textContent()).trim();
  });

  await check('a new CSV decision table is added once its name is confirmed, and typed in', async () => {
    await q('editor-new-name').fill(CSV);
    await q('editor-add-confirm').click();
    expect(await q('editor-add-form').isHidden(), 'the add form stays open');
    expect((await q('editor-file').inputValue()) === CSV, `picked ${await q('editor-file').inputValue()}`);
    await q('editor-reason').fill('e2e: new tables');
    expect(await q('editor-check').isDisabled(), 'Check is enabled with an empty new file');
    await q('editor-text').fill(GIFT_CARDS);
    await visible(q('editor-changed').filter({ hasText: `${CSV} (new)` }), 'the new file among the changes');
    return (await q('editor-changed').textContent()).trim();
  });

  await check('a new Excel decision table is added and uploaded', async () => {
    await q('editor-add').click();
    await q('editor-new-name').fill(XLSX);
    await q('editor-add-confirm').click();
    await visible(q('editor-workbook'), 'the workbook panel');
    await visible(q('workbook-status').filter({ hasText: 'Not on the server yet' }), 'the new workbook status');
    await q('workbook-upload').setInputFiles(WORKBOOK);
    await visible(q('workbook-status').filter({ hasText: /^\s*Uploaded / }), 'the uploaded workbook');
    await visible(q('editor-changed').filter({ hasText: `${XLSX} (new)` }), 'both new files among the changes');
    return (await q('editor-changed').textContent()).trim();
  });

  let added = '';
  await check('the new tables pass the check, go live, and score an application', async () => {
    added = await checkAndPublish('e2e: score gift cards and the season');
    const now = (await riskApi('GET', '/api/risk/rules/files')).body;
    expect(CSV in now.files && XLSX in now.files, `files ${Object.keys(now.files)}`);
    const decided = await riskApi('POST', '/api/risk/financing', { applicationId: `f-e2e-files-${Date.now()}`,
      customerId: 26, amount: 1500, termMonths: 6, purpose: 'gift_card', monthlyIncome: 15000,
      employment: '7_years_plus', existingCredits: 1, housing: 'own', creditHistory: 'all_paid', age: 44 }, CHECKOUT_KEY);
    expect(decided.status === 200, `HTTP ${decided.status}`);
    const codes = decided.body.reasons.map((r) => r.code);
    expect(codes.includes('SC_GIFT_CARD') && codes.includes('SC_SEASONAL'), `reasons ${codes}`);
    return `version ${added}, reasons ${codes.join(' ')}`;
  });

  await check('"Delete this file" asks first, and a cancelled delete changes nothing', async () => {
    await q('editor-file').selectOption(CSV);
    await q('editor-delete').click();
    await visible(q('editor-delete-question').filter({ hasText: `Delete ${CSV}?` }), 'the delete question');
    await q('editor-delete-cancel').click();
    await visible(q('editor-changed').filter({ hasText: 'No changes yet.' }), 'no change');
    expect(await q('editor-deleted').isHidden(), 'marked deleted after Cancel');
    return 'cancelled';
  });

  await check('both new tables are deleted after confirming, checked and published', async () => {
    for (const path of [CSV, XLSX]) {
      await q('editor-file').selectOption(path);
      await q('editor-delete').click();
      await q('editor-delete-confirm').click();
      await visible(q('editor-deleted-text').filter({ hasText: `${path} will be deleted` }), `${path} marked deleted`);
    }
    await visible(q('editor-changed').filter({ hasText: `${CSV} (deleted), ${XLSX} (deleted)` }), 'both deletions');
    const removed = await checkAndPublish('e2e: gift cards and the season are over');
    const now = (await riskApi('GET', '/api/risk/rules/files')).body;
    expect(!(CSV in now.files) && !(XLSX in now.files), `files ${Object.keys(now.files)}`);
    const rules = (await riskApi('GET', '/api/risk/rules')).body;
    const last = rules.versions[0]; // newest first
    expect(last.changedFiles.includes(CSV) && last.changedFiles.includes(XLSX), `changed ${last.changedFiles}`);
    expect(removed === files.liveVersion, `version ${removed}, before ${files.liveVersion}`);
    return `version ${removed} (the one before the tables) is live again`;
  });

  await check('no page errors', async () => {
    expect(pageErrors.length === 0, pageErrors.join(' | '));
  });
}

async function screenshot() {
  await saveScreenshot(SCREENSHOT_DIR, page, 'risk-files');
}

await runChecks(main, { timeoutMs: OVERALL_TIMEOUT_MS, browser: () => browser, screenshot });
