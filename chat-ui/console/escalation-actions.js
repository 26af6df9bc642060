// The actions on the open conversation's escalation, in its header: claim (a queued
// one), transfer to an agent or a team (the list starts on "Transfer to…"), hand back
// to the bot, and resolve with a disposition and a note (a small form under the
// header). It renders and reports clicks; console.js does the requests.
import { h } from '../widget/dom.js';
import { text } from './format.js';
import { label } from './i18n.js';

export const TEAMS = ['general', 'payments', 'logistics'];
export const DISPOSITIONS = ['solved', 'not_solved', 'refund_issued', 'follow_up', 'duplicate', 'spam', 'shopper_left'];
const MAX_LENGTH = 2000;

export class EscalationActions {
  /**
   * @param {{t:Function, me:object, agents:object[], escalation:()=>object|null, mayAct:()=>boolean,
   *   onClaim:(esc:object)=>void, onTransfer:(target:object)=>Promise<boolean>|void, onRelease:()=>void,
   *   onResolve:(disposition:string, note:string)=>void}} options
   */
  constructor(options) {
    this.options = options;
    const t = options.t;
    this.transferSelect = h('select', { 'data-testid': 'transfer-target', 'aria-label': t('transferTo') });
    this.transferSelect.addEventListener('change', () => this.enable());
    this.transferBtn = h('button', { type: 'button', class: 'btn', 'data-testid': 'transfer' }, t('transfer'));
    this.claimBtn = h('button', { type: 'button', class: 'btn primary', 'data-testid': 'conversation-claim', hidden: true }, t('claim'));
    this.claimBtn.addEventListener('click', () => {
      const esc = options.escalation();
      if (esc) options.onClaim(esc);
    });
    this.releaseBtn = h('button', { type: 'button', class: 'btn', 'data-testid': 'release' }, t('handBack'));
    this.resolveBtn = h('button', { type: 'button', class: 'btn primary', 'data-testid': 'resolve' }, t('resolve'));
    this.transferBtn.addEventListener('click', () => this._transfer());
    this.releaseBtn.addEventListener('click', () => options.onRelease());
    this.resolveBtn.addEventListener('click', () => this.showResolve(true));

    // No outcome is chosen for the agent: the list starts on "Choose how it ended…" and Resolve waits for a choice
    // (before, it started on "solved", and chats the shopper had left were closed as solved). When the shopper left,
    // that is chosen when the form opens, and said.
    this.dispositionSelect = h('select', { 'data-testid': 'resolve-disposition', id: 'resolve-disposition', required: '' },
      h('option', { value: '' }, t('dispositionChoose')),
      DISPOSITIONS.map((d) => h('option', { value: d }, label(t, 'dispositions', d))));
    this.dispositionSelect.addEventListener('change', () => this._enableConfirm());
    this.dispositionHint = h('p', { class: 'hint', 'data-testid': 'resolve-hint', hidden: true }, t('dispositionShopperLeft'));
    this.noteInput = h('textarea', { rows: '2', 'data-testid': 'resolve-note', id: 'resolve-note', placeholder: t('notePlaceholder'), maxlength: String(MAX_LENGTH) });
    const confirm = h('button', { type: 'submit', class: 'btn primary', 'data-testid': 'resolve-confirm', disabled: '' }, t('confirmResolve'));
    this.confirmBtn = confirm;
    const cancel = h('button', { type: 'button', class: 'btn', 'data-testid': 'resolve-cancel' }, t('cancel'));
    cancel.addEventListener('click', () => this.showResolve(false));
    this.resolveForm = h('form', { class: 'resolve-form', 'data-testid': 'resolve-form', hidden: true },
      h('label', { for: 'resolve-disposition' }, t('disposition')), this.dispositionSelect, this.dispositionHint,
      h('label', { for: 'resolve-note' }, t('note')), this.noteInput,
      h('div', { class: 'row' }, confirm, cancel),
    );
    // Esc cancels, as the canned list and the agents' list close on it; the cursor goes back to the reply box.
    this.resolveForm.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      this.showResolve(false);
      if (this.options.onCancelResolve) this.options.onCancelResolve();
    });
    this.resolveForm.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!this.dispositionSelect.value) {
        this.dispositionSelect.focus();
        return;
      }
      options.onResolve(this.dispositionSelect.value, this.noteInput.value.trim());
    });

    this.el = h('div', { class: 'conv-actions', 'data-testid': 'conversation-actions' },
      this.claimBtn,
      h('span', { class: 'group' }, this.transferSelect, this.transferBtn),
      this.releaseBtn, this.resolveBtn);
  }

  /** A note, a disposition or a transfer target chosen for one conversation must not carry over to the next. */
  reset() {
    this.showResolve(false);
    this.resetResolve();
    this.transferSelect.value = '';
  }

  resetResolve() {
    this.noteInput.value = '';
    this.dispositionSelect.value = '';
    this.dispositionHint.hidden = true;
    this._enableConfirm();
  }

  /** Whether the shopper of the chat shown left it (their widget closed): the outcome the form offers first. */
  setShopperLeft(left) {
    this.shopperLeft = !!left;
  }

  _enableConfirm() {
    this.confirmBtn.disabled = !this.dispositionSelect.value;
    if (this.dispositionSelect.value !== 'shopper_left') this.dispositionHint.hidden = true;
  }

  /** The escalation shown changed: which actions apply now. */
  update() {
    const esc = this.options.escalation();
    this.claimBtn.hidden = !esc || esc.status !== 'queued';
    if (!this.options.mayAct()) this.showResolve(false);
    if (esc && esc.status === 'resolved') this.resetResolve();
    this.fillTransferTargets();
    this.enable();
  }

  enable() {
    const may = this.options.mayAct();
    for (const el of [this.transferSelect, this.releaseBtn, this.resolveBtn]) el.disabled = !may;
    // Nothing is transferred until a target is chosen: the list starts on "Transfer to…".
    this.transferBtn.disabled = !may || !this.transferSelect.value;
  }

  setAgents(agents) {
    this.options.agents = Array.isArray(agents) ? agents : [];
    this.fillTransferTargets();
  }

  fillTransferTargets() {
    const t = this.options.t;
    const me = this.options.me && this.options.me.username;
    const esc = this.options.escalation();
    const holder = esc && esc.status === 'held' ? esc.heldBy : null;
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

  showResolve(visible) {
    this.resolveForm.hidden = !visible;
    if (!visible) return;
    if (!this.dispositionSelect.value && this.shopperLeft) {
      this.dispositionSelect.value = 'shopper_left';
      this.dispositionHint.hidden = false;
    }
    this._enableConfirm();
    // The outcome first when none is chosen yet; else the note.
    (this.dispositionSelect.value ? this.noteInput : this.dispositionSelect).focus();
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
        this.enable();
      });
  }
}
