// "Typing…" in the console. The agent holding the open conversation sends a
// throttled signal (at most one per 3 s) while writing in the reply box; the
// shopper's signals show "Shopper is typing…" under the transcript and on the
// conversation's queue item until their message arrives or 6 s pass without one.
import { h } from '../widget/dom.js';
import { TypingThrottle, TYPING_SHOWN_MS } from '../widget/typing.js';

export const AGENT_TYPING_DESTINATION = '/app/agent/typing';

/**
 * Sends `send(conversationId)` on input in `input` while `isMine()` (the agent holds the open conversation) and the
 * draft is not empty; at most one per 3 s per conversation. Returns `sent(conversationId)`, to call after a message went
 * out: the next keystroke then signals at once.
 */
export function wireAgentTyping(input, { conversationId, isMine, send }) {
  const throttles = new Map();
  input.addEventListener('input', () => {
    const cid = conversationId();
    if (!cid || !isMine() || input.value.trim() === '') return;
    if (!throttles.has(cid)) throttles.set(cid, new TypingThrottle());
    if (throttles.get(cid).ready()) send(cid);
  });
  return (cid) => throttles.delete(cid);
}

/** The shopper's typing, shown for the open conversation (below its transcript) and on queue items. */
export class ShopperTypingMarks {
  /**
   * @param {{t:Function, queueRoot:HTMLElement, after:HTMLElement}} options `after`: the element the open
   *   conversation's indicator follows (the transcript)
   */
  constructor({ t, queueRoot, after }) {
    this.t = t;
    this.queueRoot = queueRoot;
    this.openId = null;
    this.timers = new Map();
    this.el = h('p', { class: 'shopper-typing', 'data-testid': 'shopper-typing', role: 'status', hidden: true },
      t('shopperTyping'));
    after.after(this.el);
  }

  /** The conversation now open in the console (its indicator starts hidden). */
  open(conversationId) {
    this.openId = conversationId;
    this.el.hidden = !this.timers.has(conversationId);
  }

  /** A signal for `conversationId`: shown until stop() or TYPING_SHOWN_MS without another. */
  typing(conversationId) {
    if (!conversationId) return;
    clearTimeout(this.timers.get(conversationId));
    this.timers.set(conversationId, setTimeout(() => this.stop(conversationId), TYPING_SHOWN_MS));
    this._mark(conversationId, true);
  }

  /** The shopper's message arrived (or the chat closed): hide at once. */
  stop(conversationId) {
    clearTimeout(this.timers.get(conversationId));
    this.timers.delete(conversationId);
    this._mark(conversationId, false);
  }

  /** The queue was drawn again: put the marks back on the items of conversations still typing. */
  redraw() {
    for (const cid of this.timers.keys()) this._mark(cid, true);
  }

  _mark(conversationId, on) {
    if (conversationId === this.openId) this.el.hidden = !on;
    for (const item of this.queueRoot.querySelectorAll('[data-testid="queue-item"]')) {
      if (item.dataset.conversationId !== conversationId) continue;
      const old = item.querySelector('[data-testid="queue-typing"]');
      if (on && !old) {
        item.dataset.shopperTyping = 'true';
        item.append(h('span', { class: 'qi-typing', 'data-testid': 'queue-typing' }, this.t('shopperTyping')));
      } else if (!on) {
        delete item.dataset.shopperTyping;
        if (old) old.remove();
      }
    }
  }
}
