// A closed or earlier conversation's transcript, read-only, in a modal dialog
// over the console: nothing in it can be answered, claimed or changed. Read
// from the same context endpoint the open conversation uses.
import { h } from '../widget/dom.js';
import { clock, shopTime, text } from './format.js';
import { label } from './i18n.js';
import { api } from './api.js';

/** Opens the dialog for `conversationId`; the answer's errors go to `onError`. */
export async function openTranscript(conversationId, { t, locale, at, onError }) {
  let ctx;
  try {
    ctx = await api.context(conversationId);
  } catch (err) {
    onError(err);
    return null;
  }
  const lines = Array.isArray(ctx.transcript) ? ctx.transcript.filter((l) => l && typeof l === 'object') : [];
  const close = h('button', { type: 'button', class: 'btn', 'data-testid': 'transcript-close' }, t('close'));
  const dialog = h('dialog', { class: 'transcript-dialog', 'data-testid': 'transcript-dialog',
    'data-conversation-id': text(conversationId) },
  h('header', { class: 'row' },
    h('h3', {}, t('transcriptOf', shopTime(at || (lines[0] && lines[0].at), locale))),
    h('span', { class: 'pill', 'data-testid': 'transcript-read-only' }, t('readOnly')), close),
  h('ol', { class: 'transcript', 'data-testid': 'transcript-lines' }, lines.map((l) =>
    h('li', { class: 'line', 'data-role': text(l.role), 'data-testid': 'transcript-line' },
      h('small', {}, label(t, 'roles', l.role), ' · ', clock(l.at, locale)),
      h('p', {}, text(l.text))))));
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
