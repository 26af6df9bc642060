// The search of closed escalations, under the queue: by customer name or id, an
// order id, a conversation id or words of the transcript (GET
// /api/agent/escalations?status=resolved&q=…, 20 a page, the last 90 days);
// "More" loads the next page; a result opens its transcript read-only.
import { h } from '../widget/dom.js';
import { reasonText, shopTime, text } from './format.js';
import { label } from './i18n.js';
import { searchClosed } from './api.js';

const PAGE_SIZE = 20;

export class ClosedSearch {
  /** @param {{t:Function, locale:string, onOpen:(esc:object)=>void, onError:(err:Error)=>void}} options */
  constructor(root, options) {
    this.options = options;
    const t = options.t;
    this.input = h('input', { type: 'search', 'data-testid': 'search-input', 'aria-label': t('searchClosed'),
      placeholder: t('searchPlaceholder'), maxlength: '100' });
    const go = h('button', { type: 'submit', class: 'btn small', 'data-testid': 'search-go' }, t('search'));
    this.form = h('form', { class: 'search-form', 'data-testid': 'search-form' }, this.input, go);
    this.list = h('ol', { class: 'search-results', 'data-testid': 'search-results' });
    this.status = h('p', { class: 'empty', 'data-testid': 'search-status', hidden: true });
    this.more = h('button', { type: 'button', class: 'btn small', 'data-testid': 'search-more', hidden: true }, t('searchMore'));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.search();
    });
    this.more.addEventListener('click', () => this._load(this.page + 1));
    root.append(h('section', { class: 'closed-search', 'data-testid': 'closed-search' },
      h('h3', {}, t('searchClosed')), this.form, this.status, this.list, this.more));
  }

  search() {
    const q = this.input.value.trim();
    this.list.replaceChildren();
    this.more.hidden = true;
    if (q.length < 2) {
      this._say(this.options.t('searchShort'));
      return;
    }
    this.query = q;
    this._load(0);
  }

  async _load(page) {
    try {
      const found = await searchClosed(this.query, page, PAGE_SIZE);
      this.page = page;
      this.list.append(...found.items.map((esc) => this._item(esc)));
      this.more.hidden = !found.hasMore;
      if (page === 0 && !found.items.length) this._say(this.options.t('searchNone'));
      else this.status.hidden = true;
    } catch (err) {
      this.options.onError(err);
    }
  }

  _say(message) {
    this.status.textContent = message;
    this.status.hidden = false;
  }

  _item(esc) {
    const { t, locale } = this.options;
    const reason = Array.isArray(esc.reasons) && esc.reasons.length ? esc.reasons[0] : null;
    const li = h('li', { class: 'search-item', tabindex: '0', 'data-testid': 'search-result',
      'data-escalation-id': text(esc.id), 'data-conversation-id': text(esc.conversationId) },
    h('div', {},
      h('strong', {}, text(esc.customerName) || t('customerUnknown')), ' ',
      h('small', {}, shopTime(esc.resolvedAt, locale)), ' ',
      h('span', { class: 'pill' }, label(t, 'statuses', esc.status)),
      esc.disposition ? h('span', { class: 'pill' }, label(t, 'dispositions', esc.disposition)) : null),
    esc.heldByName ? h('small', {}, t('pastBy', text(esc.heldByName))) : null,
    // What it was about and how it ended, before the shopper's last words (often "thanks" or "hello?").
    reason ? h('p', { class: 'search-reason', 'data-testid': 'search-reason' }, reasonText(reason, locale)) : null,
    esc.note ? h('p', { class: 'search-note', 'data-testid': 'search-note' }, t('resolveNoteShown', text(esc.note))) : null,
    esc.lastMessage ? h('p', { class: 'qi-last' }, h('span', { class: 'qi-who' }, t('lastFromShopper')), text(esc.lastMessage)) : null);
    const open = () => this.options.onOpen(esc);
    li.addEventListener('click', open);
    li.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(); });
    return li;
  }
}
