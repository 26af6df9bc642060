// The live escalations topic as the console hears it: the queue kept current,
// the agent told (a beep and a notice) of what needs them, the open conversation
// and its context kept in step, the shopper's typing and presence shown.
import { beep } from './beep.js';
import { label } from './i18n.js';
import { text } from './format.js';
import { holderChanged } from './desk-actions.js';

/**
 * The notice of a chat that needs the agent: what happened, then the customer, priority and team, in the console's
 * language. Before, a Chinese console read "已转接给您: 张伟" with an English colon.
 */
export function chatNotice(t, headline, esc) {
  const e = esc || {};
  return t('chatNotice', headline, `${text(e.customerName) || t('customerUnknown')} · P${text(e.priority)} ${label(t, 'team', e.team)}`);
}

/**
 * Whether an escalation event says its shopper wrote: an {@code updated} event of the same open escalation whose
 * customer did not change (the other {@code updated} is the shopper becoming known). Not whether the last message's
 * text changed: a shopper who writes "hello?" twice, or sends a second photo of the same name, wrote again. Before, the
 * second identical message of another chat of the agent's got no "New message" mark and no beep.
 */
export function shopperWrote(event, before, esc) {
  return event === 'updated' && !!before && !!esc && before.status === esc.status
    && (before.customerId ?? null) === (esc.customerId ?? null);
}

/**
 * The page title: the chats of the agent's own with a message not read yet ("✉ 2"), then the queued count, so an
 * agent working in another tab sees that a shopper of theirs wrote, not only that the queue grew.
 */
export function pageTitle(t, queued, unread) {
  return `${unread ? `✉ ${unread} · ` : ''}${queued ? `(${queued}) ` : ''}${t('consoleTitle')} · ShopDesk`;
}

/** Handles the frames of {@code /topic/agent/escalations}; also keeps the queue badge and the page title. */
export class EscalationFeed {
  constructor({ t, me, desk, queue, conversation, shopperTyping, loader, toast, badge }) {
    Object.assign(this, { t, me, desk, queue, conversation, shopperTyping, loader, toast, badge });
  }

  updateBadge() {
    const n = this.queue.queuedCount;
    this.badge.textContent = String(n);
    this.badge.hidden = n === 0;
    this.badge.setAttribute('aria-label', this.t('waiting', n));
    document.title = pageTitle(this.t, n, this.queue.unreadCount);
  }

  notifyNew(esc, headline = this.t('newEscalation')) {
    beep();
    this.badge.classList.remove('flash');
    void this.badge.offsetWidth; // restart the animation
    this.badge.classList.add('flash');
    this.toast(chatNotice(this.t, headline, esc), 'info');
  }

  on(payload) {
    const { t, me, queue, conversation, shopperTyping } = this;
    if (payload && payload.kind === 'typing') {
      shopperTyping.typing(payload.conversationId);
      return;
    }
    if (payload && payload.kind === 'shopper_presence') {
      if (payload.conversationId === conversation.conversationId) conversation.setShopperConnected(payload.connected === true);
      queue.setShopperConnected(payload.conversationId, payload.connected === true);
      return;
    }
    const esc = payload && payload.escalation;
    if (!esc) return;
    this.desk.version++;
    const before = queue.get(esc.id);
    const isNew = queue.upsert(esc);
    if (payload.event === 'transferred' && esc.status === 'held' && esc.heldBy === me.username) {
      if (!before || before.heldBy !== me.username) this.notifyNew(esc, t('transferredToYou'));
    } else if (payload.event === 'transferred' && esc.status === 'queued' && !this.desk.acting.has(String(esc.id))) {
      // Back in a team's queue: someone has to claim it again, like a new one.
      this.notifyNew(esc, t('transferredToTeam', label(t, 'team', esc.team)));
    } else if (payload.event === 'requeued') {
      // Its agent went offline: the chat is waiting again, for whoever claims it first.
      this.notifyNew(esc, t('requeuedOffline', text(before && (before.heldByName || before.heldBy)) || t('agentUnknown')));
    } else if (isNew || payload.event === 'created') {
      this.notifyNew(esc);
    }
    if (shopperWrote(payload.event, before, esc)
        && esc.conversationId !== conversation.conversationId && queue.markUnread(esc.conversationId)) {
      // The shopper of another of this agent's chats wrote: marked in the list, with the short beep.
      beep();
    }
    if (esc.conversationId && esc.conversationId === conversation.conversationId) {
      const changed = holderChanged(before, esc);
      conversation.setEscalation(esc);
      if (changed) this.loader.refreshContext(esc.conversationId);
    }
    if (esc.status !== 'queued' && esc.status !== 'held') shopperTyping.stop(esc.conversationId);
    shopperTyping.redraw();
    this.updateBadge();
  }
}
