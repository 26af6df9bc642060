// The private-note box under the reply box: a note for colleagues, never for the
// shopper; any agent, on an open or a closed chat. It reports the note; console.js
// does the request.
import { h } from '../widget/dom.js';

const MAX_LENGTH = 2000;

export class NoteComposer {
  /** @param {{t:Function, onNote:(text:string)=>Promise<boolean>}} options */
  constructor(options) {
    this.options = options;
    const t = options.t;
    this.enabled = false;
    this.input = h('textarea', { class: 'note-input', rows: '2', 'data-testid': 'note-input', maxlength: String(MAX_LENGTH),
      'aria-label': t('privateNote'), placeholder: t('privateNotePlaceholder') });
    this.button = h('button', { type: 'submit', class: 'btn', 'data-testid': 'note-add' }, t('addNote'));
    this.el = h('form', { class: 'note-composer', 'data-testid': 'note-form' }, this.input, this.button);
    this.el.addEventListener('submit', (e) => {
      e.preventDefault();
      this._add();
    });
  }

  clear() {
    this.input.value = '';
  }

  /** Notes need a conversation that was handed to a person (an escalation, open or closed). */
  setEnabled(enabled) {
    this.enabled = enabled;
    this.input.disabled = !enabled;
    this.button.disabled = !enabled;
  }

  async _add() {
    const value = this.input.value.trim();
    if (!value || !this.enabled) return;
    this.button.disabled = true;
    try {
      if (await this.options.onNote(value) && this.input.value.trim() === value) this.input.value = '';
    } finally {
      this.button.disabled = !this.enabled;
    }
  }
}
