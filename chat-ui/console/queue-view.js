// The queue column: open escalations (queued, then held), each with priority,
// team, reasons, language, what the shopper needs, last message and a time that
// ticks (waiting, or held by its agent). Kept
// up to date by upsert()/remove() from the live feed. Data only ever reaches
// the DOM as text nodes (h() from the widget's dom.js).
import { h } from '../widget/dom.js';
import { duration, reasonText, text } from './format.js';
import { label } from './i18n.js';

const OPEN = new Set(['queued', 'held']);

/**
 * The order the shop serves its queue in, the same as the server's (GET /api/agent/escalations and the position a
 * waiting shopper is told): priority, then the time the shopper asked for a person, then id. A shopper transferred
 * to a team keeps their place: the wait shown restarts at the transfer, the place in line does not.
 */
export function queueOrder(a, b) {
  const pa = Number(a.priority) || 9;
  const pb = Number(b.priority) || 9;
  if (pa !== pb) return pa - pb;
  return askedAt(a) - askedAt(b) || Number(a.id) - Number(b.id);
}

/** When the shopper asked for a person (ms); one without a creation time goes last. */
function askedAt(esc) {
  const created = Date.parse(esc.createdAt);
  return Number.isFinite(created) ? created : Number.MAX_SAFE_INTEGER;
}

/**
 * The time an item shows, counting on from when the console received it: a held chat, how long its agent has had it
 * (the server's heldSeconds; before, a held chat showed the wait it had before the claim, frozen); a queued one, how
 * long it has waited in this queue.
 */
export function timeShown(esc) {
  if (esc && esc.status === 'held' && Number.isFinite(Number(esc.heldSeconds)) && esc.heldSeconds !== null) {
    const since = esc._receivedAt ? (Date.now() - esc._receivedAt) / 1000 : 0;
    return { kind: 'held', seconds: Number(esc.heldSeconds) + since };
  }
  return { kind: 'waiting', seconds: waitingNow(esc) };
}

/**
 * While held, how long the shopper has waited for an agent's answer (the server's unansweredSeconds, counting on from
 * when it arrived); null when the agent wrote last. Before, an agent with several chats saw "New message" only while
 * a chat was not open, and nothing of a shopper left unanswered once it had been opened.
 */
export function unansweredNow(esc) {
  if (!esc || esc.status !== 'held' || esc.unansweredSeconds === null || esc.unansweredSeconds === undefined
    || !Number.isFinite(Number(esc.unansweredSeconds))) return null;
  const since = esc._receivedAt ? (Date.now() - esc._receivedAt) / 1000 : 0;
  return Number(esc.unansweredSeconds) + since;
}

/**
 * What the shopper needs (the server's need: the intent of their latest line that tells the problem, the order, that
 * line's words), in the console's language: "Refund status · order SD10000001 · “where is my refund?”". Empty when
 * nothing is known. A request for a person says why a person is needed, not what for; this says what for. Their words
 * are left out when they are the {@code lastMessage} shown below.
 */
export function needText(t, need, lastMessage) {
  if (!need || typeof need !== 'object') return '';
  const parts = [];
  if (need.intent) parts.push(label(t, 'intents', need.intent));
  if (need.orderId) parts.push(t('needOrder', text(need.orderId)));
  // The shopper's words once: when they are also the last message, that line shows them.
  if (need.text && need.text !== lastMessage) parts.push(`“${text(need.text)}”`);
  return parts.join(' · ');
}

/** Seconds waited so far: the server's waitingSeconds plus the time since we received it. */
export function waitingNow(esc) {
  const base = Number(esc.waitingSeconds);
  const since = esc._receivedAt ? (Date.now() - esc._receivedAt) / 1000 : 0;
  if (Number.isFinite(base)) return base + (esc.status === 'queued' ? since : 0);
  const created = Date.parse(esc.createdAt);
  return Number.isFinite(created) ? Math.max(0, (Date.now() - created) / 1000) : 0;
}

/**
 * The three groups of the list, in the order shown: the chats the agent holds (switched between all the time, so
 * never below a long queue), then the queue, then the chats colleagues hold.
 */
export function queueGroup(esc, me) {
  if (esc.status === 'held' && esc.heldBy === me) return 'mine';
  return esc.status === 'queued' ? 'queued' : 'others';
}

