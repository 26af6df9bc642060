// Named checks for the browser tests (widget, console, risk): each check prints
// PASS or FAIL with a detail, the first failure stops the script (CheckFailed),
// and the script prints the counts last ("N passed, M failed"), which the Java
// ITs read.

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
