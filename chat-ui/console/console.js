// The agent console's controller: loads who is logged in, the queue and the
// agents; follows the live feed (/topic/agent/escalations and the open
// conversation's topic); and turns clicks into REST calls (claim, reply,
// transfer, hand back, resolve). The views only render.
import { api, logout } from './api.js';
import { LiveFeed, socketUrl } from './live.js';
import { QueueView } from './queue-view.js';
import { ConversationView } from './conversation-view.js';
import { ContextView } from './context-view.js';
import { PresenceView } from './presence-view.js';
import { beep, unlock } from './beep.js';
import { currentLocale, explainError, switchLocale, translator, label } from './i18n.js';
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

let toastTimer = null;
function toast(message, kind = 'error') {
  const el = $('toast');
  el.textContent = message;
  el.dataset.kind = kind;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { el.hidden = true; }, 6000);
}

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
  onClaim: (esc) => claim(esc),
  onOpen: (esc) => openConversation(esc.conversationId),
});

const conversation = new ConversationView($('conversation'), {
  t,
  locale,
  me,
  agents: [],
  onSend: (value) => reply(value),
  onNote: (value) => addNote(value),
  loadCanned: () => (conversation.conversationId ? api.cannedReplies(conversation.conversationId) : []),
  onClaim: (esc) => claim(esc),
  onTransfer: (target) => act((id) => api.transfer(id, target)),
  onRelease: () => act((id) => api.release(id)),
  onResolve: (disposition, note) => act((id) => api.resolve(id, disposition, note)),
});

