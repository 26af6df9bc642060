// End-to-end test of changing an Excel decision table (.drl.xlsx) from the risk
// console, in Debian's Chromium, against a service running on a COPY of the
// rules whose scorecard is a workbook (WorkbookDraftsIT starts it so; never run
// it against a service on the repository's rules/): the officer picks the
// workbook in "Change rules", sees no text editor but a download button and an
// upload field; the download is the live workbook byte for byte; a broken
// workbook uploaded fails its check with the problem at its row; a changed one
// passes and is published, and the service then serves exactly those bytes.
//
//   node risk-workbook.e2e.mjs http://localhost:8080 BROKEN.xlsx CHANGED.xlsx
//
// Env: CHROMIUM_PATH (default /usr/bin/chromium), RISK_OFFICER_KEY, SCREENSHOT_DIR (optional, risk-workbook.png on
// failure). Prints one line per check; exits 0 when all pass, 1 on a failed check, 3 on the 240 s overall timeout
// (runChecks in checks.mjs).
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { baseUrl, check, launchChromium, runChecks, saveScreenshot } from './checks.mjs';
import { CHECKOUT_KEY, OFFICER_KEY, consoleLocators, expect, openConsole, riskApiOf, signInAsOfficer } from './risk-console.mjs';

const OVERALL_TIMEOUT_MS = 240_000;
const UI_TIMEOUT_MS = 90_000;
const BASE = baseUrl('risk-workbook.e2e.mjs');
const [BROKEN, CHANGED] = process.argv.slice(3);
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR || '';
const XLSX = 'financing-scorecard.drl.xlsx';

let browser = null;
let page = null;
const pageErrors = [];

const riskApi = riskApiOf(BASE);
const { q, visible } = consoleLocators(() => page, UI_TIMEOUT_MS);

async function main() {
  expect(BROKEN && CHANGED, 'usage: node risk-workbook.e2e.mjs <base-url> <broken.xlsx> <changed.xlsx>');
  await check('launch chromium', async () => {
    browser = await launchChromium();
    return browser.version();
  });
  const files = (await riskApi('GET', '/api/risk/rules/files')).body;
  page = await openConsole(browser, BASE, pageErrors, { acceptDownloads: true });
  await signInAsOfficer(q, visible, files.liveVersion);

  await check('the workbook is offered for download and upload, not as text', async () => {
    expect(typeof files.files[XLSX] === 'string', `no ${XLSX} in the files`);
    await q('editor-toggle').click();
    await q('editor-file').selectOption(XLSX);
    await visible(q('editor-workbook'), 'the workbook panel');
    expect(!(await q('editor-text').isVisible()), 'the text editor is shown for a workbook');
    return (await q('workbook-status').textContent()).trim();
  });

  await check('"Download" saves the live workbook byte for byte', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), q('workbook-download').click()]);
    const bytes = await readFile(await download.path());
    expect(download.suggestedFilename() === XLSX, `saved as ${download.suggestedFilename()}`);
    expect(bytes.toString('base64') === files.files[XLSX], `${bytes.length} bytes differ from the live workbook`);
    return `${bytes.length} bytes`;
  });

  await check('a broken workbook uploaded fails its check at its row', async () => {
    await q('workbook-upload').setInputFiles(BROKEN);
    // The file's own name: 'Uploaded' alone also matched the live status's "No change uploaded." (a string is matched
    // ignoring case), so the check could be clicked before the upload was read, and the failed verdict never came.
    await visible(q('workbook-status').filter({ hasText: `Uploaded ${basename(BROKEN)} (` }), 'the upload');
    await q('editor-reason').fill('e2e: points in words');
    await q('editor-check').click();
    await visible(q('editor-verdict').and(page.locator('[data-passed="false"]')), 'the failed verdict');
    const problem = q('editor-problem').first();
    expect((await problem.getAttribute('data-file')) === `risk/${XLSX}`, `problem in ${await problem.getAttribute('data-file')}`);
    const said = (await problem.textContent()).trim();
    expect(said.includes(':10:') && said.includes('ScorecardRenter'), said);
    await problem.click();
    expect(await q('editor-publish').isDisabled(), 'Publish is enabled for a failing draft');
    return said.slice(0, 100);
  });

  await check('a changed workbook uploaded passes and is published', async () => {
    await q('workbook-upload').setInputFiles(CHANGED);
    await visible(q('workbook-status').filter({ hasText: `Uploaded ${basename(CHANGED)} (` }), 'the upload');
    await q('editor-reason').fill('e2e: long employment lowers the risk again');
    await q('editor-check').click();
    await visible(q('editor-verdict').and(page.locator('[data-passed="true"]')), 'the passed verdict');
    await q('editor-publish').click();
    await visible(q('editor-published').and(page.locator('[data-published="true"]')), 'the published message');
    const live = (await riskApi('GET', '/api/risk/rules/files')).body;
    const changed = (await readFile(CHANGED)).toString('base64');
    expect(live.files[XLSX] === changed, 'the service does not serve the uploaded workbook');
    expect(live.liveVersion !== files.liveVersion, 'the live version did not change');
    return `version ${live.liveVersion}`;
  });

  await check('no page errors', async () => {
    expect(pageErrors.length === 0, pageErrors.join(' | '));
  });
}

async function screenshot() {
  await saveScreenshot(SCREENSHOT_DIR, page, 'risk-workbook');
}

await runChecks(main, { timeoutMs: OVERALL_TIMEOUT_MS, browser: () => browser, screenshot });
