// The risk console's REST client. The officer's API key is kept in
// sessionStorage only (gone when the tab closes) and sent as X-Api-Key on every
// request, never in a URL. A 401 or 403 forgets the key and calls the
// handler given to onKeyRefused, which shows the key screen again.

const STORAGE = 'shopdesk.risk.key';

export class ApiError extends Error {
  constructor(status, body) {
    super((body && (body.message || body.error)) || `HTTP ${status}`);
    this.status = status;
    this.code = body && body.error;
    this.body = body || {};
  }
}

let refused = () => {};
// Only used when sessionStorage is blocked: the key then lives as long as the page.
let memoryKey = '';

/** fn(status, body) runs when the server refuses the key (401 or 403), after the key is forgotten. */
export function onKeyRefused(fn) {
  refused = fn;
}

export function storedKey() {
  try { return sessionStorage.getItem(STORAGE) || ''; } catch { return ''; }
}

export function storeKey(key) {
  try { sessionStorage.setItem(STORAGE, key); } catch { /* storage blocked: the key lives for this page only */ }
  memoryKey = key;
}

export function forgetKey() {
  try { sessionStorage.removeItem(STORAGE); } catch { /* storage blocked */ }
  memoryKey = '';
}

const currentKey = () => storedKey() || memoryKey;

/** One request; `key` overrides the stored one (to try a key before keeping it). */
async function request(method, path, body, key = currentKey()) {
  const headers = { Accept: 'application/json', 'X-Api-Key': key };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'omit',
    cache: 'no-store',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  // A body that is not JSON (the servlet container's HTML error page, a proxy's) is never shown: "HTTP <status>".
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
    if (!data || typeof data !== 'object') data = null;
  }
  if (res.status === 401 || res.status === 403) {
    forgetKey();
    refused(res.status, data || {});
    throw new ApiError(res.status, data);
  }
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

const enc = encodeURIComponent;

export const api = {
  /** Checks a key without keeping it; resolves (to the newest decision, unused) when the server accepts it as an officer's. */
  // An officer-only endpoint: the checkout's key (which reads the rules too) is refused with 403 at the key screen.
  tryKey: (key) => request('GET', '/api/risk/decisions?limit=1', undefined, key),
  rules: () => request('GET', '/api/risk/rules'),
  /** Who the key is recorded as: {identity: "Li Wei" or "officer:1a2b3c4d", named}. */
  officer: () => request('GET', '/api/risk/officer'),
  rollback: (version, reason) => request('POST', '/api/risk/rules/rollback', reason ? { version, reason } : { version }),
  activity: (hours) => request('GET', `/api/risk/rules/activity?hours=${enc(hours)}`),
  diff: (version, against, at) => request('GET', `/api/risk/rules/versions/${enc(version)}/diff${against ? `?against=${enc(against)}` : at ? `?at=${enc(at)}` : ''}`),
  rollbackPreview: (version, hours) => request('GET', `/api/risk/rules/rollback/preview?version=${enc(version)}&hours=${enc(hours)}`),
  decisions: (query) => request('GET', `/api/risk/decisions${query}`),
  ruleFiles: () => request('GET', '/api/risk/rules/files'),
  proposeDraft: (draft) => request('POST', '/api/risk/rules/drafts', draft),
  checkDraft: (id, hours) => request('POST', `/api/risk/rules/drafts/${enc(id)}/check?hours=${enc(hours)}`),
  publishDraft: (id) => request('POST', `/api/risk/rules/drafts/${enc(id)}/publish`),
  decisionLists: (id) => request('GET', `/api/risk/decisions/${enc(id)}/lists`),
  changeList: (id, list, action, reason) => request('POST', `/api/risk/decisions/${enc(id)}/lists`, { list, action, reason }),
  decision: (id) => request('GET', `/api/risk/decisions/${enc(id)}`),
  /** A list at a version (a decision's lists.versions) and what changed from the version before. */
  listVersion: (list, version) => request('GET', `/api/risk/lists/${enc(list)}/versions/${enc(version)}`),
};
