// Opening a conversation in the console: its transcript and escalation in the
// middle, its context on the right, and its live topic followed while it is open.
import { explainError } from './i18n.js';

/**
 * Opens conversations and reads their context again (after an action, a new shopper line, a reconnect). The context's
 * copy of the escalation is trusted only when no escalation event came in while it was fetched ({@code desk.version}).
 * One per console page.
 */
export class ConversationLoader {
  constructor({ t, live, queue, conversation, context, shopperTyping, desk, toast }) {
    Object.assign(this, { t, live, queue, conversation, context, shopperTyping, desk, toast });
    this.subscription = null;
    this.contextTimer = null;
  }

  async refreshContext(cid) {
    const version = this.desk.version;
    try {
      const ctx = await this.desk.api.context(cid);
      if (cid !== this.conversation.conversationId) return;
      const esc = this.queue.byConversation(cid)
        || (version === this.desk.version ? ctx.escalation : this.conversation.escalation || ctx.escalation)
        || null;
      this.conversation.show(cid, esc, ctx.transcript);
      this.conversation.setShopperConnected(ctx.conversation ? ctx.conversation.shopperConnected : null);
      this.context.show(ctx);
    } catch (err) {
      this.toast(explainError(this.t, err));
    }
  }

  async open(cid) {
    if (!cid) return;
    if (location.hash !== '#' + encodeURIComponent(cid)) history.replaceState(null, '', '#' + encodeURIComponent(cid));
    if (cid !== this.conversation.conversationId) {
      if (this.subscription) this.live.unsubscribe(this.subscription);
      this.context.clear();
      this.conversation.show(cid, this.queue.byConversation(cid), []);
      this.shopperTyping.open(cid);
      this.subscription = this.live.subscribe(`/topic/agent/conversations/${cid}`, (payload) => this.line(cid, payload));
    }
    this.queue.select(cid);
    await this.refreshContext(cid);
    // A chat the agent holds opens ready to answer (just claimed, or switched to from the queue, by click or Enter):
    // before, the claim button vanished with the focus and the agent reached for the mouse to type.
    if (cid === this.conversation.conversationId && this.conversation.holdsIt) this.conversation.focusReply();
  }

  /** A line (message or note) of the open conversation, live; a shopper's line brings new suggestions. */
  line(cid, payload) {
    if (payload.conversationId && payload.conversationId !== cid) return;
    if (cid !== this.conversation.conversationId) return;
    if (payload.kind === 'typing') return; // shown from the escalations' topic, which every queue item hears
    const fromShopper = payload.message && payload.message.role === 'shopper';
    if (fromShopper) this.shopperTyping.stop(cid);
    this.conversation.addLine(payload.message);
    if (fromShopper) {
      clearTimeout(this.contextTimer);
      this.contextTimer = setTimeout(() => this.refreshContext(cid), 400);
    }
  }
}
