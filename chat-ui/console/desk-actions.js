// What the agent does to an escalation or conversation (claim, transfer, hand
// back, resolve, reply, note, verify), as REST calls whose answer is shown at
// once; a refused one is explained and the escalation read again.
import { explainError } from './i18n.js';
import { text } from './format.js';

/**
 * Whether who holds the escalation, or its status, differs between two versions of it: then who may verify its
 * shopper (the holder of a held chat) changed too, and the context is drawn again, so a chat just resolved, handed back
 * or transferred no longer offers "Verify" (which the server would refuse as closed).
 */
export function holderChanged(before, after) {
  return !before || !after || before.status !== after.status || before.heldBy !== after.heldBy;
}

/** The console's actions. {@code desk} holds the api, the escalation version counter and the escalations being acted on. */
export class DeskActions {
  constructor({ t, desk, queue, conversation, loader, toast, updateBadge, onSent }) {
    Object.assign(this, { t, desk, queue, conversation, loader, toast, updateBadge, onSent });
  }

  explain(err) {
    return explainError(this.t, err);
  }

  /** Show an escalation's state as the server now has it (after an action was refused, the page may be behind). */
  async resync(id) {
    try {
      const now = await this.desk.api.escalation(id);
      this.desk.version++;
      this.queue.upsert(now);
      if (now && now.conversationId === this.conversation.conversationId) this.conversation.setEscalation(now);
      this.updateBadge();
    } catch { /* the live feed will catch up */ }
  }

  async claim(esc) {
    try {
      const held = await this.desk.api.claim(esc.id);
      this.desk.version++;
      this.queue.upsert(held);
      this.updateBadge();
      await this.loader.open(held.conversationId || esc.conversationId);
    } catch (err) {
      this.toast(this.explain(err));
      if (err && err.status) this.resync(esc.id);
    }
  }

  /** Run an action on the open escalation; show its answer. True when it was done. */
  async act(call) {
    const esc = this.conversation.escalation;
    if (!esc) return false;
    const key = String(esc.id);
    this.desk.acting.add(key);
    try {
      const next = await call(esc.id);
      this.desk.version++;
      const updated = next && next.id !== undefined ? next : { ...esc };
      this.queue.upsert(updated);
      this.conversation.setEscalation(updated);
      if (holderChanged(esc, updated)) this.loader.refreshContext(esc.conversationId);
      this.updateBadge();
      return true;
    } catch (err) {
      this.toast(this.explain(err));
      if (err && (err.status === 403 || err.status === 404 || err.status === 409)) this.resync(esc.id);
      return false;
    } finally {
      // The live event of our own action may arrive just after the answer.
      setTimeout(() => this.desk.acting.delete(key), 1500);
    }
  }

  async reply(value) {
    const cid = this.conversation.conversationId;
    try {
      const line = await this.desk.api.send(cid, value);
      this.onSent(cid);
      if (line && typeof line === 'object' && cid === this.conversation.conversationId) this.conversation.addLine(line);
      return true;
    } catch (err) {
      this.toast(this.explain(err));
      const esc = this.conversation.escalation;
      if (esc && (err.status === 403 || err.status === 409)) this.resync(esc.id);
      return false;
    }
  }

  /** A private note on the open conversation: shown to agents (here at once, to others live), never to the shopper. */
  async note(value) {
    const cid = this.conversation.conversationId;
    try {
      const line = await this.desk.api.note(cid, value);
      if (line && typeof line === 'object' && cid === this.conversation.conversationId) this.conversation.addLine(line);
      return true;
    } catch (err) {
      this.toast(this.explain(err));
      return false;
    }
  }

  /** The holder verifies the anonymous shopper by the order and digits they told; proved, the context shows them. */
  async verify(orderId, phoneLast4) {
    const cid = this.conversation.conversationId;
    try {
      const done = await this.desk.api.verify(cid, orderId, phoneLast4);
      this.toast(this.t('verified', text(done && done.orderId)), 'info');
      await this.loader.refreshContext(cid);
    } catch (err) {
      this.toast(this.explain(err));
    }
  }
}
