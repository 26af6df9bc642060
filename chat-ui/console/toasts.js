// The console's notices: one element each, stacked in the corner, each gone after
// its own time. Before, a single notice box was overwritten by the next one, so
// "X went offline: back in the queue" for two chats at once showed only the second.
import { h } from '../widget/dom.js';

/** How many notices show at once: a burst beyond that drops the oldest. */
export const MAX_TOASTS = 4;

/**
 * The notices left showing after {@code next} comes: the newest {@code max}, oldest first (pure, for the unit test).
 */
export function keptToasts(showing, next, max = MAX_TOASTS) {
  return [...showing, next].slice(-max);
}

/** Notices in {@code root} (an aria-live region); an error stays 8 s, an information 6 s; a click dismisses one. */
export class Toasts {
  constructor(root) {
    this.root = root;
    this.showing = [];
  }

  show(message, kind = 'error') {
    const el = h('div', { class: 'toast', 'data-testid': 'console-toast', 'data-kind': kind,
      role: kind === 'error' ? 'alert' : 'status' }, message);
    const kept = keptToasts(this.showing, el);
    for (const old of this.showing) if (!kept.includes(old)) this.dismiss(old);
    this.showing = kept;
    this.root.append(el);
    el.addEventListener('click', () => this.dismiss(el));
    setTimeout(() => this.dismiss(el), kind === 'error' ? 8000 : 6000);
    return el;
  }

  dismiss(el) {
    this.showing = this.showing.filter((x) => x !== el);
    el.remove();
  }
}
