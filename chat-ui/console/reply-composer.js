// The reply box of the open conversation: Enter sends (Shift+Enter a new line),
// "/" opens the canned replies, a {placeholder} left is named under the box and
// stops the send, and a reply being written stays with its conversation while the
// agent looks at another (a draft per conversation). It reports the send; console.js
// does the request.
import { h } from '../widget/dom.js';
import { text } from './format.js';
import { CannedPicker, placeholdersIn } from './canned-picker.js';

const MAX_LENGTH = 2000;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/**
 * The language a reply is written in when it is plainly one: 'zh' (Chinese characters and no more than two Latin
 * words, "SD10000001" or "iPhone" among them), 'en' (three Latin words or more and no Chinese character), else null
 * (too short or mixed: nothing to warn about).
 */
export function replyLanguage(value) {
  const s = String(value ?? '');
  const han = (s.match(HAN) || []).length;
  const words = (s.match(LATIN_WORD) || []).length;
  if (han >= 2 && words <= 2) return 'zh';
  if (han === 0 && words >= 3) return 'en';
  return null;
}

/** Whether the reply is plainly in the other language than the chat's ('zh' or 'en'): the shopper may not read it. */
export function otherLanguage(value, chatLanguage) {
  const written = replyLanguage(value);
  return !!written && (chatLanguage === 'zh' || chatLanguage === 'en') && written !== chatLanguage;
}

export class ReplyComposer {
  /**
   * @param {{t:Function, mayWrite:()=>boolean, onSend:(text:string)=>Promise<boolean>,
   *   loadCanned:()=>Promise<object[]>, chatLanguage:()=>string|null}} options
   */
  constructor(options) {
    this.options = options;
    const t = options.t;
    this.conversationId = null;
    this.drafts = new Map(); // conversation id -> reply not sent yet
    this.input = h('textarea', { class: 'reply', rows: '3', 'data-testid': 'reply-input', maxlength: String(MAX_LENGTH), 'aria-label': t('reply') });
    this.sendBtn = h('button', { type: 'submit', class: 'btn primary', 'data-testid': 'reply-send' }, t('send'));
    const form = h('form', { class: 'composer', 'data-testid': 'reply-form' }, this.input, this.sendBtn);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this._send();
    });
    this.unfilledEl = h('p', { class: 'unfilled', 'data-testid': 'reply-unfilled', role: 'status', hidden: true });
    // A reply in Chinese to a shopper chatting in English (or the reverse) is sent if the agent means it, but said first.
    this.languageEl = h('p', { class: 'unfilled', 'data-testid': 'reply-language', role: 'status', hidden: true });
    this.canned = new CannedPicker(this.input, {
      t,
      load: () => options.loadCanned(),
      onInserted: () => this._showUnfilled(),
    });
    this.input.addEventListener('input', () => this._showUnfilled());
    this.input.addEventListener('keydown', (e) => {
      if (e.isComposing || e.keyCode === 229) return;
      if (this.canned.keydown(e)) return;
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        this._send();
      }
    });
    this.el = h('div', { class: 'composer-wrap' }, this.canned.el, this.unfilledEl, this.languageEl, form);
  }

  /** The box now writes to `cid` (null: none): the reply written to the one before waits as its draft. */
  switchTo(cid) {
    if (this.conversationId) {
      const draft = this.input.value;
      if (draft.trim()) this.drafts.set(this.conversationId, draft);
      else this.drafts.delete(this.conversationId);
    }
    this.conversationId = cid;
    this.canned.reset();
    this.input.value = cid ? this.drafts.get(cid) || '' : '';
    this._showUnfilled();
  }

  /** Whether the agent may write now, and what the box says when they may not. */
  setWritable(writable, placeholder) {
    this.input.disabled = !writable;
    this.sendBtn.disabled = !writable;
    if (!writable) this.canned.close();
    this.input.placeholder = placeholder;
  }

  /** The chat's language may have changed (another conversation, its escalation read again): the notices again. */
  refresh() {
    this._showUnfilled();
  }

  /** Put text into the reply box (a knowledge-base suggestion), at the cursor. */
  insert(value) {
    const el = this.input;
    const s = text(value);
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? el.value.length;
    el.value = el.value.slice(0, start) + s + el.value.slice(end);
    el.focus();
    el.selectionStart = el.selectionEnd = start + s.length;
    this._showUnfilled();
  }

  /**
   * Shows which {placeholders} are left in the reply (a canned reply whose value the context did not know), for as
   * long as one is; after a refused send (refused) says it was not sent and selects the first, so the agent types
   * over it. Returns the names left.
   */
  _showUnfilled(refused = false) {
    const chat = this.options.chatLanguage ? this.options.chatLanguage() : null;
    const mismatch = otherLanguage(this.input.value, chat);
    this.languageEl.hidden = !mismatch;
    this.languageEl.textContent = mismatch ? this.options.t('replyOtherLanguage', this.options.t('languageNames')[chat] || chat) : '';
    const names = placeholdersIn(this.input.value);
    this.unfilledEl.hidden = !names.length;
    if (!names.length) return names;
    const list = names.map((n) => '{' + n + '}').join(', ');
    this.unfilledEl.textContent = this.options.t(refused ? 'unfilledRefused' : 'unfilledPlaceholders', list);
    this.unfilledEl.dataset.refused = refused ? 'true' : 'false';
    if (refused) {
      const el = this.input;
      const at = el.value.indexOf('{' + names[0] + '}');
      el.focus();
      el.selectionStart = at;
      el.selectionEnd = at + names[0].length + 2;
    }
    return names;
  }

  async _send() {
    const value = this.input.value;
    if (!value.trim() || !this.options.mayWrite()) return;
    // A canned reply with a value the context did not know ({orderId}) never reaches the shopper.
    if (this._showUnfilled(true).length) return;
    this.sendBtn.disabled = true;
    const cid = this.conversationId;
    try {
      if (await this.options.onSend(value.trim())) {
        this.drafts.delete(cid);
        // What the agent typed while it was being sent stays in the box.
        if (cid === this.conversationId && this.input.value.startsWith(value)) {
          this.input.value = this.input.value.slice(value.length).trimStart();
          this._showUnfilled();
        }
      }
    } finally {
      this.sendBtn.disabled = !this.options.mayWrite();
      this.input.focus();
    }
  }
}
