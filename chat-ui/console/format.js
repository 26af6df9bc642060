// Formatting shared by the console and the reports: durations, times, shares.

/** 42 -> "0:42", 3725 -> "1:02:05"; null/NaN -> "–". */
export function duration(seconds) {
  if (seconds === null || seconds === undefined || !Number.isFinite(Number(seconds))) return '–';
  const s = Math.max(0, Math.round(Number(seconds)));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** A short local time "14:05" (today) or "11-24 14:05"; unparsable values are shown as sent. */
export function clock(at, locale) {
  if (at === null || at === undefined || at === '') return '';
  const d = typeof at === 'number' ? new Date(at < 1e11 ? at * 1000 : at) : new Date(at);
  if (Number.isNaN(d.getTime())) return String(at);
  const tag = locale === 'zh' ? 'zh-CN' : 'en-GB';
  const time = d.toLocaleTimeString(tag, { hour: '2-digit', minute: '2-digit' });
  if (d.toDateString() === new Date().toDateString()) return time;
  return d.toLocaleDateString(tag, { month: '2-digit', day: '2-digit' }) + ' ' + time;
}

/**
 * A calendar day as the agent reads it: "2026-11-28" -> "28 Nov 2026" (en) or "2026年11月28日" (zh). The day is
 * formatted in UTC, where it was parsed, so no time zone moves it; anything else is shown as sent.
 */
export function day(value, locale) {
  const s = text(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const d = new Date(`${s}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return s;
  const tag = locale === 'zh' ? 'zh-CN' : 'en-GB';
  return d.toLocaleDateString(tag, { timeZone: 'UTC', year: 'numeric', month: locale === 'zh' ? 'long' : 'short', day: 'numeric' });
}

/** The shop's time zone: a payment's time is read as the shop, the chat and the shopper's receipt name it. */
export const SHOP_ZONE = 'Asia/Shanghai';

/**
 * A moment in the shop's time, as the agent reads a date and a time: "2026-11-23T18:01:10+08:00" -> "23 Nov 2026,
 * 18:01" (en) or "2026年11月23日 18:01" (zh), whatever the agent's own time zone; unparsable values are shown as sent.
 */
export function shopTime(at, locale) {
  const s = text(at);
  if (!s) return '';
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) return s;
  const tag = locale === 'zh' ? 'zh-CN' : 'en-GB';
  const date = d.toLocaleDateString(tag, { timeZone: SHOP_ZONE, year: 'numeric', month: locale === 'zh' ? 'long' : 'short', day: 'numeric' });
  const time = d.toLocaleTimeString(tag, { timeZone: SHOP_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return locale === 'zh' ? `${date} ${time}` : `${date}, ${time}`;
}

/** 0.734 -> "73%"; null -> "–". */
export function percent(share, digits = 0) {
  if (share === null || share === undefined || !Number.isFinite(Number(share))) return '–';
  return (Number(share) * 100).toFixed(digits) + '%';
}

/** A number with at most `digits` decimals; null -> "–". */
export function num(value, digits = 2) {
  if (value === null || value === undefined || !Number.isFinite(Number(value))) return '–';
  return String(Number(Number(value).toFixed(digits)));
}

/** Text of any JSON value, for display through text nodes only. */
export function text(value) {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A reason's message in the page's language (messageZh / messageEn), else its message, else its code. */
export function reasonText(reason, locale) {
  if (!reason || typeof reason !== 'object') return text(reason);
  const localised = locale === 'zh' ? reason.messageZh : reason.messageEn;
  return text(localised || reason.message || reason.code);
}
