// The conversation column: the transcript (each shopper line with its intent,
// confidence and entities as chips; agents' private notes among the lines), the
// reply box (with canned replies after "/"), the private-note box, and the
// actions on the escalation (transfer, hand back to the bot, resolve with a
// disposition and a note). It renders and reports clicks; console.js does the
// requests.
import { h } from '../widget/dom.js';
import { clock, percent, text } from './format.js';
import { label } from './i18n.js';
import { CannedPicker, placeholdersIn } from './canned-picker.js';

export const TEAMS = ['general', 'payments', 'logistics'];
export const DISPOSITIONS = ['solved', 'not_solved', 'refund_issued', 'follow_up', 'duplicate', 'spam'];
const MAX_LENGTH = 2000;

/** Bytes a bit easier to read: 812 B, 45.3 KB, 2.1 MB. */
export function fileSize(bytes) {
  const n = Number(bytes);
  if (!Number.isFinite(n) || n < 0) return '';
  if (n < 1024) return `${n} B`;
  return n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The server path of a transcript line's attachment, or null: only ShopDesk's own attachment download
 * (/api/chat/conversations/{id}/attachments/{n}) is ever put into an img or a link.
 */
export function attachmentPath(data) {
  const url = data && typeof data.url === 'string' ? data.url : '';
  return /^\/api\/chat\/conversations\/[A-Za-z0-9_-]+\/attachments\/\d+$/.test(url) ? url : null;
}

/**
 * Identity of a transcript line (its id, else role, time and text), to drop the copy that arrives both by REST and by
 * the live feed. Notes are numbered apart from messages, so a note's id is its own.
 */
export function lineKey(line) {
  if (line.id !== undefined && line.id !== null) return (line.role === 'note' ? 'note:' : 'id:') + text(line.id);
  return [line.role, line.at, line.text].map(text).join('\u0001');
}

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
    this.drafts = new Map(); // conversation id -> reply not sent yet
    this._build();
    this.clear();
  }

  _build() {
    const t = this.t;
    this.placeholderEl = h('p', { class: 'empty big', 'data-testid': 'conversation-empty' }, t('pickConversation'));
    this.titleEl = h('h2', { class: 'conv-title', 'data-testid': 'conversation-title' });
    this.statusEl = h('span', { class: 'pill status', 'data-testid': 'conversation-status' });
    this.shopperEl = h('span', { class: 'pill shopper-presence', 'data-testid': 'conversation-shopper', hidden: true });
    this.transcriptEl = h('ol', { class: 'transcript', 'data-testid': 'transcript', role: 'log', 'aria-live': 'polite' });

    // Actions
    this.transferSelect = h('select', { 'data-testid': 'transfer-target', 'aria-label': t('transferTo') });
    this.transferSelect.addEventListener('change', () => this._enableActions());
    this.transferBtn = h('button', { type: 'button', class: 'btn', 'data-testid': 'transfer' }, t('transfer'));
    this.claimBtn = h('button', { type: 'button', class: 'btn primary', 'data-testid': 'conversation-claim', hidden: true }, t('claim'));
    this.claimBtn.addEventListener('click', () => { if (this.escalation) this.options.onClaim(this.escalation); });
    this.releaseBtn = h('button', { type: 'button', class: 'btn', 'data-testid': 'release' }, t('handBack'));
    this.resolveBtn = h('button', { type: 'button', class: 'btn primary', 'data-testid': 'resolve' }, t('resolve'));
    this.transferBtn.addEventListener('click', () => this._transfer());
    this.releaseBtn.addEventListener('click', () => this.options.onRelease());
    this.resolveBtn.addEventListener('click', () => this._showResolve(true));

    this.dispositionSelect = h('select', { 'data-testid': 'resolve-disposition', id: 'resolve-disposition' },
      DISPOSITIONS.map((d) => h('option', { value: d }, label(t, 'dispositions', d))));
    this.noteInput = h('textarea', { rows: '2', 'data-testid': 'resolve-note', id: 'resolve-note', placeholder: t('notePlaceholder'), maxlength: String(MAX_LENGTH) });
    const confirm = h('button', { type: 'submit', class: 'btn primary', 'data-testid': 'resolve-confirm' }, t('confirmResolve'));
    const cancel = h('button', { type: 'button', class: 'btn', 'data-testid': 'resolve-cancel' }, t('cancel'));
    cancel.addEventListener('click', () => this._showResolve(false));
    this.resolveForm = h('form', { class: 'resolve-form', 'data-testid': 'resolve-form', hidden: true },
      h('label', { for: 'resolve-disposition' }, t('disposition')), this.dispositionSelect,
      h('label', { for: 'resolve-note' }, t('note')), this.noteInput,
      h('div', { class: 'row' }, confirm, cancel),
    );
    this.resolveForm.addEventListener('submit', (e) => {
      e.preventDefault();
      this.options.onResolve(this.dispositionSelect.value, this.noteInput.value.trim());
    });

    this.actionsEl = h('div', { class: 'conv-actions', 'data-testid': 'conversation-actions' },
      this.claimBtn,
      h('span', { class: 'group' }, this.transferSelect, this.transferBtn),
      this.releaseBtn, this.resolveBtn);

    // Composer
    this.replyInput = h('textarea', { class: 'reply', rows: '3', 'data-testid': 'reply-input', maxlength: String(MAX_LENGTH), 'aria-label': t('reply') });
    this.sendBtn = h('button', { type: 'submit', class: 'btn primary', 'data-testid': 'reply-send' }, t('send'));
    this.composerEl = h('form', { class: 'composer', 'data-testid': 'reply-form' }, this.replyInput, this.sendBtn);
    this.composerEl.addEventListener('submit', (e) => {
      e.preventDefault();
      this._send();
    });
    this.unfilledEl = h('p', { class: 'unfilled', 'data-testid': 'reply-unfilled', role: 'status', hidden: true });
    this.canned = new CannedPicker(this.replyInput, {
      t,
      load: () => this.options.loadCanned(),
      onInserted: () => this._showUnfilled(),
    });
    this.replyInput.addEventListener('input', () => this._showUnfilled());
    this.replyInput.addEventListener('keydown', (e) => {
      if (e.isComposing || e.keyCode === 229) return;
      if (this.canned.keydown(e)) return;
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        this._send();
      }
    });

    // Private notes: for colleagues, never for the shopper; any agent, open or closed chat.
    this.noteBox = h('textarea', { class: 'note-input', rows: '2', 'data-testid': 'note-input', maxlength: String(MAX_LENGTH),
      'aria-label': t('privateNote'), placeholder: t('privateNotePlaceholder') });
    this.noteBtn = h('button', { type: 'submit', class: 'btn', 'data-testid': 'note-add' }, t('addNote'));
    this.noteForm = h('form', { class: 'note-composer', 'data-testid': 'note-form' }, this.noteBox, this.noteBtn);
    this.noteForm.addEventListener('submit', (e) => {
      e.preventDefault();
      this._addNote();
    });

    this.bodyEl = h('div', { class: 'conv-body' },
      h('header', { class: 'conv-head' }, this.titleEl, this.statusEl, this.shopperEl, this.actionsEl),
      this.resolveForm,
      this.transcriptEl,
      h('div', { class: 'composer-wrap' }, this.canned.el, this.unfilledEl, this.composerEl),
      this.noteForm,
    );
    this.root.append(this.placeholderEl, this.bodyEl);
  }

  clear() {
    this._keepDraft();
    this.escalation = null;
    this.conversationId = null;
    this.keys.clear();
    this.transcriptEl.replaceChildren();
    this.canned.reset();
    this.unfilledEl.hidden = true;
    this.noteBox.value = '';
    this.setShopperConnected(null);
    this.bodyEl.hidden = true;
    this.placeholderEl.hidden = false;
    this._showResolve(false);
    // A note, a disposition or a transfer target chosen for one conversation must not carry over to the next.
    this._resetResolve();
    this.transferSelect.value = '';
  }

  /** Show a conversation: its escalation (may be null) and transcript. */
  show(cid, escalation, transcript) {
    const same = cid === this.conversationId;
    if (!same) {
      this.clear();
      this.conversationId = cid;
      // A reply being written to another shopper waits in its own conversation, not in this one's box.
      this.replyInput.value = this.drafts.get(cid) || '';
      this._showUnfilled();
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
    this.escalation = esc || null;
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
    this.claimBtn.hidden = status !== 'queued';
    this.replyInput.disabled = !mine;
    this.sendBtn.disabled = !mine;
    if (!mine) this.canned.close();
    this.noteBox.disabled = !esc;
    this.noteBtn.disabled = !esc;
    this.replyInput.placeholder = mine ? t('replyPlaceholder')
      : status === 'queued' ? t('replyDisabled')
        : status === 'held' ? t('replyHeldByOther', holder)
          : t('replyClosed');
    if (!this.mayAct) this._showResolve(false);
    if (esc && esc.status === 'resolved') this._resetResolve();
    this._fillTransferTargets();
    this._enableActions();
  }

  _enableActions() {
    const may = this.mayAct;
    for (const el of [this.transferSelect, this.releaseBtn, this.resolveBtn]) el.disabled = !may;
    // Nothing is transferred until a target is chosen: the list starts on "Transfer to…".
    this.transferBtn.disabled = !may || !this.transferSelect.value;
  }

  _resetResolve() {
    this.noteInput.value = '';
    this.dispositionSelect.value = DISPOSITIONS[0];
  }

  _keepDraft() {
    if (!this.conversationId) return;
    const draft = this.replyInput.value;
    if (draft.trim()) this.drafts.set(this.conversationId, draft);
    else this.drafts.delete(this.conversationId);
  }

  /** Append a transcript line unless it is already shown. */
  addLine(line) {
    if (!line || typeof line !== 'object') return false;
    const key = lineKey(line);
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    const nearBottom = this.transcriptEl.scrollHeight - this.transcriptEl.scrollTop - this.transcriptEl.clientHeight < 80;
    this.transcriptEl.append(this._line(line));
    if (nearBottom || line.role === 'agent') this.transcriptEl.scrollTop = this.transcriptEl.scrollHeight;
    return true;
  }

  /** Put text into the reply box (a knowledge-base suggestion), at the cursor. */
  insertText(value) {
    const el = this.replyInput;
    const s = text(value);
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? el.value.length;
    el.value = el.value.slice(0, start) + s + el.value.slice(end);
    el.focus();
    el.selectionStart = el.selectionEnd = start + s.length;
    this._showUnfilled();
  }

  setAgents(agents) {
    this.options.agents = Array.isArray(agents) ? agents : [];
    this._fillTransferTargets();
  }

  _fillTransferTargets() {
    const t = this.t;
    const me = this.options.me && this.options.me.username;
    const holder = this.escalation && this.escalation.status === 'held' ? this.escalation.heldBy : null;
    const agents = (this.options.agents || []).filter((a) => a && a.username !== me && a.username !== holder);
    const current = this.transferSelect.value;
    this.transferSelect.replaceChildren(
      h('option', { value: '' }, t('transferChoose')),
      h('optgroup', { label: t('toAgent') },
        // An offline agent cannot take a chat (the server refuses, agent_offline): listed, not choosable.
        agents.map((a) => h('option', { value: 'agent:' + text(a.username), disabled: a.status === 'offline' ? '' : null },
          `${text(a.displayName || a.username)} (${label(t, 'team', a.team)})`
            + (a.status ? ` · ${label(t, 'presence', a.status)}` : '')))),
      h('optgroup', { label: t('toTeam') },
        TEAMS.map((team) => h('option', { value: 'team:' + team }, label(t, 'team', team)))),
    );
    this.transferSelect.value = current;
    if (this.transferSelect.value !== current) this.transferSelect.value = '';
  }

  _transfer() {
    const value = this.transferSelect.value || '';
    const colon = value.indexOf(':');
    if (colon === -1) return;
    const kind = value.slice(0, colon);
    const target = value.slice(colon + 1);
    Promise.resolve(this.options.onTransfer(kind === 'agent' ? { toAgent: target } : { toTeam: target }))
      .then((done) => {
        if (done) this.transferSelect.value = '';
        this._enableActions();
      });
  }

  _showResolve(visible) {
    this.resolveForm.hidden = !visible;
    if (visible) this.noteInput.focus();
  }

  /**
   * Shows which {placeholders} are left in the reply (a canned reply whose value the context did not know), for as
   * long as one is; after a refused send (refused) says it was not sent and selects the first, so the agent types
   * over it. Returns the names left.
   */
  _showUnfilled(refused = false) {
    const names = placeholdersIn(this.replyInput.value);
    this.unfilledEl.hidden = !names.length;
    if (!names.length) return names;
    const list = names.map((n) => '{' + n + '}').join(', ');
    this.unfilledEl.textContent = this.t(refused ? 'unfilledRefused' : 'unfilledPlaceholders', list);
    this.unfilledEl.dataset.refused = refused ? 'true' : 'false';
    if (refused) {
      const el = this.replyInput;
      const at = el.value.indexOf('{' + names[0] + '}');
      el.focus();
      el.selectionStart = at;
      el.selectionEnd = at + names[0].length + 2;
    }
    return names;
  }

  async _addNote() {
    const value = this.noteBox.value.trim();
    if (!value || !this.conversationId) return;
    this.noteBtn.disabled = true;
    try {
      if (await this.options.onNote(value) && this.noteBox.value.trim() === value) this.noteBox.value = '';
    } finally {
      this.noteBtn.disabled = !this.escalation;
    }
  }

  async _send() {
    const value = this.replyInput.value;
    if (!value.trim() || !this.holdsIt) return;
    // A canned reply with a value the context did not know ({orderId}) never reaches the shopper.
    if (this._showUnfilled(true).length) return;
    this.sendBtn.disabled = true;
    const cid = this.conversationId;
    try {
      if (await this.options.onSend(value.trim())) {
        this.drafts.delete(cid);
        // What the agent typed while it was being sent stays in the box.
        if (cid === this.conversationId && this.replyInput.value.startsWith(value)) {
          this.replyInput.value = this.replyInput.value.slice(value.length).trimStart();
          this._showUnfilled();
        }
      }
    } finally {
      this.sendBtn.disabled = !this.holdsIt;
      this.replyInput.focus();
    }
  }

  /**
   * A file the shopper sent: a photo as a thumbnail that opens full size in a new tab, a PDF as a download link, with
   * its name, type and size. The console's session cookie authorises the download.
   */
  _attachment(line, data) {
    const t = this.t;
    const name = text(data.name) || text(line.text);
    const path = attachmentPath(data);
    const type = text(data.contentType);
    const meta = h('span', { class: 'attachment-meta' }, `${type} · ${fileSize(data.size)}`);
    const body = h('div', { class: 'line-text attachment', 'data-testid': 'transcript-attachment', 'data-content-type': type });
    if (path && type.startsWith('image/')) {
      body.append(h('a', { href: path, target: '_blank', rel: 'noopener noreferrer', title: t('attachmentImage', name) },
        h('img', { class: 'attachment-thumb', src: path, alt: t('attachmentImage', name), loading: 'lazy',
          'data-testid': 'transcript-attachment-image' })),
      h('div', { 'data-testid': 'transcript-text' }, name), meta);
    } else if (path) {
      body.append(h('div', { 'data-testid': 'transcript-text' }, h('a', { href: path, download: name,
        'data-testid': 'transcript-attachment-file', title: t('attachmentFile', name) }, '📄 ' + name)), meta);
    } else {
      body.append(h('div', { 'data-testid': 'transcript-text' }, name), meta);
    }
    return body;
  }

  _line(line) {
    const t = this.t;
    const role = text(line.role) || 'bot';
    const data = line.data && typeof line.data === 'object' ? line.data : {};
    const who = (role === 'agent' || role === 'note') && data.agent ? text(data.agent) : label(t, 'roles', role);
    const type = text(line.type) || 'text';
    const chips = [];
    if (line.intent) chips.push(h('span', { class: 'chip intent', 'data-testid': 'chip-intent', title: t('intent') }, text(line.intent)));
    if (line.confidence !== undefined && line.confidence !== null) {
      chips.push(h('span', { class: 'chip confidence', 'data-testid': 'chip-confidence', title: t('confidence') }, percent(line.confidence)));
    }
    for (const e of Array.isArray(line.entities) ? line.entities : []) {
      if (!e || typeof e !== 'object') continue;
      const value = e.value !== undefined && e.value !== null && text(e.value) !== text(e.text) ? ' → ' + text(e.value) : '';
      chips.push(h('span', { class: 'chip entity', 'data-testid': 'chip-entity', title: text(e.source) },
        h('b', {}, text(e.type)), ' ' + text(e.text) + value));
    }
    return h('li', { class: 'line', 'data-testid': 'transcript-line', 'data-role': role, 'data-type': type },
      h('div', { class: 'line-meta' },
        h('span', { class: 'who' }, who),
        role === 'note' ? h('span', { class: 'note-mark' }, t('noteMark')) : type !== 'text' ? h('span', { class: 'type' }, type) : null,
        h('time', { datetime: text(line.at) }, clock(line.at, this.options.locale)),
      ),
      type === 'attachment' ? this._attachment(line, data)
        : h('div', { class: 'line-text', 'data-testid': 'transcript-text' }, text(line.text)),
      chips.length ? h('div', { class: 'chips' }, chips) : null,
    );
  }
}
