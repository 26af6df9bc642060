// Named checks for the browser tests (widget, console, risk, risk-drafts,
// risk-workbook, review): each check prints PASS or FAIL with a detail, the first failure stops
// the script (CheckFailed), and runChecks prints the counts last ("N passed,
// M failed"), which the Java ITs read, and sets the exit code.
import { chromium } from 'playwright-core';

export class CheckFailed extends Error {}

export const counts = { passed: 0, failed: 0 };

export function pass(name, detail = '') {
  counts.passed++;
  console.log(`PASS ${name}${detail ? ' — ' + detail : ''}`);
}

export function fail(name, detail) {
  counts.failed++;
  console.log(`FAIL ${name} — ${detail}`);
  throw new CheckFailed(`${name}: ${detail}`);
}

/** Run one named check: fn returns an optional detail string, or throws. */
export async function check(name, fn) {
  let detail;
  try {
    detail = await fn();
  } catch (err) {
    if (err instanceof CheckFailed) throw err;
    fail(name, (err && err.message ? err.message : String(err)).split('\n')[0]);
  }
  pass(name, detail || '');
}

/** Text on one line, cut to n characters, for details. */
export function short(text, n = 80) {
  const s = String(text ?? '').replace(/\s+/g, ' ').trim();
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

/** The service's base URL from the first argument, or the usage line and exit code 2. */
export function baseUrl(script) {
  const arg = process.argv[2];
  if (!arg) {
    console.error(`usage: node ${script} <base-url>   e.g. node ${script} http://localhost:8080`);
    process.exit(2);
  }
  return arg.replace(/\/+$/, '');
}

/** A JSON call to the service: { status, body } with the body parsed (null when empty); headers are added. */
export async function jsonApi(base, method, path, body, headers = {}) {
  const res = await fetch(base + path, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** Waits until the first element of a locator is visible, or fails naming what was not seen. */
export async function waitVisible(locator, what, timeoutMs) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    throw new Error(`${what} not seen within ${timeoutMs / 1000} s`);
  }
}

/**
 * Runs a script's checks and ends the process: the one harness of the browser tests. main() runs within timeoutMs
 * (a safety limit for a hung browser, not a speed check), else "FAIL overall timeout", the screenshot, the browser
 * closed and exit code 3. An error that is not a failed check counts as a failure ("FAIL unexpected error" with its
 * stack). On a failure the screenshot is taken and the diagnostics printed. The browser is closed in every case, the
 * counts are printed last, and the exit code is 1 when a check failed, else 0 (2, bad usage, is baseUrl's).
 *
 * @param main async () => void: the checks, in order
 * @param options.timeoutMs the overall limit in ms
 * @param options.browser () => the Browser to close, or null while none is launched (main launches it)
 * @param options.screenshot async () => void: saves the page(s) where the script says, or nothing; on failure and timeout
 * @param options.diagnostics () => void: prints what the pages said (console errors, page errors); on failure
 */
export async function runChecks(main, { timeoutMs, browser = () => null, screenshot = async () => {}, diagnostics = () => {} }) {
  const closeBrowser = async () => {
    const open = browser();
    if (open) await open.close().catch(() => {});
  };
  const timer = setTimeout(async () => {
    console.log(`FAIL overall timeout — test did not finish within ${timeoutMs / 1000} s`);
    await screenshot().catch(() => {});
    await closeBrowser();
    process.exit(3);
  }, timeoutMs);
  try {
    await main();
  } catch (err) {
    if (!(err instanceof CheckFailed)) {
      counts.failed++;
      console.log(`FAIL unexpected error — ${err && err.stack ? err.stack : err}`);
    }
    await screenshot().catch(() => {});
    diagnostics();
  } finally {
    clearTimeout(timer);
    await closeBrowser();
  }
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed ? 1 : 0);
}

/** runChecks diagnostics: the last 20 errors and warnings of the browser console, then the uncaught page errors. */
export function printPageProblems(consoleLines, pageErrors) {
  if (consoleLines.length) {
    console.log('browser console (errors/warnings):');
    for (const line of consoleLines.slice(-20)) console.log('  ' + line);
  }
  if (pageErrors.length) console.log('page errors: ' + pageErrors.join('; '));
}

/**
 * Debian's Chromium as every browser test starts it (CHROMIUM_PATH overrides the path): headless, and without the
 * background connections that this machine's closed network refuses. {@code extraArgs} for a test's own needs.
 */
export async function launchChromium(extraArgs = []) {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync', ...extraArgs],
  });
}

/** Saves {@code page} as {@code dir/name.png} when a directory is given (SCREENSHOT_DIR); never throws. */
export async function saveScreenshot(dir, page, name, fullPage = true) {
  if (!dir || !page) return;
  const path = `${dir}/${name}.png`;
  await page.screenshot({ path, fullPage }).then(() => console.log(`screenshot saved to ${path}`)).catch(() => {});
}
