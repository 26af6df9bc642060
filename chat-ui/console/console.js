// The agent console's page: loads who is logged in, the queue and the agents,
// wires the views to the live feed (escalation-feed.js), the conversation being
// opened (conversation-loader.js) and the agent's actions (desk-actions.js),
// and starts the socket. The views only render.
import { api, logout } from './api.js';
import { LiveFeed, socketUrl } from './live.js';
import { QueueView } from './queue-view.js';
import { ConversationView } from './conversation-view.js';
import { ContextView } from './context-view.js';
import { PresenceView } from './presence-view.js';
import { unlock } from './beep.js';
import { currentLocale, explainError, switchLocale, translator, label } from './i18n.js';
import { Toasts } from './toasts.js';
import { EscalationFeed } from './escalation-feed.js';
import { ConversationLoader } from './conversation-loader.js';
import { DeskActions } from './desk-actions.js';
import { text } from './format.js';
import { AGENT_TYPING_DESTINATION, ShopperTypingMarks, wireAgentTyping } from './typing-signals.js';
import { openTranscript } from './transcript-dialog.js';
import { ClosedSearch } from './closed-search.js';

const locale = currentLocale();
const t = translator(locale);
const $ = (id) => document.getElementById(id);

document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
document.title = `${t('consoleTitle')} · ShopDesk`;
$('title').textContent = t('consoleTitle');
$('queue-title').textContent = t('queue');
$('context-title').textContent = t('context');
$('reports-link').textContent = t('reports');
$('review-link').textContent = t('review');
$('locale-switch').textContent = t('switchLocale');
$('logout').textContent = t('logout');
$('conversation').setAttribute('aria-label', t('conversation'));
$('locale-switch').addEventListener('click', switchLocale);
$('logout').addEventListener('click', logout);
document.addEventListener('pointerdown', unlock, { once: true });
document.addEventListener('keydown', unlock, { once: true });

const toasts = new Toasts($('toasts'));
const toast = (message, kind = 'error') => toasts.show(message, kind);
const explain = (err) => explainError(t, err);

const me = await api.me();
$('whoami').textContent = `${text(me.displayName || me.username)} (${text(me.username)})`;
$('whoami').title = [...(Array.isArray(me.roles) ? me.roles : [])].join(', ') + ' · ' + label(t, 'team', me.team);
$('whoami').dataset.username = text(me.username);
// What the bot did not understand, labelling and releasing models: a supervisor's page.
$('review-link').hidden = !(Array.isArray(me.roles) && me.roles.includes('SUPERVISOR'));

// Available / away, kept by the server; a supervisor also sees everyone's.
const presence = new PresenceView($('presence'), $('team-presence'), {
  t,
  supervisor: Array.isArray(me.roles) && me.roles.includes('SUPERVISOR'),
  onChange: async (status) => {
    try {
      const now = await api.setStatus(status);
      presence.setOwn(now && now.status);
    } catch (err) {
      toast(explain(err));
      presence.setOwn(me.status);
    }
  },
});
presence.setOwn(me.status);

function refreshAgents() {
  return api.agents().then((agents) => {
    conversation.setAgents(agents);
    presence.setAgents(agents);
    queue.setAgents(agents);
    const mine = agents.find((a) => a && a.username === me.username);
    if (mine) presence.setOwn(mine.status);
  }).catch(() => {});
}

const queue = new QueueView($('queue'), {
  t,
  locale,
  me,
  onClaim: (esc) => actions.claim(esc),
  onOpen: (esc) => loader.open(esc.conversationId),
  // Opening an unread chat clears its mark: the title's count follows.
  onUnreadChange: () => feed.updateBadge(),
});

const conversation = new ConversationView($('conversation'), {
  t,
  locale,
  me,
  agents: [],
  onSend: (value) => actions.reply(value),
  onNote: (value) => actions.note(value),
  loadCanned: () => (conversation.conversationId ? api.cannedReplies(conversation.conversationId) : []),
  onClaim: (esc) => actions.claim(esc),
  onTransfer: (target) => actions.act((id) => api.transfer(id, target)),
  onRelease: () => actions.act((id) => api.release(id)),
  onResolve: (disposition, note) => actions.act((id) => api.resolve(id, disposition, note)),
});

