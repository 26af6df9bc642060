// The context column of a conversation: why it was escalated, who the customer
// is (or, for an anonymous shopper, the form to verify them: shopper-verification.js),
// their earlier conversations (past-conversations.js), their orders (order-facts.js),
// the risk decisions about them (risk-decisions.js), and knowledge-base suggestions
// for the latest shopper message, each insertable into the reply box with one click.
import { h } from '../widget/dom.js';
import { percent, reasonText, text } from './format.js';
import { label } from './locale.js';
import { ordersTable } from './order-facts.js';
import { pastConversations } from './past-conversations.js';
import { riskDecisions } from './risk-decisions.js';
import { toldProof, verifyForm } from './shopper-verification.js';

export class ContextView {
  /**
   * @param {HTMLElement} root
   * @param {{t:Function, locale:string, onInsert:(text:string)=>void,
   *   onOpenPast:(conversationId:string, at:string)=>void}} options
   */
  constructor(root, options) {
    this.root = root;
    this.options = options;
    this.t = options.t;
    this.clear();
  }

  clear() {
    this.root.replaceChildren(h('p', { class: 'empty' }, '—'));
  }

  /** Draw the answer of GET /api/agent/conversations/{cid}/context. */
  show(ctx) {
    const t = this.t;
    const c = ctx && typeof ctx === 'object' ? ctx : {};
    const esc = c.escalation && typeof c.escalation === 'object' ? c.escalation : null;
    this._told = toldProof(c.transcript);
    // replaceChildren() writes a null as the text "null": sections left out are filtered away first.
    this.root.replaceChildren(...[
      this._section('reasons', t('reasons'), this._reasons(esc)),
      this._section('customer', t('customer'), this._customer(c.customer, c.conversation)),
      c.customer ? this._section('past', t('pastConversations'), pastConversations(c.pastConversations, {
        t, locale: this.options.locale, onOpen: (cid, at) => this.options.onOpenPast(cid, at) })) : null,
      this._section('orders', t('orders'), ordersTable(c.orders, t, this.options.locale,
        c.conversation && typeof c.conversation === 'object' ? c.conversation.orderId : null)),
      this._section('risk', t('risk'), riskDecisions(c.riskDecisions, t, this.options.locale)),
      this._section('suggestions', t('suggestions'), this._suggestions(c.suggestions)),
    ].filter(Boolean));
  }

  _section(name, title, body) {
    return h('section', { class: 'ctx-section', 'data-testid': 'context-' + name },
      h('h3', {}, title), body);
  }

  _reasons(esc) {
    const reasons = esc && Array.isArray(esc.reasons) ? esc.reasons : [];
    if (!reasons.length) return h('p', { class: 'empty' }, '—');
    return h('ul', { class: 'reasons' }, reasons.map((r) => h('li', { 'data-testid': 'context-reason' },
      h('span', { class: 'pill code' }, text(r && r.code)),
      ' ', reasonText(r, this.options.locale),
      r && r.rule ? h('small', { class: 'rule' }, text(r.rule)) : null)));
  }

  _customer(customer, conversation) {
    const t = this.t;
    const conv = conversation && typeof conversation === 'object' ? conversation : {};
    if (!customer || typeof customer !== 'object') {
      return h('div', {},
        h('p', { class: 'muted' }, t('customerUnknown'), conv.language ? ` · ${text(conv.language).toUpperCase()}` : ''),
        this.options.mayVerify && this.options.mayVerify()
          ? verifyForm(this._told, t, (order, digits) => this.options.onVerify(order, digits)) : null);
    }
    return h('dl', { class: 'kv' },
      h('dt', {}, '#'), h('dd', {}, text(customer.id)),
      h('dt', {}, t('customer')), h('dd', { 'data-testid': 'context-customer-name' }, text(customer.name)),
      h('dt', {}, t('tier')), h('dd', { 'data-testid': 'context-customer-tier' }, label(t, 'tiers', customer.tier)),
      h('dt', {}, t('phone')), h('dd', {}, text(customer.phone)),
      conv.identifiedBy === 'sign_in' || conv.identifiedBy === 'order_phone'
        ? [h('dt', {}, t('identifiedBy')),
          h('dd', { 'data-testid': 'context-identified-by' }, t(conv.identifiedBy === 'sign_in' ? 'identifiedBySignIn' : 'identifiedByOrderPhone'))]
        : null,
    );
  }

  _suggestions(suggestions) {
    const t = this.t;
    const list = Array.isArray(suggestions) ? suggestions : [];
    if (!list.length) return h('p', { class: 'empty' }, t('noSuggestions'));
    return h('ul', { class: 'suggestions' }, list.map((s) => {
      const insert = h('button', { type: 'button', class: 'btn small', 'data-testid': 'suggestion-insert' }, t('insert'));
      insert.addEventListener('click', () => this.options.onInsert(text(s && s.answer)));
      // The bot already answered this in the chat: the shopper has read it, so it is marked in words (and listed last).
      const sent = !!(s && s.sentInChat === true);
      return h('li', { 'data-testid': 'context-suggestion', 'data-faq-id': text(s && s.faqId), class: sent ? 'sent' : null },
        h('div', { class: 'sugg-head' },
          h('strong', {}, text(s && s.question)),
          h('span', { class: 'muted' }, ' ' + percent(s && s.confidence)),
          sent ? h('span', { class: 'pill sent-mark', 'data-testid': 'suggestion-sent' }, t('suggestionSent')) : null),
        h('p', { class: 'sugg-answer' }, text(s && s.answer)),
        insert);
    }));
  }
}
