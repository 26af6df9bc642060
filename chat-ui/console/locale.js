// The consoles' language: the choice kept in localStorage (one key, so the agent
// console and the risk console follow one switch), else the browser's; and
// translators over a strings table with English as the fallback. Served without a
// login (like console.css): the risk console, which has no agent session, loads it.

const KEY = 'shopdesk.console.locale';

export function currentLocale() {
  let stored = null;
  try { stored = localStorage.getItem(KEY); } catch { /* storage blocked */ }
  if (stored === 'zh' || stored === 'en') return stored;
  const nav = (globalThis.navigator && navigator.language) || '';
  return nav.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Switching reloads the page, so views never re-translate. */
export function switchLocale() {
  const next = currentLocale() === 'zh' ? 'en' : 'zh';
  try { localStorage.setItem(KEY, next); } catch { /* storage blocked */ }
  location.reload();
}

/** t(key, ...args) over strings[locale]; unknown keys fall back to English, then the key; functions are called. */
export function translatorOver(strings, locale = currentLocale()) {
  const table = strings[locale] || strings.en;
  return (key, ...args) => {
    const value = key in table ? table[key] : strings.en[key];
    if (typeof value === 'function') return value(...args);
    return value === undefined ? key : value;
  };
}

/** A label from a nested table (priority, decision, kind…), falling back to the raw code. */
export function label(t, table, code) {
  const map = t(table);
  if (map && typeof map === 'object' && code !== undefined && code !== null && Object.prototype.hasOwnProperty.call(map, code)) {
    return map[code];
  }
  return code === undefined || code === null ? '' : String(code);
}
