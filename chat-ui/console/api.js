// The console's REST client: JSON in and out, the CSRF token from the
// XSRF-TOKEN cookie echoed in X-XSRF-TOKEN on every POST, and a 401 sends the
// agent back to the login page.

export const LOGIN_PAGE = '/console/login.html';

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || (body && body.code) || `HTTP ${status}`);
    this.status = status;
    this.code = body && body.code;
    this.body = body || {};
  }
}

/** The token Spring Security put in the XSRF-TOKEN cookie, or '' if none yet. */
export function csrfToken() {
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === 'XSRF-TOKEN') return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return '';
}

async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = csrfToken();
    if (body !== undefined) headers['Content-Type'] = 'application/json';
  }
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 401) {
    location.assign(LOGIN_PAGE);
    throw new ApiError(401, { code: 'unauthenticated' });
  }
  return answer(res.status, res.ok, await res.text());
}

/**
 * The JSON of an answer, or an ApiError. A body that is not JSON (a server's or proxy's HTML error page) is never
 * shown to the agent: the error then says "HTTP <status>".
 */
export function answer(status, ok, text) {
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  if (!ok) throw new ApiError(status, data && typeof data === 'object' ? data : null);
  return data;
}

const enc = encodeURIComponent;

export const api = {
  me: () => request('GET', '/api/agent/me'),
  agents: () => request('GET', '/api/agent/agents'),
  setStatus: (status) => request('POST', '/api/agent/me/status', { status }),
  escalations: () => request('GET', '/api/agent/escalations'),
  escalation: (id) => request('GET', `/api/agent/escalations/${enc(id)}`),
  claim: (id) => request('POST', `/api/agent/escalations/${enc(id)}/claim`),
  transfer: (id, target) => request('POST', `/api/agent/escalations/${enc(id)}/transfer`, target),
  release: (id) => request('POST', `/api/agent/escalations/${enc(id)}/release`),
  resolve: (id, disposition, note) => request('POST', `/api/agent/escalations/${enc(id)}/resolve`, { disposition, note }),
  send: (cid, text) => request('POST', `/api/agent/conversations/${enc(cid)}/messages`, { text }),
  note: (cid, text) => request('POST', `/api/agent/conversations/${enc(cid)}/notes`, { text }),
  // No locale: the replies come in the conversation's language, whatever the console's.
  cannedReplies: (cid) => request('GET', `/api/agent/canned-replies?conversation=${enc(cid)}`),
  context: (cid) => request('GET', `/api/agent/conversations/${enc(cid)}/context`),
  verify: (cid, orderId, phoneLast4) => request('POST', `/api/agent/conversations/${enc(cid)}/verification`, { orderId, phoneLast4 }),
  reports: (days) => request('GET', `/api/agent/reports?days=${enc(days)}`),
  // Supervisors: what the bot did not understand, labelling, train and release.
  review: (params) => request('GET', `/api/nlu/review?${new URLSearchParams(params)}`),
  label: (text, language, intent) => request('POST', '/api/nlu/review/examples', { text, language, intent }),
  unlabel: (text, language) => request('DELETE', `/api/nlu/review/examples?text=${enc(text)}&language=${enc(language)}`),
  currentRelease: () => request('GET', '/api/nlu/releases/current'),
  // Not "release": that key is the escalation's hand-back above, and an object literal's later key silently wins (it
  // did: "Hand back to bot" posted a model training, 403 for an agent, a new intent model for a supervisor).
  trainAndRelease: () => request('POST', '/api/nlu/releases'),
  releaseJob: (id) => request('GET', `/api/nlu/releases/jobs/${enc(id)}`),
  releaseJobs: () => request('GET', '/api/nlu/releases/jobs'),
  releaseAnyway: (id, reason) => request('POST', `/api/nlu/releases/jobs/${enc(id)}/override`, { reason }),
};

/**
 * One page of closed escalations matching `q` (GET /api/agent/escalations?status=resolved): the array, and whether
 * another page follows (the X-Has-More header).
 */
export async function searchClosed(q, page = 0, size = 20) {
  const res = await fetch(`/api/agent/escalations?status=resolved&q=${enc(q)}&page=${enc(page)}&size=${enc(size)}`,
    { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (res.status === 401) {
    location.assign(LOGIN_PAGE);
    throw new ApiError(401, { code: 'unauthenticated' });
  }
  const items = answer(res.status, res.ok, await res.text());
  return { items: Array.isArray(items) ? items : [], hasMore: res.headers.get('X-Has-More') === 'true' };
}

/** POST /logout, then go where the server redirected (the login page). */
export async function logout() {
  try {
    const res = await fetch('/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-XSRF-TOKEN': csrfToken() },
      body: new URLSearchParams({ _csrf: csrfToken() }),
    });
    const url = new URL(res.url || LOGIN_PAGE, location.href);
    location.assign(url.pathname === '/console/login.html' ? url.href : LOGIN_PAGE + '?logout');
  } catch {
    location.assign(LOGIN_PAGE);
  }
}
