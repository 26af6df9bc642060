// The widget's DOM: launcher button + chat panel, rendered into a shadow root.
// Knows nothing about the network; the controller (shopdesk-widget.js) drives it.
import { h, svgIcon, ICONS } from './dom.js';
import { renderMessage } from './renderers.js';

/**
 * Whether a bot reply answers the same question of the shopper's message as the reply before it (an FAQ answer and
 * then product cards for one question): the question is then named once, above the first.
 */
function continuesPart(msg, previous) {
  const part = msg && msg.data && msg.data.part;
  const before = previous && previous.data && previous.data.part;
  return !!(part && before && typeof part === 'object' && typeof before === 'object' && msg.role === previous.role
    && part.index === before.index && part.text === before.text);
}
import { translator } from './i18n.js';
import { TYPING_SHOWN_MS } from './typing.js';

export const MAX_LENGTH = 2000;
export const TYPING_TIMEOUT_MS = 15000;

export class ChatView {
  /**
   * @param {ShadowRoot} root
   * @param {object} options
   * @param {'zh'|'en'} options.locale
   * @param {(text:string) => boolean} options.onSend returns true if the text was accepted
   * @param {() => void} options.onToggleLocale
   * @param {() => void} [options.onOpen]
   * @param {(score:number) => void} [options.onRate] a star of a rating card was clicked
   * @param {() => void} [options.onTyping] the shopper changed a non-empty draft (throttled by the caller)
   * @param {(file:File) => void} [options.onAttach] the shopper chose a file to send
   * @param {(data:object) => Promise<string>} [options.loadAttachment] an object URL for a shown attachment's bytes
   */
  constructor(root, options) {
    this.root = root;
    this.options = options;
    this.locale = options.locale;
    this.t = translator(this.locale);
    this.items = []; // { msg, el, localId, pending }
    this.unread = 0;
    this.statusState = 'idle';
    this._typingTimer = null;
    this._typingAgent = null; // the agent's name while "X is typing…" shows, else null (the bot's indicator)
    this._build();
    this._applyStrings();
  }

  // ---------------------------------------------------------------- building