/**
 * The conversations of an open queue (GET /api/agent/escalations) whose shopper's widget is not following the chat
 * (shopperConnected false): their items say "Shopper left", a reply waits for them. Unknown is not "left".
 */
export function shoppersWhoLeft(list) {
  return new Set((Array.isArray(list) ? list : [])
    .filter((esc) => esc && OPEN.has(esc.status) && esc.shopperConnected === false).map((esc) => esc.conversationId));
}

const GROUPS = ['mine', 'queued', 'others'];
const TEAM_FILTER_KEY = 'shopdesk.console.myTeamOnly';

export class QueueView {
  /**
   * @param {HTMLElement} root
   * @param {{t:Function, locale:string, me:{username:string}, onClaim:(esc)=>void, onOpen:(esc)=>void}} options
   */
  constructor(root, options) {
    this.root = root;
    this.options = options;
    this.t = options.t;
    this.items = new Map(); // id -> escalation
    this.selectedCid = null;
    this.unread = new Set(); // conversation ids of the agent's own chats with a shopper message not read yet
    this.offline = new Set(); // usernames of agents who are offline (GET /api/agent/agents)
    this.shopperLeft = new Set(); // conversation ids whose shopper's widget is closed (shopperConnected, shopper_presence)
    this.listEl = h('ol', { class: 'queue-list', 'data-testid': 'queue-list', 'aria-live': 'polite' });
    this.emptyEl = h('p', { class: 'empty', 'data-testid': 'queue-empty' }, this.t('queueEmpty'));
    root.append(this._teamFilter(), this.listEl, this.emptyEl);
    this._timer = setInterval(() => this.tick(), 1000);
  }

  /**
   * "Only Payments" above the list: in a long queue an agent sees the chats of their own team first (their own chats
   * always show); the choice is kept in this browser. Anyone may still claim any chat.
   */
  _teamFilter() {
    const team = this.options.me && this.options.me.team;
    this.myTeamOnly = false;
    if (!team) return null;
    try { this.myTeamOnly = localStorage.getItem(TEAM_FILTER_KEY) === 'true'; } catch { /* storage blocked */ }
    const box = h('input', { type: 'checkbox', 'data-testid': 'queue-my-team', checked: this.myTeamOnly });
    box.addEventListener('change', () => {
      this.myTeamOnly = box.checked;
      try { localStorage.setItem(TEAM_FILTER_KEY, String(box.checked)); } catch { /* storage blocked */ }
      this.render();
    });
    return h('label', { class: 'queue-filter' }, box, ' ', this.t('onlyMyTeam', label(this.t, 'team', team)));
  }

  /** Replace everything with the server's list of open escalations. */
  setAll(list) {
    this.items.clear();
    for (const esc of Array.isArray(list) ? list : []) {
      if (esc && OPEN.has(esc.status)) this.items.set(String(esc.id), { ...esc, _receivedAt: Date.now() });
    }
    this.shopperLeft = shoppersWhoLeft(list);
    this.render();
  }

  /** Add or update one escalation; returns true if it is newly queued. Closed ones leave the list. */
  upsert(esc) {
    if (!esc || esc.id === undefined) return false;
    const id = String(esc.id);
    const before = this.items.get(id);
    if (!OPEN.has(esc.status)) {
      this.items.delete(id);
      this.unread.delete(esc.conversationId);
      this.shopperLeft.delete(esc.conversationId);
      this.render();
      return false;
    }
    const me = this.options.me && this.options.me.username;
    if (esc.status !== 'held' || esc.heldBy !== me) this.unread.delete(esc.conversationId);
    this.items.set(id, { ...esc, _receivedAt: Date.now() });
    if (esc.shopperConnected === true || esc.shopperConnected === false) {
      this.setShopperConnected(esc.conversationId, esc.shopperConnected);
    }
    this.render();
    return !before && esc.status === 'queued';
  }

  get(id) {
    return this.items.get(String(id));
  }

  byConversation(cid) {
    for (const esc of this.items.values()) if (esc.conversationId === cid) return esc;
    return null;
  }

  get queuedCount() {
    let n = 0;
    for (const esc of this.items.values()) if (esc.status === 'queued') n++;
    return n;
  }

