// Canned replies in the reply box: typing "/" and a shortcut opens a list of the
// team's saved replies (GET /api/agent/canned-replies, in the conversation's
// language, filled from its context); arrows move, Enter or a click inserts the
// filled text in place of "/shortcut", Esc closes. A placeholder the context
// could not fill ({orderId} when no order is known) stays in the text for the
// agent to replace: placeholdersIn() finds it, and the view refuses to send.
import { h } from '../widget/dom.js';
import { text } from './format.js';

const MAX_SHOWN = 8;

/**
 * The "/query" being typed just before the caret, at the start of the box or after a space or line break:
 * {start, query}, or null when the agent is not typing a shortcut ("1/2", a URL).
 */
export function slashQuery(value, caret) {
  const before = String(value).slice(0, caret);
  const m = /(^|\s)\/([a-z0-9-]*)$/i.exec(before);
  if (!m) return null;
  return { start: before.length - m[2].length - 1, query: m[2].toLowerCase() };
}

/** The replies for a query: shortcuts starting with it first, then titles containing it. */
export function matchReplies(replies, query) {
  const list = Array.isArray(replies) ? replies.filter((r) => r && typeof r === 'object') : [];
  const q = String(query || '').toLowerCase();
  const byShortcut = list.filter((r) => text(r.shortcut).toLowerCase().startsWith(q));
  const byTitle = list.filter((r) => !byShortcut.includes(r) && q && text(r.title).toLowerCase().includes(q));
  return [...byShortcut, ...byTitle].slice(0, MAX_SHOWN);
}

/** Every {placeholder} left in the text, each once, in order (as the server's ReplyPlaceholders finds them). */
export function placeholdersIn(value) {
  const names = [];
  for (const m of String(value || '').matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)) {
    if (!names.includes(m[1])) names.push(m[1]);
  }
  return names;
}

export class CannedPicker {
  /**
   * @param {HTMLTextAreaElement} input the reply box
   * @param {{t:Function, load:()=>Promise<object[]>, onInserted:()=>void}} options
   */
  constructor(input, options) {
    this.input = input;
    this.options = options;
    this.replies = [];
    this.shown = [];
    this.active = 0;
    this.slash = null;
    this.loading = null;
    this.el = h('ul', { class: 'canned-list', 'data-testid': 'canned-list', role: 'listbox', hidden: true,
      'aria-label': options.t('cannedReplies') });
    this.el.addEventListener('mousedown', (e) => e.preventDefault()); // keep the focus in the box
    input.addEventListener('input', () => this.update());
    input.addEventListener('blur', () => this.close());
  }

  get isOpen() {
    return !this.el.hidden;
  }

  /** Forget the replies of the conversation left (the next one has its own language and values). */
  reset() {
    this.replies = [];
    this.loading = null;
    this.close();
  }

  /** Reads what is typed: opens, filters or closes the list. */
  update() {
    const slash = slashQuery(this.input.value, this.input.selectionStart ?? this.input.value.length);
    if (!slash || this.input.disabled) {
      this.close();
      return;
    }
    const opening = !this.slash;
    this.slash = slash;
    if (opening) {
      // Loaded again at each "/": the order in question may have become known since.
      const loading = Promise.resolve(this.options.load()).then((list) => {
        if (this.loading !== loading) return;
        this.loading = null;
        this.replies = Array.isArray(list) ? list : [];
        if (this.slash) this._render();
      }).catch(() => {});
      this.loading = loading;
    }
    this._render();
  }

  close() {
    this.slash = null;
    this.el.hidden = true;
    this.input.removeAttribute('aria-activedescendant');
  }

  /** Keys while the list is open; true when the key was the list's. */
  keydown(e) {
    if (!this.isOpen) return false;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const n = this.shown.length;
      if (n) this.active = (this.active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
      this._render();
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      if (!this.shown.length) return false;
      this.choose(this.shown[this.active]);
    } else if (e.key === 'Escape') {
      this.close();
    } else {
      return false;
    }
    e.preventDefault();
    return true;
  }

  /** Replaces "/query" with the reply's filled text and selects its first placeholder left, if any. */
  choose(reply) {
    const slash = this.slash;
    if (!slash || !reply) return;
    const el = this.input;
    const caret = el.selectionStart ?? el.value.length;
    const value = text(reply.text);
    el.value = el.value.slice(0, slash.start) + value + el.value.slice(caret);
    this.close();
    el.focus();
    const first = placeholdersIn(value)[0];
    const at = first ? value.indexOf('{' + first + '}') : -1;
    if (at >= 0) {
      el.selectionStart = slash.start + at;
      el.selectionEnd = slash.start + at + first.length + 2;
    } else {
      el.selectionStart = el.selectionEnd = slash.start + value.length;
    }
    this.options.onInserted();
  }

  _render() {
    const t = this.options.t;
    const shown = matchReplies(this.replies, this.slash ? this.slash.query : '');
    if (shown.length !== this.shown.length || shown.some((r, i) => r !== this.shown[i])) this.active = 0;
    this.shown = shown;
    const items = shown.map((r, i) => {
      const li = h('li', { id: `canned-${text(r.shortcut)}`, class: 'canned-item', role: 'option', 'data-testid': 'canned-item',
        'data-shortcut': text(r.shortcut), 'aria-selected': i === this.active ? 'true' : 'false' },
      h('span', { class: 'canned-shortcut' }, '/' + text(r.shortcut)),
      h('span', { class: 'canned-title' }, text(r.title)),
      h('span', { class: 'canned-text' }, text(r.text)));
      li.addEventListener('click', () => this.choose(r));
      return li;
    });
    this.el.replaceChildren(...(items.length ? items
      : [h('li', { class: 'canned-empty', 'data-testid': 'canned-empty' }, this.loading && !this.replies.length ? '…' : t('cannedNone'))]));
    this.el.hidden = false;
    if (shown[this.active]) this.input.setAttribute('aria-activedescendant', `canned-${text(shown[this.active].shortcut)}`);
  }
}
