// What the risk console's browser checks share (risk.e2e.mjs, risk-drafts.e2e.mjs, risk-files.e2e.mjs,
// risk-workbook.e2e.mjs): the two keys, the risk API called with one of them, and the page's elements by test id.
import { jsonApi, waitVisible } from './checks.mjs';

export const OFFICER_KEY = process.env.RISK_OFFICER_KEY || 'dev-risk-officer-key';
export const CHECKOUT_KEY = process.env.RISK_API_KEY || 'dev-risk-key';

/** Fails the check with {@code message} unless {@code condition} holds. */
export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** The risk API of the service at {@code base}, called with the officer's key unless another is given. */
export function riskApiOf(base) {
  return (method, path, body, key = OFFICER_KEY) => jsonApi(base, method, path, body, { 'X-Api-Key': key });
}

/**
 * {@code q(testid)}: the element of the page that {@code currentPage()} returns at the time of the call (the scripts
 * open their page after loading); {@code visible(locator, what)}: that element once shown, within {@code timeoutMs}.
 */
export function consoleLocators(currentPage, timeoutMs) {
  return {
    q: (testid) => currentPage().locator(`[data-testid="${testid}"]`),
    visible: (locator, what) => waitVisible(locator, what, timeoutMs),
  };
}

/**
 * A new page of {@code browser} on the risk console of the service at {@code base}, in English, 1400 x 1000 (plus
 * {@code contextOptions}), with the page's script errors collected in {@code pageErrors}.
 */
export async function openConsole(browser, base, pageErrors, contextOptions = {}) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 }, ...contextOptions });
  await context.addInitScript(() => { try { localStorage.setItem('shopdesk.console.locale', 'en'); } catch { /* ignore */ } });
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(`${base}/risk/`, { waitUntil: 'domcontentloaded' });
  return page;
}

/** Signs in with the officer's key and waits until the console shows {@code liveVersion} as live. */
export async function signInAsOfficer(q, visible, liveVersion) {
  await q('key-input').fill(OFFICER_KEY);
  await q('key-submit').click();
  await visible(q('live-version').filter({ hasText: liveVersion }), 'the live version');
}