  /**
   * The shopper of one of the agent's own chats wrote while another conversation is open: the item is marked until
   * the agent opens it. Returns true when it was marked.
   */
  markUnread(cid) {
    const esc = this.byConversation(cid);
    const me = this.options.me && this.options.me.username;
    if (!esc || esc.status !== 'held' || esc.heldBy !== me || cid === this.selectedCid) return false;
    this.unread.add(cid);
    this.render();
    return true;
  }

  /** Who is offline now: a chat still held by one of them says so (after a restart, say), for a supervisor to move. */
  setAgents(agents) {
    this.offline = new Set((Array.isArray(agents) ? agents : [])
      .filter((a) => a && a.status === 'offline').map((a) => a.username));
    this.render();
  }

  /**
   * The shopper of a chat connected (true) or left (false: their widget is closed, a reply waits for them), from the
   * live feed (shopper_presence): every item says "Shopper left", not only the open conversation's header.
   */
  setShopperConnected(cid, connected) {
    const changed = connected ? this.shopperLeft.delete(cid) : !this.shopperLeft.has(cid);
    if (!connected) this.shopperLeft.add(cid);
    if (changed) this.render();
  }

  get unreadCount() {
    return this.unread.size;
  }

  select(cid) {
    this.selectedCid = cid;
    if (this.unread.delete(cid)) {
      this.render();
      if (this.options.onUnreadChange) this.options.onUnreadChange();
    }
    for (const li of this.listEl.children) {
      if (li.dataset.conversationId) li.setAttribute('aria-current', li.dataset.conversationId === cid ? 'true' : 'false');
    }
  }

  /**
   * The conversation {@code step} items away from {@code cid} in the list as shown (the agent's own chats first, then
   * the queue, then colleagues'), or from the top when {@code cid} is not shown; null past either end. Alt+↓ / Alt+↑
   * move through it, so an agent with several chats switches without the mouse.
   */
  neighbour(cid, step) {
    const shown = [...this.listEl.children].map((li) => li.dataset.conversationId).filter(Boolean);
    const at = shown.indexOf(cid);
    const next = at < 0 ? (step > 0 ? 0 : shown.length - 1) : at + step;
    return next >= 0 && next < shown.length ? shown[next] : null;
  }

  tick() {
    for (const li of this.listEl.children) {
      const esc = this.items.get(li.dataset.escalationId);
      const el = li.querySelector('.wait');
      if (esc && el) el.textContent = this._time(esc);
      const waiting = li.querySelector('.unanswered');
      if (esc && waiting) waiting.textContent = this.t('unansweredFor', duration(unansweredNow(esc)));
    }
  }

  render() {
    const me = this.options.me && this.options.me.username;
    const team = this.options.me && this.options.me.team;
    const all = [...this.items.values()];
    const shown = (esc) => !this.myTeamOnly || queueGroup(esc, me) === 'mine' || esc.team === team;
    const list = all.filter(shown).sort((a, b) => {
      const ga = GROUPS.indexOf(queueGroup(a, me));
      const gb = GROUPS.indexOf(queueGroup(b, me));
      return ga - gb || queueOrder(a, b);
    });
    const rows = [];
    let group = null;
    for (const esc of list) {
      const g = queueGroup(esc, me);
      if (g !== group) {
        group = g;
        const n = list.filter((e) => queueGroup(e, me) === g).length;
        const of = all.filter((e) => queueGroup(e, me) === g).length;
        rows.push(h('li', { class: 'queue-heading', role: 'presentation', 'data-testid': 'queue-heading', 'data-group': g },
          this.t('queueGroup' + g[0].toUpperCase() + g.slice(1), n === of ? n : this.t('nOfM', n, of))));
      }
      rows.push(this._item(esc));
    }
    this.listEl.replaceChildren(...rows);
    this.emptyEl.hidden = list.length > 0;
    this.emptyEl.textContent = all.length > list.length ? this.t('queueEmptyForTeam') : this.t('queueEmpty');
    for (const li of this.listEl.children) {
      if (li.dataset.conversationId) li.setAttribute('aria-current', li.dataset.conversationId === this.selectedCid ? 'true' : 'false');
    }
  }

  /** "waiting 1:05" or "held 12:30", in the console's language. */
  _time(esc) {
    const shown = timeShown(esc);
    return this.t(shown.kind === 'held' ? 'heldFor' : 'waitingFor', duration(shown.seconds));
  }

