// A known customer's earlier conversations, in the context column (the
// context's pastConversations, latest first, at most 20): when it started, the
// shopper's first line, "bot only" for a chat the bot handled alone, else how
// its hand-off ended, who closed it and the rating; a click opens that
// transcript read-only.
import { h } from '../widget/dom.js';
import { shopTime, text } from './format.js';
import { label } from './i18n.js';

/**
 * @param {Array<object>} list the context's pastConversations
 * @param {{t:Function, locale:string, onOpen:(conversationId:string, at:string)=>void}} options
 */
export function pastConversations(list, { t, locale, onOpen }) {
  const rows = Array.isArray(list) ? list.filter((p) => p && typeof p === 'object') : [];
  if (!rows.length) return h('p', { class: 'empty', 'data-testid': 'past-none' }, t('pastNone'));
  return h('ul', { class: 'past-list' }, rows.map((p) => {
    const open = h('button', { type: 'button', class: 'btn small', 'data-testid': 'past-open' }, t('pastOpen'));
    const day = p.startedAt || p.createdAt;
    open.addEventListener('click', () => onOpen(text(p.conversationId), day));
    return h('li', { class: 'past-item', 'data-testid': 'past-conversation', 'data-conversation-id': text(p.conversationId) },
      h('div', { class: 'past-top' },
        h('span', { class: 'past-day', 'data-testid': 'past-day' }, shopTime(day, locale)),
        h('span', { class: 'pill', 'data-testid': 'past-status' },
          p.escalated === false ? t('pastBotOnly') : label(t, 'statuses', p.status)),
        p.disposition ? h('span', { class: 'pill', 'data-testid': 'past-disposition' }, label(t, 'dispositions', p.disposition)) : null,
        Number.isInteger(p.rating) ? h('span', { class: 'past-rating', 'data-testid': 'past-rating' }, t('pastRating', p.rating)) : null),
      p.firstShopperLine ? h('p', { class: 'past-line', 'data-testid': 'past-first-line' }, text(p.firstShopperLine)) : null,
      h('div', { class: 'past-bottom' },
        p.closedBy ? h('small', { 'data-testid': 'past-closed-by' }, t('pastBy', text(p.closedBy))) : null,
        open));
  }));
}
