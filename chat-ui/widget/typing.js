// "X is typing…" between a shopper and the agent holding the chat: the sender
// throttles its signals (at most one per TYPING_SIGNAL_EVERY_MS while someone
// writes), the receiver shows the indicator until the message arrives or
// TYPING_SHOWN_MS pass without a new signal. Shared by the widget and the
// console; the server drops anything faster than one a second.

export const TYPING_SIGNAL_EVERY_MS = 3000;
export const TYPING_SHOWN_MS = 6000;

/** Lets a typing signal through at most once per `everyMs`; `now` is injectable for tests. */
export class TypingThrottle {
  constructor(everyMs = TYPING_SIGNAL_EVERY_MS, now = () => Date.now()) {
    this.everyMs = everyMs;
    this.now = now;
    this.last = -Infinity;
  }

  /** True when a signal may go now (and counts it as sent). */
  ready() {
    const t = this.now();
    if (t - this.last < this.everyMs) return false;
    this.last = t;
    return true;
  }

  /** After a message went out: the next keystroke may signal at once. */
  reset() {
    this.last = -Infinity;
  }
}

/**
 * Whether a person holds the conversation, read from its replayed history: the last hand-off notice decides
 * (an agent joined, or the chat was resolved, transferred to a queue or handed back to the bot).
 */
export function heldByAgent(messages) {
  const list = Array.isArray(messages) ? messages : [];
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i];
    if (!m || typeof m !== 'object') continue;
    if (m.type === 'agent_joined' || (m.role === 'agent' && m.type === 'text')) return true;
    if (m.type === 'resolved' || m.type === 'transferred' || (m.data && m.data.event === 'released')) return false;
  }
  return false;
}