  _item(esc) {
    const t = this.t;
    const me = this.options.me && this.options.me.username;
    const mine = esc.status === 'held' && esc.heldBy === me;
    const reasons = Array.isArray(esc.reasons) ? esc.reasons : [];
    const action = esc.status === 'queued'
      ? h('button', { type: 'button', class: 'btn primary small', 'data-testid': 'queue-claim' }, t('claim'))
      : h('button', { type: 'button', class: 'btn small', 'data-testid': 'queue-open' }, t('open'));
    action.addEventListener('click', (e) => {
      e.stopPropagation();
      if (esc.status === 'queued') this.options.onClaim(esc);
      else this.options.onOpen(esc);
    });

    const li = h('li', {
      class: 'queue-item',
      tabindex: '0',
      'data-testid': 'queue-item',
      'data-escalation-id': text(esc.id),
      'data-conversation-id': text(esc.conversationId),
      'data-status': text(esc.status),
      'data-priority': text(esc.priority),
      'data-mine': mine ? 'true' : null,
      'data-unread': this.unread.has(esc.conversationId) ? 'true' : null,
    },
      h('div', { class: 'qi-top' },
        h('span', { class: 'pill priority', 'data-priority': text(esc.priority), 'data-testid': 'queue-priority' },
          'P' + text(esc.priority) + ' ' + label(t, 'priority', esc.priority)),
        h('span', { class: 'pill team', 'data-testid': 'queue-team' }, label(t, 'team', esc.team)),
        esc.language ? h('span', { class: 'pill lang', 'data-testid': 'queue-language' }, text(esc.language).toUpperCase()) : null,
        this.unread.has(esc.conversationId)
          ? h('span', { class: 'pill unread', 'data-testid': 'queue-unread' }, t('unreadMessage')) : null,
        this.shopperLeft.has(esc.conversationId)
          ? h('span', { class: 'pill shopper-left', 'data-testid': 'queue-shopper-left', title: t('shopperLeftHint') },
            t('shopperLeft')) : null,
        unansweredNow(esc) !== null
          ? h('span', { class: 'pill unanswered', 'data-testid': 'queue-unanswered', title: t('unansweredTime') },
            t('unansweredFor', duration(unansweredNow(esc)))) : null,
        h('span', { class: 'wait', 'data-testid': 'queue-wait', 'data-kind': timeShown(esc).kind,
          title: t(timeShown(esc).kind === 'held' ? 'heldTime' : 'waitingTime') }, this._time(esc)),
      ),
      h('div', { class: 'qi-customer' },
        h('strong', {}, text(esc.customerName) || t('customerUnknown')),
        esc.status === 'held'
          ? h('span', { class: 'held', 'data-testid': 'queue-held-by', 'data-holder-offline': this.offline.has(esc.heldBy) ? 'true' : null },
            mine ? t('heldByMe') : t('heldBy', text(esc.heldByName || esc.heldBy))
              + (this.offline.has(esc.heldBy) ? ` · ${label(t, 'presence', 'offline')}` : ''))
          : null,
      ),
      // What the chat is about comes first: the reason names the problem ("charged twice for SD10000047…"); the last
      // message is often only the digits the bot asked for ("0164") or "hello?", so it follows, marked as the
      // shopper's words.
      reasons.length
        ? h('ul', { class: 'qi-reasons', 'data-testid': 'queue-reasons' },
          // Clamped to two lines (console.css): the whole reason is in its title and the context column.
          reasons.map((r) => h('li', { title: reasonText(r, this.options.locale) + (r && r.rule ? ` (${text(r.rule)})` : '') },
            reasonText(r, this.options.locale))))
        : null,
      // What the shopper needs, from their messages: "asked for a person" alone says why a person, not what for.
      needText(t, esc.need, esc.lastMessage) ? h('p', { class: 'qi-need', 'data-testid': 'queue-need', title: needText(t, esc.need) },
        h('span', { class: 'qi-who' }, t('need')), needText(t, esc.need, esc.lastMessage)) : null,
      esc.lastMessage ? h('p', { class: 'qi-last', 'data-testid': 'queue-last-message', title: text(esc.lastMessage) },
        h('span', { class: 'qi-who' }, t('lastFromShopper')), text(esc.lastMessage)) : null,
      h('div', { class: 'qi-actions' }, action),
    );
    const open = () => this.options.onOpen(esc);
    li.addEventListener('click', open);
    li.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && e.target === li) open();
    });
    return li;
  }
}