const context = new ContextView($('context'), {
  t,
  locale,
  // The holder (or a supervisor) of an open chat may verify its anonymous shopper by an order and its phone digits.
  mayVerify: () => conversation.holdsIt || (conversation.mayAct && conversation.escalation && conversation.escalation.status === 'held'),
  onVerify: (orderId, phoneLast4) => actions.verify(orderId, phoneLast4),
  onInsert: (value) => conversation.insertText(value),
  onOpenPast: (cid, at) => openTranscript(cid, { t, locale, at, onError: (err) => toast(explain(err)) }),
});

// ------------------------------------------------- typing, earlier chats, search

const holdsOpenConversation = () => {
  const esc = conversation.escalation;
  return !!(esc && esc.status === 'held' && esc.heldBy === me.username);
};
// After a message went out, the next keystroke signals at once: the shopper's indicator went with the message.
const typingSent = wireAgentTyping(conversation.replyInput, {
  conversationId: () => conversation.conversationId,
  isMine: holdsOpenConversation,
  send: (cid) => live.send(AGENT_TYPING_DESTINATION, { conversationId: cid }),
});
const shopperTyping = new ShopperTypingMarks({ t, queueRoot: $('queue'), after: conversation.transcriptEl });
new ClosedSearch($('search'), {
  t,
  locale,
  onOpen: (esc) => openTranscript(esc.conversationId, { t, locale, at: esc.createdAt, onError: (err) => toast(explain(err)) }),
  onError: (err) => toast(explain(err)),
});

// Alt+↓ / Alt+↑: the next or previous chat of the list, opened (one the agent holds with the cursor in its reply box).
document.addEventListener('keydown', (e) => {
  if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
  const next = queue.neighbour(conversation.conversationId, e.key === 'ArrowDown' ? 1 : -1);
  if (!next) return;
  e.preventDefault();
  loader.open(next);
});

// Started below, once everything it feeds exists.
let started = false;
const live = new LiveFeed(socketUrl(), (state) => {
  const el = $('live');
  el.dataset.state = state;
  el.textContent = label(t, 'live', state);
  // The server counts this console as present once its socket is connected: show what it now says.
  if (state === 'online') refreshAgents();
  // After a reconnect, catch up on what happened while offline.
  if (state === 'online' && started) {
    api.escalations().then((list) => { queue.setAll(list); feed.updateBadge(); }).catch(() => {});
    if (conversation.conversationId) loader.refreshContext(conversation.conversationId);
  }
});
/** State the feed and the actions share: the api, a version bumped on every escalation state that comes in (so a
 *  context fetched before it cannot put back an older state), and the escalations this console is acting on (their
 *  live events are its own doing, nothing to announce). */
const desk = { api, version: 0, acting: new Set() };
const loader = new ConversationLoader({
  t, live, queue, conversation, context, shopperTyping, desk, toast,
});
const feed = new EscalationFeed({ t, me, desk, queue, conversation, shopperTyping, loader, toast, badge: $('queue-badge') });
const actions = new DeskActions({
  t, desk, queue, conversation, loader, toast, updateBadge: () => feed.updateBadge(), onSent: (cid) => typingSent(cid),
});

// ------------------------------------------------------------------ start

live.subscribe('/topic/agent/escalations', (payload) => feed.on(payload));
live.subscribe('/topic/agent/presence', () => refreshAgents());
live.start();

refreshAgents();
try {
  queue.setAll(await api.escalations());
} catch (err) {
  toast(explain(err));
}
feed.updateBadge();
started = true;
document.body.dataset.ready = 'true';

const initial = decodeURIComponent(location.hash.slice(1));
if (initial) loader.open(initial);

// For the browser test and for debugging from the devtools.
window.ShopDeskConsole = Object.freeze({
  get me() { return me; },
  get conversationId() { return conversation.conversationId; },
  open: (cid) => loader.open(cid),
});