  _build() {
    this.titleEl = h('h2', { class: 'title', id: 'shopdesk-title' });
    this.subtitleEl = h('p', { class: 'subtitle' });
    this.localeBtn = h('button', { type: 'button', class: 'header-btn', 'data-testid': 'shopdesk-locale-toggle' });
    this.closeBtn = h('button', { type: 'button', class: 'header-btn icon', 'data-testid': 'shopdesk-close' }, svgIcon(ICONS.close));
    this.closeBtn.querySelector('svg').setAttribute('width', '16');
    this.closeBtn.querySelector('svg').setAttribute('height', '16');
    this.closeBtn.querySelector('svg').setAttribute('fill', 'currentColor');

    const header = h('div', { class: 'header' },
      h('div', { class: 'avatar' }, svgIcon(ICONS.headset)),
      h('div', { class: 'heading' }, this.titleEl, this.subtitleEl),
      this.localeBtn,
      this.closeBtn,
    );

    this.statusEl = h('div', { class: 'status', 'data-testid': 'shopdesk-status', role: 'status', 'data-state': 'idle', hidden: true });

    this.welcomeEl = h('div', { class: 'welcome', 'data-testid': 'shopdesk-welcome' });
    this.typingLabel = h('span', {});
    this.typingEl = h('div', { class: 'typing', 'data-testid': 'shopdesk-typing', hidden: true },
      h('span', { class: 'dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
      this.typingLabel,
    );
    this.logEl = h('div', {
      class: 'log',
      role: 'log',
      'aria-live': 'polite',
      'aria-relevant': 'additions',
      tabindex: '0',
      'data-testid': 'shopdesk-log',
    }, this.welcomeEl, this.typingEl);

    this.inputEl = h('textarea', {
      class: 'input',
      rows: '1',
      maxlength: String(MAX_LENGTH),
      'data-testid': 'shopdesk-input',
      id: 'shopdesk-input',
      autocomplete: 'off',
    });
    this.sendBtn = h('button', { type: 'submit', class: 'send', 'data-testid': 'shopdesk-send', disabled: true });
    this.counterEl = h('span', { class: 'counter', 'data-testid': 'shopdesk-counter', 'aria-live': 'off' });
    this.hintEl = h('span', { class: 'hint', id: 'shopdesk-input-hint' });
    this.inputEl.setAttribute('aria-describedby', 'shopdesk-input-hint');
    // The paperclip opens the device's picker (the camera on a phone); what is sent is checked by the server.
    this.fileEl = h('input', { type: 'file', accept: 'image/*,application/pdf', hidden: true, tabindex: '-1',
      'data-testid': 'shopdesk-file-input' });
    this.attachBtn = h('button', { type: 'button', class: 'attach', 'data-testid': 'shopdesk-attach' }, svgIcon(ICONS.paperclip));
    this.uploadEl = h('div', { class: 'upload', 'data-testid': 'shopdesk-upload', role: 'status', hidden: true });
    this.formEl = h('form', { class: 'composer', novalidate: true },
      this.uploadEl,
      h('div', { class: 'composer-row' }, this.attachBtn, this.fileEl, this.inputEl, this.sendBtn),
      h('div', { class: 'composer-meta' }, this.hintEl, this.counterEl),
    );

    this.panelEl = h('div', {
      class: 'panel',
      id: 'shopdesk-panel',
      role: 'dialog',
      'aria-modal': 'false',
      'aria-labelledby': 'shopdesk-title',
      'data-testid': 'shopdesk-panel',
      hidden: true,
    }, header, this.statusEl, this.logEl, this.formEl);

    this.badgeEl = h('span', { class: 'badge', 'data-testid': 'shopdesk-unread', hidden: true });
    this.launcherEl = h('button', {
      type: 'button',
      class: 'launcher',
      'data-testid': 'shopdesk-launcher',
      'aria-controls': 'shopdesk-panel',
      'aria-expanded': 'false',
    }, svgIcon(ICONS.chat), this.badgeEl);

    // Panel first so the small-screen CSS can hide the launcher while open.
    this.root.append(this.panelEl, this.launcherEl);

    this.launcherEl.addEventListener('click', () => (this.isOpen ? this.close() : this.open()));
    this.closeBtn.addEventListener('click', () => this.close());
    this.localeBtn.addEventListener('click', () => this.options.onToggleLocale());
    this.panelEl.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.close();
      }
    });
    this.formEl.addEventListener('submit', (e) => {
      e.preventDefault();
      this._submit();
    });
    this.inputEl.addEventListener('keydown', (e) => {
      // Enter sends, Shift+Enter inserts a newline. Never send while an IME
      // (pinyin…) is composing: that Enter confirms the composition.
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
        e.preventDefault();
        this._submit();
      }
    });
    this.inputEl.addEventListener('input', () => {
      this._onInput();
      if (this.inputEl.value.trim() !== '' && this.options.onTyping) this.options.onTyping();
    });
    this.attachBtn.addEventListener('click', () => this.fileEl.click());
    this.fileEl.addEventListener('change', () => {
      const file = this.fileEl.files && this.fileEl.files[0];
      this.fileEl.value = '';
      if (file && this.options.onAttach) this.options.onAttach(file);
    });
    this._onInput();
  }

  _applyStrings() {
    const t = this.t;
    this.root.host && this.root.host.setAttribute('lang', this.locale === 'zh' ? 'zh-CN' : 'en');
    this.titleEl.textContent = t('title');
    this.subtitleEl.textContent = t('subtitle');
    this.localeBtn.textContent = t('localeToggle');
    this.localeBtn.setAttribute('aria-label', t('localeToggleLabel'));
    this.localeBtn.setAttribute('title', t('localeToggleLabel'));
    this.localeBtn.setAttribute('lang', this.locale === 'zh' ? 'en' : 'zh-CN');
    this.closeBtn.setAttribute('aria-label', t('close'));
    this.closeBtn.setAttribute('title', t('close'));
    this.panelEl.setAttribute('aria-label', t('panel'));
    this.logEl.setAttribute('aria-label', t('log'));
    this.welcomeEl.textContent = t('welcome');
    this.typingLabel.textContent = this._typingAgent === null ? t('typing') : t('agentTyping', this._typingAgent);
    this.inputEl.setAttribute('placeholder', t('placeholder'));
    this.inputEl.setAttribute('aria-label', t('inputLabel'));
    this.hintEl.textContent = t('inputHint');
    this.sendBtn.textContent = t('send');
    this.sendBtn.setAttribute('aria-label', t('sendLabel'));
    this.attachBtn.setAttribute('aria-label', t('attach'));
    this.attachBtn.setAttribute('title', t('attach'));
    this._updateLauncherLabel();
    this._updateCounter();
    this._renderStatus();
  }

  setLocale(locale) {
    this.locale = locale;
    this.t = translator(locale);
    this._applyStrings();
    // Re-render messages so card labels, dates and prices follow the locale.
    for (const item of this.items) {
      const el = this._renderItem(item);
      item.el.replaceWith(el);
      item.el = el;
    }
  }

  // ------------------------------------------------------------ open / close

  get isOpen() {
    return !this.panelEl.hidden;
  }

  open() {
    if (this.isOpen) return;
    this.panelEl.hidden = false;
    this.launcherEl.setAttribute('aria-expanded', 'true');
    this.unread = 0;
    this._updateBadge();
    this._updateLauncherLabel();
    this.scrollToBottom();
    this.inputEl.focus({ preventScroll: true });
    if (this.options.onOpen) this.options.onOpen();
  }

  close() {
    if (!this.isOpen) return;
    const hadFocus = this.panelEl.contains(this.root.activeElement);
    this.panelEl.hidden = true;
    this.launcherEl.setAttribute('aria-expanded', 'false');
    this._updateLauncherLabel();
    if (hadFocus) this.launcherEl.focus();
  }

  _updateLauncherLabel() {
    let label = this.isOpen ? this.t('launcherClose') : this.t('launcherOpen');
    if (!this.isOpen && this.unread) label += ' (' + this.t('unread', this.unread) + ')';
    this.launcherEl.setAttribute('aria-label', label);
    this.launcherEl.setAttribute('title', this.isOpen ? this.t('launcherClose') : this.t('launcherOpen'));
  }

  _updateBadge() {
    this.badgeEl.hidden = this.unread === 0;
    this.badgeEl.textContent = this.unread > 99 ? '99+' : String(this.unread);
  }

  // ------------------------------------------------------------------ input

  _onInput() {
    const el = this.inputEl;
    el.style.height = 'auto';
    el.style.height = Math.min(el.scrollHeight + 2, 120) + 'px';
    this._updateCounter();
  }

  _updateCounter() {
    const n = this.inputEl.value.length;
    this.counterEl.textContent = `${n}/${MAX_LENGTH}`;
    this.counterEl.setAttribute('aria-label', this.t('counterLabel', n, MAX_LENGTH));
    this.counterEl.setAttribute('data-level', n >= MAX_LENGTH ? 'full' : n >= MAX_LENGTH * 0.9 ? 'warn' : 'ok');
    this.sendBtn.disabled = this.inputEl.value.trim() === '';
  }

  _submit() {
    const text = this.inputEl.value;
    if (text.trim() === '') return; // empty input does nothing
    if (this.options.onSend(text)) {
      this.inputEl.value = '';
      this._onInput();
    }
    this.inputEl.focus({ preventScroll: true });
  }

  // --------------------------------------------------------------- messages

  _renderItem(item) {
    const el = renderMessage(item.msg, {
      t: this.t,
      locale: this.locale,
      onSuggestion: (q) => this.options.onSend(q),
      onRate: (score) => this.options.onRate && this.options.onRate(score, item),
      loadAttachment: this.options.loadAttachment,
      showPart: !item.continuesPart,
    });
    if (item.localId !== undefined) el.setAttribute('data-local-id', String(item.localId));
    if (item.pending) {
      el.setAttribute('data-pending', 'true');
      el.setAttribute('aria-busy', 'true');
      // Shown by CSS (::after), so the bubble's textContent stays the shopper's text.
      el.setAttribute('data-pending-label', this.t('queued'));
    }
    if (item.intent) el.setAttribute('data-intent', item.intent);
    return el;
  }

  /**
   * Append a message. Returns its element.
   * @param {object} msg {role, type, text, data, at}
   * @param {{localId?:number, pending?:boolean, intent?:string, fromHistory?:boolean}} [opts]
   */
  addMessage(msg, opts = {}) {
    const item = { msg, localId: opts.localId, pending: !!opts.pending, intent: opts.intent };
    item.continuesPart = continuesPart(msg, this.items.length ? this.items[this.items.length - 1].msg : null);
    item.el = this._renderItem(item);
    const nearBottom = this._isNearBottom();
    this.logEl.insertBefore(item.el, this.typingEl);
    this.items.push(item);
    if (!this.isOpen && !opts.fromHistory && msg.role !== 'shopper') {
      this.unread++;
      this._updateBadge();
      this._updateLauncherLabel();
    }
    if (nearBottom || msg.role === 'shopper') this.scrollToBottom();
    return item.el;
  }

  /**
   * Merge `patch` into the data of a shown message and draw it again (e.g. the rating card, the place in the queue);
   * returns the element now shown, or null when `el` is not shown (any more).
   */
  updateData(el, patch) {
    const item = this.items.find((i) => i.el === el);
    if (!item) return null;
    item.msg = { ...item.msg, data: { ...(item.msg.data || {}), ...patch } };
    // A message drawn again may grow (the place in the queue under the hand-off, after a reload): a reader at the
    // bottom stays there, as for a new message; before, the line drawn after the history fell below the view.
    const nearBottom = this._isNearBottom();
    const next = this._renderItem(item);
    item.el.replaceWith(next);
    item.el = next;
    if (nearBottom) this.scrollToBottom();
    return next;
  }

  /** The last shown message whose data has `key` (not null), e.g. the notice with the place in the queue. */
  lastWithData(key) {
    for (let i = this.items.length - 1; i >= 0; i--) {
      const data = this.items[i].msg.data;
      if (data && typeof data === 'object' && data[key] !== undefined && data[key] !== null) return this.items[i].el;
    }
    return null;
  }

  /** The last shown message of a type, e.g. the open rating request. */
  lastOfType(type) {
    for (let i = this.items.length - 1; i >= 0; i--) if (this.items[i].msg.type === type) return this.items[i].el;
    return null;
  }

  addLocalError(text) {
    return this.addMessage({ role: 'system', type: 'error', text });
  }

  /** The queued message `localId` went out. */
  markSent(localId) {
    const item = this.items.find((i) => i.localId === localId);
    if (!item || !item.pending) return;
    item.pending = false;
    item.el.removeAttribute('data-pending');
    item.el.removeAttribute('aria-busy');
    item.el.removeAttribute('data-pending-label');
  }

  /** Replace the shown conversation with the server's history; unsent messages stay at the end. */
  replaceHistory(messages) {
    const keep = this.items.filter((i) => i.pending);
    for (const item of this.items) if (!item.pending) item.el.remove();
    this.items = keep;
    const list = Array.isArray(messages) ? messages : [];
    const firstPending = keep.length ? keep[0].el : this.typingEl;
    const added = [];
    for (const m of list) {
      if (!m || typeof m !== 'object') continue;
      const item = { msg: m, continuesPart: continuesPart(m, added.length ? added[added.length - 1].msg : null) };
      item.el = this._renderItem(item);
      this.logEl.insertBefore(item.el, firstPending);
      added.push(item);
    }
    this.items = added.concat(keep);
    this.scrollToBottom();
  }

  clearMessages() {
    for (const item of this.items) item.el.remove();
    this.items = [];
  }

  get pendingCount() {
    return this.items.filter((i) => i.pending).length;
  }

  // ---------------------------------------------------------------- uploads

  /**
   * The notice above the input about a file on its way: {state: 'sending', text} while it uploads, {state: 'error',
   * text} when it failed, {state: 'idle'} to hide it. The paperclip is disabled while a file is sending.
   */
  setUpload(u) {
    const state = u && u.state ? u.state : 'idle';
    this.uploadEl.setAttribute('data-state', state);
    this.uploadEl.textContent = state === 'idle' ? '' : String(u.text || '');
    this.uploadEl.hidden = state === 'idle';
    this.attachBtn.disabled = state === 'sending';
  }

  // ----------------------------------------------------------------- typing

  showTyping() {
    this._typingAgent = null;
    this.typingLabel.textContent = this.t('typing');
    this.typingEl.dataset.who = 'bot';
    this._reveal(TYPING_TIMEOUT_MS);
  }

  /** "客服 王伟 正在输入…" / "王伟 is typing…": until the agent's message, or TYPING_SHOWN_MS without a new signal. */
  showAgentTyping(name) {
    if (!this.typingEl.hidden && this._typingAgent === null) return; // the bot's answer is on its way: that one shows
    this._typingAgent = typeof name === 'string' ? name : '';
    this.typingLabel.textContent = this.t('agentTyping', this._typingAgent);
    this.typingEl.dataset.who = 'agent';
    this._reveal(TYPING_SHOWN_MS);
  }

  _reveal(timeoutMs) {
    const nearBottom = this._isNearBottom();
    this.typingEl.hidden = false;
    clearTimeout(this._typingTimer);
    this._typingTimer = setTimeout(() => this.hideTyping(), timeoutMs);
    if (nearBottom) this.scrollToBottom();
  }

  hideTyping() {
    this._typingAgent = null;
    clearTimeout(this._typingTimer);
    this._typingTimer = null;
    this.typingEl.hidden = true;
  }

  /** Whether the indicator shows the agent's "X is typing…" (not the bot's dots). */
  get isAgentTyping() {
    return !this.typingEl.hidden && this._typingAgent !== null;
  }

  get isTyping() {
    return !this.typingEl.hidden;
  }

  // ----------------------------------------------------------------- status

  /** @param {{state:string, retryInMs?:number}} s */
  setStatus(s) {
    this.statusState = s.state;
    this.statusRetryInMs = s.retryInMs;
    this._renderStatus();
  }

  _renderStatus() {
    const state = this.statusState;
    this.statusEl.setAttribute('data-state', state);
    let text = '';
    if (state === 'connecting') text = this.t('connecting');
    else if (state === 'reconnecting') text = this.t('reconnecting');
    this.statusEl.textContent = text;
    this.statusEl.hidden = text === '';
  }

  // ---------------------------------------------------------------- helpers

  _isNearBottom() {
    const el = this.logEl;
    return el.scrollHeight - el.scrollTop - el.clientHeight < 80;
  }

  scrollToBottom() {
    const el = this.logEl;
    el.scrollTop = el.scrollHeight;
  }
}
