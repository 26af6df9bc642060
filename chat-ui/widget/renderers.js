// Builds the DOM for one chat message. Every piece of server or shopper text is
// inserted as a text node (via dom.js); links only get an href from safeHref().
import { h, safeHref } from './dom.js';
import { orderStatusLabel } from './i18n.js';

const KNOWN_ROLES = new Set(['shopper', 'bot', 'agent', 'system']);

function asObject(value) {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

function asText(value) {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : String(value);
}

function intlLocale(locale) {
  return locale === 'zh' ? 'zh-CN' : 'en-US';
}

export function formatPrice(price, currency, locale) {
  if (price === undefined || price === null || price === '') return '';
  const n = typeof price === 'number' ? price : Number(price);
  if (Number.isFinite(n) && typeof currency === 'string' && /^[A-Za-z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: currency.toUpperCase() }).format(n);
    } catch {
      /* fall through */
    }
  }
  return [asText(currency), asText(price)].filter(Boolean).join(' ');
}

function formatDate(value, locale) {
  const s = asText(value);
  // Only reformat plain ISO dates / timestamps; anything else is shown as sent.
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return s;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? s + 'T00:00:00' : s);
  if (Number.isNaN(d.getTime())) return s;
  try {
    return d.toLocaleDateString(intlLocale(locale), { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' });
  } catch {
    return s;
  }
}

function formatTime(at, locale) {
  // ISO strings, or epoch numbers (seconds if small, else milliseconds).
  const d = typeof at === 'number' ? new Date(at < 1e11 ? at * 1000 : at) : at ? new Date(at) : new Date();
  if (Number.isNaN(d.getTime())) return '';
  try {
    return d.toLocaleString(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return d.toISOString();
  }
}

/** Whole days an order still on its way is past its estimated delivery (data.daysLate), or 0 when on time. */
export function daysLate(data) {
  const n = asObject(data).daysLate;
  return Number.isInteger(n) && n > 0 ? n : 0;
}

function orderCard(data, ctx) {
  const items = Array.isArray(data.items)
    ? data.items.map((i) => (i && typeof i === 'object' ? asText(i.name) : asText(i))).filter(Boolean).join(ctx.locale === 'zh' ? '、' : ', ')
    : typeof data.items === 'string' ? data.items : undefined;
  // A late order's card says so where the estimate would be: "Estimated delivery" with a day long past reads as if
  // nothing were wrong.
  // A delivered one says the day it came (data.deliveredOn), not an estimate in the past.
  const late = daysLate(data);
  const rows = [
    ['orderId', data.orderId],
    ['status', data.status],
    ['items', items],
    ['carrier', data.carrier],
    ['trackingNumber', data.trackingNumber],
    data.deliveredOn ? ['deliveredOn', data.deliveredOn] : late && data.eta ? ['late', data.eta] : ['eta', data.eta],
  ].filter(([, v]) => v !== undefined && v !== null && v !== '');
  if (!rows.length) return null;
  const dl = h('dl');
  for (const [key, value] of rows) {
    let dd;
    let dt = h('dt', {}, ctx.t(key));
    if (key === 'status') {
      dd = h('dd', {}, h('span', { class: 'order-status', 'data-status': asText(value).toLowerCase() }, orderStatusLabel(ctx.locale, value, data.statusLabel)));
    } else if (key === 'eta') {
      dd = h('dd', { 'data-testid': 'shopdesk-order-eta' }, formatDate(value, ctx.locale));
    } else if (key === 'deliveredOn') {
      dd = h('dd', { 'data-testid': 'shopdesk-order-delivered' }, formatDate(value, ctx.locale));
    } else if (key === 'late') {
      dt = h('dt', { class: 'order-late-label' }, ctx.t('late'));
      dd = h('dd', {}, h('span', { class: 'order-late', 'data-testid': 'shopdesk-order-late', 'data-days-late': String(late) },
        ctx.t('lateDetail', late, formatDate(value, ctx.locale))));
    } else {
      dd = h('dd', {}, asText(value));
    }
    dl.append(dt, dd);
  }
  return h('div', { class: 'card order-card', 'data-testid': 'shopdesk-order-card' }, dl);
}

function suggestionChips(data, ctx) {
  const list = Array.isArray(data.suggestions) ? data.suggestions : [];
  const items = list
    .map((s) => (typeof s === 'string' ? { question: s } : asObject(s)))
    .filter((s) => asText(s.question).trim() !== '');
  if (!items.length) return null;
  const chips = h('div', { class: 'chips', role: 'group', 'aria-label': ctx.t('suggestions') });
  for (const s of items) {
    const question = asText(s.question);
    const chip = h('button', { type: 'button', class: 'chip', 'data-testid': 'shopdesk-suggestion', 'data-suggestion-id': s.id === undefined ? null : asText(s.id) }, question);
    chip.addEventListener('click', () => ctx.onSuggestion(question));
    chips.append(chip);
  }
  return [h('div', { class: 'chips-label' }, ctx.t('suggestions')), chips];
}

// Cards of a 'products' reply (data.cards: sku, name, price, currency, why, link, instalments) or of the older
// 'product_cards' shape (data.products with url). Names are already in the conversation's language.
function productCards(data, ctx) {
  const list = Array.isArray(data.cards) ? data.cards : Array.isArray(data.products) ? data.products : [];
  if (!list.length) return null;
  const wrap = h('div', { class: 'products' });
  for (const raw of list) {
    const p = asObject(raw);
    const href = safeHref(p.link !== undefined ? p.link : p.url);
    let link = null;
    if (href) {
      link = h('a', { class: 'product-link', href }, ctx.t('viewProduct') + ' →');
      if (href.startsWith('https://')) {
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
      }
    }
    const price = formatPrice(p.price, p.currency, ctx.locale);
    wrap.append(h('div', { class: 'card product', 'data-testid': 'shopdesk-product', 'data-sku': p.sku === undefined ? null : asText(p.sku) },
      h('p', { class: 'product-name' }, asText(p.name)),
      price ? h('p', { class: 'product-price' }, price) : null,
      p.instalments === true ? h('p', { class: 'product-instalments' }, ctx.t('instalments')) : null,
      p.why ? h('p', { class: 'product-why' }, asText(p.why)) : null,
      link,
    ));
  }
  return wrap;
}

const RATING_SCORES = [1, 2, 3, 4, 5];

/**
 * The 1-5 stars asked for after an agent resolved the conversation. data.score
 * is the shopper's choice once made (the buttons are then disabled), data.saved
 * whether the server confirmed it.
 */
function ratingCard(data, ctx) {
  const chosen = Number.isInteger(data.score) ? data.score : null;
  const stars = h('div', { class: 'stars', role: 'group', 'aria-label': ctx.t('ratingPrompt') });
  for (const score of RATING_SCORES) {
    const star = h('button', {
      type: 'button',
      class: 'star',
      'data-testid': 'shopdesk-rating-star',
      'data-score': String(score),
      'data-on': chosen !== null && score <= chosen ? 'true' : null,
      'aria-pressed': chosen === score ? 'true' : 'false',
      'aria-label': ctx.t('ratingStar', score),
      title: ctx.t('ratingStar', score),
      disabled: chosen !== null,
    }, '★');
    star.addEventListener('click', () => ctx.onRate && ctx.onRate(score));
    stars.append(star);
  }
  return h('div', { class: 'card rating', 'data-testid': 'shopdesk-rating', 'data-score': chosen === null ? null : String(chosen) },
    h('p', { class: 'rating-prompt' }, ctx.t('ratingPrompt')),
    stars,
    h('div', { class: 'rating-scale', 'aria-hidden': 'true' }, h('span', {}, ctx.t('ratingLow')), h('span', {}, ctx.t('ratingHigh'))),
  );
}

function formatSize(bytes, locale) {
  const n = Number(bytes);
  if (!Number.isFinite(n) || n < 0) return '';
  if (n < 1024) return `${n} B`;
  const kb = n / 1024;
  const value = kb < 1024 ? kb : kb / 1024;
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(value) + (kb < 1024 ? ' KB' : ' MB');
}

/**
 * A file the shopper sent (data: attachmentId, name, contentType, size, url): a photo shows in the bubble, a PDF is a
 * link that saves it. The bytes are fetched by ctx.loadAttachment (with the shopper's identity) into an object URL;
 * only the server's own attachment paths are ever fetched, and a file is never shown as anything but an image or a
 * download.
 */
function attachmentBubble(msg, data, ctx) {
  const name = asText(data.name) || asText(msg.text);
  const url = safeHref(asText(data.url));
  const fetchable = url && url.startsWith('/api/chat/conversations/') && typeof ctx.loadAttachment === 'function';
  const bubble = h('div', { class: 'bubble attachment', 'data-testid': 'shopdesk-attachment',
    'data-content-type': asText(data.contentType) });
  if (asText(data.contentType).startsWith('image/')) {
    const img = h('img', { class: 'attachment-image', alt: ctx.t('attachmentImage', name), 'data-testid': 'shopdesk-attachment-image' });
    if (fetchable) ctx.loadAttachment(data).then((src) => { if (src) img.src = src; }).catch(() => {});
    bubble.append(img, h('span', { class: 'attachment-name' }, name));
  } else {
    const size = formatSize(data.size, ctx.locale);
    const link = h('a', { class: 'attachment-file', download: name, 'aria-label': ctx.t('attachmentOpen', name),
      'data-testid': 'shopdesk-attachment-file' }, '📄 ' + name + (size ? ` (${size})` : ''));
    if (fetchable) ctx.loadAttachment(data).then((src) => { if (src) link.setAttribute('href', src); }).catch(() => {});
    bubble.append(link);
  }
  return bubble;
}

/**
 * @param {{role?:string, type?:string, text?:string, data?:object, at?:string, pending?:boolean}} msg
 * @param {{t:Function, locale:string, onSuggestion:(q:string)=>void, onRate?:(score:number)=>void, showPart?:boolean,
 *   loadAttachment?:(data:object)=>Promise<string>}} ctx
 *   showPart false: the message follows another reply to the same question, whose heading it shares
 */
/**
 * Outside business hours a hand-off says when agents are back in the desk's time (data.opensAt, with its offset:
 * "from 9:00 (Beijing time)"); a shopper whose clock is in another zone also reads that moment in their own time.
 * Nothing when the times agree, or without data.opensAt (an agent is available, or all are busy).
 */
export function opensLocally(data, ctx) {
  const at = asText(data.opensAt);
  const m = /T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?([+-]\d{2}:\d{2}|Z)$/.exec(at);
  const when = m ? new Date(at) : null;
  if (!when || Number.isNaN(when.getTime())) return null;
  const local = `${String(when.getHours()).padStart(2, '0')}:${String(when.getMinutes()).padStart(2, '0')}`;
  if (local === `${m[1]}:${m[2]}`) return null;
  return h('div', { class: 'handoff-hours', 'data-testid': 'shopdesk-opens-locally' }, ctx.t('opensLocally', local));
}

/**
 * The shopper's place in the queue and how long the wait is, kept in data.queue ({position, availability, opensAt})
 * of the hand-off reply (or of the one notice shown when the chat is queued again): one line, drawn again in place
 * when the place changes. "from 9:00" reads opensAt in the desk's own time, as the hand-off text says it.
 */
export function queueLine(queue, ctx) {
  const position = Number.isInteger(queue.position) ? queue.position : null;
  const at = /T(\d{2}:\d{2})/.exec(asText(queue.opensAt));
  // No wait said when it is not known (never "shortly" by default: outside hours that would be untrue).
  const wait = queue.availability === 'closed' && at ? ctx.t('queueWaitFrom', at[1])
    : (ctx.t('queueWait') || {})[asText(queue.availability)] || '';
  return h('div', { class: 'queue-status', 'data-testid': 'shopdesk-queue-status', role: 'status',
    'data-position': position === null ? null : String(position) },
  h('span', { class: 'queue-place', 'data-testid': 'shopdesk-queue-place' }, ctx.t('queuePlace', position)),
  wait ? ' · ' + wait : '');
}

export function renderMessage(msg, ctx) {
  const type = asText(msg.type) || 'text';
  let role = KNOWN_ROLES.has(msg.role) ? msg.role : 'bot';
  if (type === 'agent' && role === 'bot') role = 'agent';
  const data = asObject(msg.data);

  const el = h('div', {
    class: 'msg',
    'data-testid': 'shopdesk-message',
    'data-role': role,
    'data-type': type,
    'data-faq-id': type === 'kb_answer' && data.faqId !== undefined ? asText(data.faqId) : null,
    title: formatTime(msg.at, ctx.locale) || null,
  });

  if (role === 'agent') {
    // The agent's display name travels in data.agent (live and in history).
    const name = asText(data.agent).trim();
    el.append(h('div', { class: 'sender', 'data-testid': 'shopdesk-agent-name' }, name ? ctx.t('agentNamed', name) : ctx.t('agent')));
  }

  // A reply to one of several questions in the shopper's message names the question it answers (data.part), once
  // above that question's first reply.
  const part = asObject(data.part);
  const partText = asText(part.text).trim();
  if (role === 'bot' && ctx.showPart !== false && partText !== '' && Number(part.count) > 1) {
    el.setAttribute('data-part', asText(part.index));
    el.append(h('div', { class: 'part-question', 'data-testid': 'shopdesk-part-question' }, partText));
  }

  const text = asText(msg.text);
  if (type === 'attachment') el.append(attachmentBubble(msg, data, ctx));
  else if (text !== '' || role === 'shopper') el.append(h('div', { class: 'bubble' }, text));

  let extra = null;
  if (type === 'order_status') extra = orderCard(data, ctx);
  else if (type === 'fallback') extra = suggestionChips(data, ctx);
  else if (type === 'product_cards' || type === 'products') extra = productCards(data, ctx);
  else if (type === 'rating_request') extra = ratingCard(data, ctx);
  else if (type === 'handoff') extra = opensLocally(data, ctx);
  if (extra) {
    if (Array.isArray(extra)) el.append(...extra);
    else el.append(extra);
  }
  if (data.queue && typeof data.queue === 'object') el.append(queueLine(data.queue, ctx));
  if (!el.childNodes.length) el.append(h('div', { class: 'bubble' }, ''));
  return el;
}
