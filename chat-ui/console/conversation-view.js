// The conversation column: a header (who, status, whether the shopper is still
// there, the escalation's actions: escalation-actions.js), the transcript (each line
// by transcript-line.js; agents' private notes among the lines), the reply box
// (reply-composer.js) and the private-note box (note-composer.js). It decides who
// may do what with the escalation shown; it renders and reports clicks, console.js
// does the requests.
import { h } from '../widget/dom.js';
import { duration, text } from './format.js';
import { label } from './i18n.js';
import { EscalationActions } from './escalation-actions.js';
import { needText, timeShown, unansweredNow } from './queue-view.js';
import { NoteComposer } from './note-composer.js';
import { ReplyComposer } from './reply-composer.js';
import { lineKey, transcriptLine } from './transcript-line.js';

export class ConversationView {
  /**
   * @param {HTMLElement} root
   * @param {{t:Function, locale:string, me:{username:string}, agents:object[],
   *   onSend:(text:string)=>Promise<boolean>, onTransfer:(target:object)=>Promise<boolean>|void,
   *   onRelease:()=>void, onResolve:(disposition:string, note:string)=>void, onClaim:(esc:object)=>void,
   *   onNote:(text:string)=>Promise<boolean>, loadCanned:()=>Promise<object[]>}} options
   */
  constructor(root, options) {
    this.root = root;
    this.options = options;
    this.t = options.t;
    this.escalation = null;
    this.conversationId = null;
    this.keys = new Set();
    this._build();
    this.clear();
  }

  _build() {
    const t = this.t;
    const o = this.options;
    this.placeholderEl = h('p', { class: 'empty big', 'data-testid': 'conversation-empty' }, t('pickConversation'));
    this.titleEl = h('h2', { class: 'conv-title', 'data-testid': 'conversation-title' });
    this.statusEl = h('span', { class: 'pill status', 'data-testid': 'conversation-status' });
    this.shopperEl = h('span', { class: 'pill shopper-presence', 'data-testid': 'conversation-shopper', hidden: true });
    this.timeEl = h('span', { class: 'conv-time', 'data-testid': 'conversation-time' });
    this.needEl = h('p', { class: 'conv-need', 'data-testid': 'conversation-need', hidden: true });
    // The held or waiting time ticks in the header as it does on the queue item.
    setInterval(() => this._tick(), 1000);
    this.transcriptEl = h('ol', { class: 'transcript', 'data-testid': 'transcript', role: 'log', 'aria-live': 'polite' });
    this.actions = new EscalationActions({
      t, me: o.me, agents: o.agents, escalation: () => this.escalation, mayAct: () => this.mayAct,
      onClaim: o.onClaim, onTransfer: o.onTransfer, onRelease: o.onRelease, onResolve: o.onResolve,
      onCancelResolve: () => this.focusReply(),
    });
    this.reply = new ReplyComposer({ t, mayWrite: () => this.holdsIt, onSend: o.onSend, loadCanned: o.loadCanned,
      chatLanguage: () => (this.escalation ? this.escalation.language : null) });
    this.notes = new NoteComposer({ t, onNote: o.onNote });
    /** The reply box, for the typing signals (console.js). */
    this.replyInput = this.reply.input;
    this.bodyEl = h('div', { class: 'conv-body' },
      h('header', { class: 'conv-head' }, this.titleEl, this.statusEl, this.timeEl, this.shopperEl, this.actions.el),
      this.needEl,
      this.actions.resolveForm,
      this.transcriptEl,
      this.reply.el,
      this.notes.el,
    );
    this.root.append(this.placeholderEl, this.bodyEl);
  }

  clear() {
    this.reply.switchTo(null);
    this.escalation = null;
    this.conversationId = null;
    this.keys.clear();
    this.transcriptEl.replaceChildren();
    this.notes.clear();
    this.setShopperConnected(null);
    this.bodyEl.hidden = true;
    this.placeholderEl.hidden = false;
    this.actions.reset();
  }

  /** Show a conversation: its escalation (may be null) and transcript. */
  show(cid, escalation, transcript) {
    if (cid !== this.conversationId) {
      this.clear();
      this.conversationId = cid;
      // A reply being written to another shopper waits in its own conversation, not in this one's box.
      this.reply.switchTo(cid);
    }
    this.bodyEl.hidden = false;
    this.placeholderEl.hidden = true;
    this.root.dataset.conversationId = cid;
    this.setEscalation(escalation);
    for (const line of Array.isArray(transcript) ? transcript : []) this.addLine(line);
  }

