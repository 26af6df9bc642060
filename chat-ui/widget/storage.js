// localStorage wrapper that never throws (storage can be disabled, full, or
// blocked in sandboxed iframes). Falls back to an in-memory map.

const memory = new Map();

function backend() {
  try {
    const ls = globalThis.localStorage;
    if (ls) return ls;
  } catch {
    /* access denied */
  }
  return null;
}

export const KEYS = Object.freeze({
  conversationId: 'shopdesk.conversationId',
  locale: 'shopdesk.locale',
});

export function getItem(key) {
  const ls = backend();
  if (ls) {
    try {
      return ls.getItem(key);
    } catch {
      /* fall through */
    }
  }
  return memory.has(key) ? memory.get(key) : null;
}

export function setItem(key, value) {
  memory.set(key, value);
  const ls = backend();
  if (ls) {
    try {
      ls.setItem(key, value);
    } catch {
      /* quota or denied: memory copy is enough for this page */
    }
  }
}

export function removeItem(key) {
  memory.delete(key);
  const ls = backend();
  if (ls) {
    try {
      ls.removeItem(key);
    } catch {
      /* ignore */
    }
  }
}
