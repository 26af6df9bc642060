// The agents' presence in the top bar: the agent's own status switch
// (available / away, kept by the server) and, for a supervisor, who is
// available, away or offline (GET /api/agent/agents, refreshed on every
// /topic/agent/presence event). Renders only; console.js does the calls.
import { label } from './i18n.js';
import { text } from './format.js';

export const STATUSES = ['available', 'away'];

export class PresenceView {
  /**
   * @param {HTMLSelectElement} select the agent's own status switch
   * @param {HTMLElement} team where a supervisor sees everyone's status (hidden for agents)
   * @param {{t: Function, supervisor: boolean, onChange: (status: string) => void}} options
   */
  constructor(select, team, { t, supervisor, onChange }) {
    this.select = select;
    this.team = team;
    this.t = t;
    select.replaceChildren(...STATUSES.map((s) => {
      const option = document.createElement('option');
      option.value = s;
      option.textContent = label(t, 'presence', s);
      return option;
    }));
    select.title = t('presenceSwitch');
    select.setAttribute('aria-label', t('presenceSwitch'));
    select.addEventListener('change', () => onChange(select.value));
    team.hidden = !supervisor;
    // The open list lies over the conversation's Transfer and Resolve: Escape or a click anywhere else closes it.
    // Before, it stayed open over them until its summary was clicked again.
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape') team.open = false; });
    document.addEventListener('pointerdown', (e) => { if (team.open && !team.contains(e.target)) team.open = false; });
  }

  /** The agent's own status as the server has it. */
  setOwn(status) {
    if (STATUSES.includes(status)) this.select.value = status;
    this.select.dataset.status = text(status);
  }

  /** Everyone's status, for a supervisor: "n available" and a list with a dot per agent. */
  setAgents(agents) {
    if (this.team.hidden) return;
    const list = Array.isArray(agents) ? agents : [];
    const available = list.filter((a) => a && a.status === 'available').length;
    const summary = document.createElement('summary');
    summary.textContent = this.t('agentsAvailable', available, list.length);
    summary.dataset.testid = 'agents-available';
    const ul = document.createElement('ul');
    ul.className = 'presence-list';
    for (const a of list) {
      const li = document.createElement('li');
      li.dataset.username = text(a.username);
      li.dataset.status = text(a.status);
      li.textContent = `${text(a.displayName || a.username)} · ${label(this.t, 'team', a.team)} · ${label(this.t, 'presence', a.status)}`;
      ul.append(li);
    }
    const open = this.team.open;
    this.team.replaceChildren(summary, ul);
    this.team.open = open;
  }
}