  /**
   * Whether the shopper's widget is connected to this chat (true), has left it (false: a reply waits in their history
   * until they come back), or is not known (null: hidden). From the context, then live (shopper_presence).
   */
  setShopperConnected(connected) {
    const known = connected === true || connected === false;
    this.shopperEl.hidden = !known;
    this.shopperEl.dataset.connected = known ? String(connected) : '';
    this.shopperEl.textContent = known ? this.t(connected ? 'shopperConnected' : 'shopperLeft') : '';
    this.shopperEl.title = known && !connected ? this.t('shopperLeftHint') : '';
    this.shopperConnected = known ? connected : null;
    this.actions.setShopperLeft(connected === false);
  }

  _tick() {
    const esc = this.escalation;
    const open = esc && (esc.status === 'queued' || esc.status === 'held');
    if (!open) {
      this.timeEl.textContent = '';
      return;
    }
    const shown = timeShown(esc);
    const unanswered = unansweredNow(esc);
    this.timeEl.textContent = this.t(shown.kind === 'held' ? 'heldFor' : 'waitingFor', duration(shown.seconds))
      + (unanswered === null ? '' : ' · ' + this.t('unansweredFor', duration(unanswered)));
    this.timeEl.title = this.t(shown.kind === 'held' ? 'heldTime' : 'waitingTime');
  }

  get holdsIt() {
    const esc = this.escalation;
    return !!esc && esc.status === 'held' && esc.heldBy === (this.options.me && this.options.me.username);
  }

  /**
   * Who may transfer, hand back or resolve: the holder, or a supervisor on any open escalation (the API allows it;
   * it is how a chat held by an agent who left is moved on). Only the holder may reply.
   */
  get mayAct() {
    const esc = this.escalation;
    if (this.holdsIt) return true;
    const me = this.options.me || {};
    const supervisor = Array.isArray(me.roles) && me.roles.includes('SUPERVISOR');
    return supervisor && !!esc && (esc.status === 'held' || esc.status === 'queued');
  }

  setEscalation(esc) {
    const t = this.t;
    // The time ticks from when this copy was received (the queue's copies carry their own).
    this.escalation = esc ? { ...esc, _receivedAt: esc._receivedAt || Date.now() } : null;
    const need = esc && (esc.status === 'queued' || esc.status === 'held') ? needText(t, esc.need) : '';
    this.needEl.hidden = !need;
    this.needEl.replaceChildren(...(need ? [h('span', { class: 'qi-who' }, t('need')), need] : []));
    const name = esc && esc.customerName ? text(esc.customerName) : t('customerUnknown');
    this.titleEl.textContent = name + (esc ? ` · #${text(esc.id)}` : '');
    const status = esc ? esc.status : '';
    const holder = esc ? text(esc.heldByName || esc.heldBy) : '';
    this.statusEl.textContent = esc
      ? label(t, 'status', status) + (status === 'held' ? ' · ' + holder : '')
      : '';
    this.statusEl.dataset.status = text(status);
    this.root.dataset.status = text(status);
    const mine = this.holdsIt;
    this.root.dataset.mine = mine ? 'true' : 'false';
    this.reply.setWritable(mine, mine ? t('replyPlaceholder')
      : status === 'queued' ? t('replyDisabled')
        : status === 'held' ? t('replyHeldByOther', holder)
          : t('replyClosed'));
    this.notes.setEnabled(!!esc);
    this.reply.refresh();
    this.actions.update();
    this._tick();
  }

  /** Append a transcript line unless it is already shown. */
  addLine(line) {
    if (!line || typeof line !== 'object') return false;
    const key = lineKey(line);
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    const nearBottom = this.transcriptEl.scrollHeight - this.transcriptEl.scrollTop - this.transcriptEl.clientHeight < 80;
    this.transcriptEl.append(transcriptLine(this.t, this.options.locale, line));
    if (nearBottom || line.role === 'agent') this.transcriptEl.scrollTop = this.transcriptEl.scrollHeight;
    return true;
  }

  /** Put the cursor in the reply box, at the end of a draft kept for this chat. */
  focusReply() {
    const input = this.reply.input;
    if (input.disabled) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }

  /** Put text into the reply box (a knowledge-base suggestion), at the cursor. */
  insertText(value) {
    this.reply.insert(value);
  }

  setAgents(agents) {
    this.actions.setAgents(agents);
  }
}
