// One line of a conversation's transcript as the console shows it: who wrote it and
// when, its text (or the file the shopper sent), and for a shopper's line what the
// bot understood (intent, confidence, entities as chips). Pure rendering: data in,
// DOM nodes out, every value as text.
import { h } from '../widget/dom.js';
import { clock, percent, text } from './format.js';
import { label } from './i18n.js';

/** Bytes a bit easier to read: 812 B, 45.3 KB, 2.1 MB. */
export function fileSize(bytes) {
  const n = Number(bytes);
  if (!Number.isFinite(n) || n < 0) return '';
  if (n < 1024) return `${n} B`;
  return n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The server path of a transcript line's attachment, or null: only ShopDesk's own attachment download
 * (/api/chat/conversations/{id}/attachments/{n}) is ever put into an img or a link.
 */
export function attachmentPath(data) {
  const url = data && typeof data.url === 'string' ? data.url : '';
  return /^\/api\/chat\/conversations\/[A-Za-z0-9_-]+\/attachments\/\d+$/.test(url) ? url : null;
}

/**
 * Identity of a transcript line (its id, else role, time and text), to drop the copy that arrives both by REST and by
 * the live feed. Notes are numbered apart from messages, so a note's id is its own.
 */
export function lineKey(line) {
  if (line.id !== undefined && line.id !== null) return (line.role === 'note' ? 'note:' : 'id:') + text(line.id);
  return [line.role, line.at, line.text].map(text).join('\u0001');
}

/**
 * A file the shopper sent: a photo as a thumbnail that opens full size in a new tab, a PDF as a download link, with
 * its name, type and size. The console's session cookie authorises the download.
 */
function attachment(t, line, data) {
  const name = text(data.name) || text(line.text);
  const path = attachmentPath(data);
  const type = text(data.contentType);
  const meta = h('span', { class: 'attachment-meta' }, `${type} · ${fileSize(data.size)}`);
  const body = h('div', { class: 'line-text attachment', 'data-testid': 'transcript-attachment', 'data-content-type': type });
  if (path && type.startsWith('image/')) {
    body.append(h('a', { href: path, target: '_blank', rel: 'noopener noreferrer', title: t('attachmentImage', name) },
      h('img', { class: 'attachment-thumb', src: path, alt: t('attachmentImage', name), loading: 'lazy',
        'data-testid': 'transcript-attachment-image' })),
    h('div', { 'data-testid': 'transcript-text' }, name), meta);
  } else if (path) {
    body.append(h('div', { 'data-testid': 'transcript-text' }, h('a', { href: path, download: name,
      'data-testid': 'transcript-attachment-file', title: t('attachmentFile', name) }, '📄 ' + name)), meta);
  } else {
    body.append(h('div', { 'data-testid': 'transcript-text' }, name), meta);
  }
  return body;
}

/** What the bot understood of a shopper's line, as chips: intent, confidence, each entity (and its value). */
function understanding(t, line) {
  const chips = [];
  if (line.intent) chips.push(h('span', { class: 'chip intent', 'data-testid': 'chip-intent', title: t('intent') }, text(line.intent)));
  if (line.confidence !== undefined && line.confidence !== null) {
    chips.push(h('span', { class: 'chip confidence', 'data-testid': 'chip-confidence', title: t('confidence') }, percent(line.confidence)));
  }
  for (const e of Array.isArray(line.entities) ? line.entities : []) {
    if (!e || typeof e !== 'object') continue;
    const value = e.value !== undefined && e.value !== null && text(e.value) !== text(e.text) ? ' → ' + text(e.value) : '';
    chips.push(h('span', { class: 'chip entity', 'data-testid': 'chip-entity', title: text(e.source) },
      h('b', {}, text(e.type)), ' ' + text(e.text) + value));
  }
  return chips;
}

/** The transcript line's list item, in the console's language `t` and `locale`. */
export function transcriptLine(t, locale, line) {
  const role = text(line.role) || 'bot';
  const data = line.data && typeof line.data === 'object' ? line.data : {};
  const who = (role === 'agent' || role === 'note') && data.agent ? text(data.agent) : label(t, 'roles', role);
  const type = text(line.type) || 'text';
  const chips = understanding(t, line);
  return h('li', { class: 'line', 'data-testid': 'transcript-line', 'data-role': role, 'data-type': type },
    h('div', { class: 'line-meta' },
      h('span', { class: 'who' }, who),
      role === 'note' ? h('span', { class: 'note-mark' }, t('noteMark')) : type !== 'text' ? h('span', { class: 'type' }, type) : null,
      h('time', { datetime: text(line.at) }, clock(line.at, locale)),
    ),
    type === 'attachment' ? attachment(t, line, data)
      : h('div', { class: 'line-text', 'data-testid': 'transcript-text' }, text(line.text)),
    chips.length ? h('div', { class: 'chips' }, chips) : null,
  );
}