const context = new ContextView($('context'), {
  t,
  locale,
  // The holder (or a supervisor) of an open chat may verify its anonymous shopper by an order and its phone digits.
  mayVerify: () => conversation.holdsIt || (conversation.mayAct && conversation.escalation && conversation.escalation.status === 'held'),
  onVerify: async (orderId, phoneLast4) => {
    const cid = conversation.conversationId;
    try {
      const done = await api.verify(cid, orderId, phoneLast4);
      toast(t('verified', text(done && done.orderId)), 'info');
      await refreshContext(cid);
    } catch (err) {
      toast(explain(err));
    }
  },
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

function updateBadge() {
  const n = queue.queuedCount;
  const badge = $('queue-badge');
  badge.textContent = String(n);
  badge.hidden = n === 0;
  badge.setAttribute('aria-label', t('waiting', n));
  document.title = `${n ? `(${n}) ` : ''}${t('consoleTitle')} · ShopDesk`;
}

function notifyNew(esc, headline = t('newEscalation')) {
  beep();
  const badge = $('queue-badge');
  badge.classList.remove('flash');
  void badge.offsetWidth; // restart the animation
  badge.classList.add('flash');
  toast(`${headline}: ${text(esc.customerName) || t('customerUnknown')} · P${text(esc.priority)} ${label(t, 'team', esc.team)}`, 'info');
}

// Bumped whenever an escalation's state comes in (live event or an action's
// answer), so a context fetched before it cannot put back an older state.
let escalationVersion = 0;

/** Escalations this console is acting on right now: their live events are our own doing, nothing to announce. */
const acting = new Set();

function onEscalationEvent(payload) {
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
  escalationVersion++;
  const before = queue.get(esc.id);
  const isNew = queue.upsert(esc);
  if (payload.event === 'transferred' && esc.status === 'held' && esc.heldBy === me.username) {
    if (!before || before.heldBy !== me.username) notifyNew(esc, t('transferredToYou'));
  } else if (payload.event === 'transferred' && esc.status === 'queued' && !acting.has(String(esc.id))) {
    // Back in a team's queue: someone has to claim it again, like a new one.
    notifyNew(esc, t('transferredToTeam', label(t, 'team', esc.team)));
  } else if (payload.event === 'requeued') {
    // Its agent went offline: the chat is waiting again, for whoever claims it first.
    notifyNew(esc, t('requeuedOffline', text(before && (before.heldByName || before.heldBy)) || t('agentUnknown')));
  } else if (isNew || payload.event === 'created') {
    notifyNew(esc);
  }
  if (payload.event === 'updated' && before && esc.lastMessage !== before.lastMessage
      && esc.conversationId !== conversation.conversationId && queue.markUnread(esc.conversationId)) {
    // The shopper of another of this agent's chats wrote: marked in the list, with the short beep.
    beep();
  }
  if (esc.conversationId && esc.conversationId === conversation.conversationId) {
    const changed = holderChanged(before, esc);
    conversation.setEscalation(esc);
    if (changed) refreshContext(esc.conversationId);
  }
  if (esc.status !== 'queued' && esc.status !== 'held') shopperTyping.stop(esc.conversationId);
  shopperTyping.redraw();
  updateBadge();
}

// ------------------------------------------------------------ conversation

let convSub = null;
let contextTimer = null;

async function refreshContext(cid) {
  const version = escalationVersion;
  try {
    const ctx = await api.context(cid);
    if (cid !== conversation.conversationId) return;
    // The queue is kept current by the live feed; the context's copy is only
    // trusted if nothing changed while it was being fetched.
    const esc = queue.byConversation(cid)
      || (version === escalationVersion ? ctx.escalation : conversation.escalation || ctx.escalation)
      || null;
    conversation.show(cid, esc, ctx.transcript);
    conversation.setShopperConnected(ctx.conversation ? ctx.conversation.shopperConnected : null);
    context.show(ctx);
  } catch (err) {
    toast(explain(err));
  }
}

async function openConversation(cid) {
  if (!cid) return;
  if (location.hash !== '#' + encodeURIComponent(cid)) history.replaceState(null, '', '#' + encodeURIComponent(cid));
  if (cid !== conversation.conversationId) {
    if (convSub) live.unsubscribe(convSub);
    context.clear();
    conversation.show(cid, queue.byConversation(cid), []);
    shopperTyping.open(cid);
    convSub = live.subscribe(`/topic/agent/conversations/${cid}`, (payload) => {
      if (payload.conversationId && payload.conversationId !== cid) return;
      if (cid !== conversation.conversationId) return;
      if (payload.kind === 'typing') return; // shown from the escalations' topic, which every queue item hears
      if (payload.message && payload.message.role === 'shopper') shopperTyping.stop(cid);
      conversation.addLine(payload.message);
      if (payload.message && payload.message.role === 'shopper') {
        // New suggestions for the latest shopper message.
        clearTimeout(contextTimer);
        contextTimer = setTimeout(() => refreshContext(cid), 400);
      }
    });
  }
  queue.select(cid);
  await refreshContext(cid);
}

/** Show an escalation's state as the server now has it (after an action was refused, the page may be behind). */
async function resync(id) {
  try {
    const now = await api.escalation(id);
    escalationVersion++;
    queue.upsert(now);
    if (now && now.conversationId === conversation.conversationId) conversation.setEscalation(now);
    updateBadge();
  } catch { /* the live feed will catch up */ }
}

async function claim(esc) {
  try {
    const held = await api.claim(esc.id);
    escalationVersion++;
    queue.upsert(held);
    updateBadge();
    await openConversation(held.conversationId || esc.conversationId);
  } catch (err) {
    toast(explain(err));
    if (err && err.status) resync(esc.id);
  }
}

/**
 * Whether who holds the escalation, or its status, differs between two versions of it: then who may verify its
 * shopper (the holder of a held chat) changed too, and the context is drawn again, so a chat just resolved, handed back
 * or transferred no longer offers "Verify" (which the server would refuse as closed).
 */
function holderChanged(before, after) {
  return !before || !after || before.status !== after.status || before.heldBy !== after.heldBy;
}

/** Run an action on the open escalation; show its answer. True when it was done. */
async function act(call) {
  const esc = conversation.escalation;
  if (!esc) return false;
  const key = String(esc.id);
  acting.add(key);
  // The live event of our own action may arrive just after the answer.
  const done = () => setTimeout(() => acting.delete(key), 1500);
  try {
    const next = await call(esc.id);
    escalationVersion++;
    const updated = next && next.id !== undefined ? next : { ...esc };
    queue.upsert(updated);
    conversation.setEscalation(updated);
    if (holderChanged(esc, updated)) refreshContext(esc.conversationId);
    updateBadge();
    return true;
  } catch (err) {
    toast(explain(err));
    if (err && (err.status === 403 || err.status === 404 || err.status === 409)) resync(esc.id);
    return false;
  } finally {
    done();
  }
}

async function reply(value) {
  const cid = conversation.conversationId;
  try {
    const line = await api.send(cid, value);
    typingSent(cid);
    if (line && typeof line === 'object' && cid === conversation.conversationId) conversation.addLine(line);
    return true;
  } catch (err) {
    toast(explain(err));
    const esc = conversation.escalation;
    if (esc && (err.status === 403 || err.status === 409)) resync(esc.id);
    return false;
  }
}

/** A private note on the open conversation: shown to agents (here at once, to others live), never to the shopper. */
async function addNote(value) {
  const cid = conversation.conversationId;
  try {
    const line = await api.note(cid, value);
    if (line && typeof line === 'object' && cid === conversation.conversationId) conversation.addLine(line);
    return true;
  } catch (err) {
    toast(explain(err));
    return false;
  }
}

// ------------------------------------------------------------------ start

let started = false;
const live = new LiveFeed(socketUrl(), (state) => {
  const el = $('live');
  el.dataset.state = state;
  el.textContent = label(t, 'live', state);
  // The server counts this console as present once its socket is connected: show what it now says.
  if (state === 'online') refreshAgents();
  // After a reconnect, catch up on what happened while offline.
  if (state === 'online' && started) {
    api.escalations().then((list) => { queue.setAll(list); updateBadge(); }).catch(() => {});
    if (conversation.conversationId) refreshContext(conversation.conversationId);
  }
});
live.subscribe('/topic/agent/escalations', onEscalationEvent);
live.subscribe('/topic/agent/presence', () => refreshAgents());
live.start();

refreshAgents();
try {
  queue.setAll(await api.escalations());
} catch (err) {
  toast(explain(err));
}
updateBadge();
started = true;
document.body.dataset.ready = 'true';

const initial = decodeURIComponent(location.hash.slice(1));
if (initial) openConversation(initial);

// For the browser test and for debugging from the devtools.
window.ShopDeskConsole = Object.freeze({
  get me() { return me; },
  get conversationId() { return conversation.conversationId; },
  open: (cid) => openConversation(cid),
});
