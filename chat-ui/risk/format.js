// Pure helpers of the risk console (no DOM): texts of problems, versions,
// amounts and reasons, the order of the version history, the list query,
// shares, diff lines and a rollback preview's changes.
// Unit-tested by chat-ui/tests/risk.test.mjs.

/** Text of any JSON value, for display through text nodes only. */
export function text(value) {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** "payments.drl:12: message", "scenarios/payments.yml: message" (no line), or the problem as sent. */
export function problemText(problem) {
  if (!problem || typeof problem !== 'object') return text(problem);
  const where = text(problem.file) + (Number(problem.line) > 0 ? `:${Number(problem.line)}` : '');
  return where ? `${where}: ${text(problem.message)}` : text(problem.message);
}

/**
 * The versions newest first. GET /api/risk/rules sends them so (it sent them oldest first until stop 33, and the
 * console turned them round); sorting by time again is stable, so entries of one time keep the server's order, the
 * later recorded first.
 */
export function newestFirst(versions) {
  if (!Array.isArray(versions)) return [];
  return versions
    .map((v, i) => ({ v, i, at: Date.parse(v && v.liveSince) || 0 }))
    .sort((a, b) => b.at - a.at || a.i - b.i)
    .map((x) => x.v);
}

/**
 * Which entries of a newest-first history get a rollback button: the newest entry of each version other than the
 * live one. A version listed twice (a list change adds an entry of the same version; a rollback to it starts a new
 * run) is one thing to roll back to: two buttons doing the same would read as two choices. [boolean], one per entry.
 */
export function rollbackEntries(versions, liveVersion) {
  const newest = newestEntries(versions);
  return (Array.isArray(versions) ? versions : []).map((v, i) => newest[i] && v.version !== liveVersion);
}

/**
 * Per entry of a newest-first history, whether it is its version's newest entry: the one entry of a version listed
 * several times (a list change, a rollback to it) that gets a version's buttons, as the API answers per version (its
 * changes are its newest entry's, a rollback goes to the version).
 */
export function newestEntries(versions) {
  const seen = new Set();
  return (Array.isArray(versions) ? versions : []).map((v) => {
    const id = v && v.version;
    if (!id || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * When the live version went live: the oldest of the newest history entries that are all of it (a list change adds an
 * entry of the same version; a rollback to it starts a new run). The status's liveSince is when this process loaded the
 * rules, which after a restart is the restart, not when the version went live. Falls back to it without such entries.
 */
export function liveSince(status, versions) {
  const live = status && status.liveVersion;
  let since = '';
  for (const v of newestFirst(versions)) {
    if (!live || !v || v.version !== live) break;
    since = v.liveSince;
  }
  return since || (status && status.liveSince) || '';
}

/**
 * A decision's fired rules, each once in the order it first fired, with how often: CollectScorecardPoints fires once
 * per scorecard row that matched, and was listed six times over. [{ rule, times }].
 */
export function firedOnce(fired) {
  const counts = new Map();
  for (const rule of Array.isArray(fired) ? fired : []) counts.set(String(rule), (counts.get(String(rule)) || 0) + 1);
  return [...counts].map(([rule, times]) => ({ rule, times }));
}

/** The query string of GET /api/risk/decisions: empty filters are left out. */
export function decisionsQuery({ decision = '', kind = '', limit = 50 } = {}) {
  const params = new URLSearchParams();
  if (decision) params.set('decision', decision);
  if (kind) params.set('kind', kind);
  if (limit) params.set('limit', String(limit));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** 12000 + "CNY" -> "CNY 12,000.00"; a missing currency shows the amount alone; no amount -> "–". */
export function money(amount, currency, locale) {
  if (amount === null || amount === undefined || !Number.isFinite(Number(amount))) return '–';
  const n = Number(amount).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return currency ? `${currency} ${n}` : n;
}

/** A reason's message in the page's language (messageZh / messageEn), else the other one, else its code. */
export function reasonText(reason, locale) {
  if (!reason || typeof reason !== 'object') return text(reason);
  const first = locale === 'zh' ? reason.messageZh : reason.messageEn;
  const second = locale === 'zh' ? reason.messageEn : reason.messageZh;
  return text(first || second || reason.message || reason.code);
}

/**
 * The reasons' weights added up, when that is not the score: the engine keeps a score within 0-100, so a decline
 * whose reasons weigh 160 shows "Score 100", and an auditor adding the weights found 60 points nowhere (stop 33).
 * null when they agree, or when a weight or the score is not a number.
 */
export function uncappedScore(score, reasons) {
  const shown = Number(score);
  if (!Number.isFinite(shown) || !Array.isArray(reasons) || !reasons.length) return null;
  let sum = 0;
  for (const r of reasons) {
    const w = Number(r && r.weight);
    if (!Number.isFinite(w)) return null;
    sum += w;
  }
  return sum === shown ? null : sum;
}

/** "+15", "-30", "0". */
export function weight(points) {
  const n = Number(points);
  if (!Number.isFinite(n)) return text(points);
  return n > 0 ? `+${n}` : String(n);
}

/** A local date and time "2026-12-06 14:05:09"; unparsable values are shown as sent. */
export function dateTime(at) {
  if (at === null || at === undefined || at === '') return '';
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return text(at);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** What the rules panel says above everything else: ok, a rejected edit (old version serves), or not ready. */
export function rulesHealth(status) {
  const problems = status && Array.isArray(status.lastProblems) ? status.lastProblems : [];
  if (!status || !status.ready) return 'not_ready';
  return problems.length ? 'rejected' : 'ok';
}

/** A share 0-1 as a percentage with one decimal: 0.1234 -> "12.3 %"; not a number -> "–". */
export function percent(share) {
  const n = Number(share);
  if (share === null || share === undefined || !Number.isFinite(n)) return '–';
  return `${(n * 100).toFixed(1)} %`;
}

/**
 * What a line of a unified diff is: 'head' (---/+++), 'hunk' (@@), 'add' (+), 'del' (-) or 'ctx'.
 * The console colours them and keeps the +/- prefix, so colour is never the only sign.
 */
export function diffLineKind(line) {
  const s = text(line);
  if (s.startsWith('+++ ') || s.startsWith('--- ')) return 'head';
  if (s.startsWith('@@')) return 'hunk';
  if (s.startsWith('+')) return 'add';
  if (s.startsWith('-')) return 'del';
  return 'ctx';
}

/**
 * A rollback preview's summary: decisions flipped of those replayed (payments and financing), the window's
 * decisions, whether the newest only were replayed, and the financing decisions stored without their model
 * probability (not replayed).
 */
export function previewCounts(preview) {
  const p = preview && typeof preview === 'object' ? preview : {};
  const byKind = p.replayedByKind && typeof p.replayedByKind === 'object' ? p.replayedByKind : {};
  return {
    flipped: Number(p.flipped) || 0,
    replayed: Number(p.replayed) || 0,
    payments: Number(byKind.payment) || 0,
    financing: Number(byKind.financing) || 0,
    inWindow: (Number(p.paymentsInWindow) || 0) + (Number(p.financingInWindow) || 0),
    capped: Boolean(p.capped),
    withoutScore: Number(p.financingWithoutScore) || 0,
  };
}

/**
 * How the activity panel names a rule: its readable label from the report's ruleDetails (a decision table's row as
 * "FinancingScorecard row 10 (Housing: rent)"), the rule's own name when that says more than nothing, and its kind.
 */
export function ruleTitle(name, details) {
  const d = details && typeof details === 'object' && details[name] && typeof details[name] === 'object' ? details[name] : {};
  const label = text(d.label) || text(name);
  return { name: text(name), label, showName: label !== text(name), kind: text(d.kind) };
}

/** A stored model probability for display: 0.2500109 -> "0.250"; none (a payment) -> "–"; -1 (no model) -> "none". */
export function probability(value) {
  if (value === null || value === undefined || value === '' || !Number.isFinite(Number(value))) return '–';
  return Number(value) < 0 ? 'none' : Number(value).toFixed(3);
}

/**
 * The facts the rules saw (GET /api/risk/decisions/{id}'s facts: the PaymentContext or FinancingContext), flattened to
 * [key, text] pairs in the order sent, nested ones dotted ("customer.count10m", "conversation.addressChangeRequested"):
 * one line per fact an auditor can point at. [] for none (a decision stored before facts were).
 */
export function factEntries(facts, prefix = '') {
  if (!facts || typeof facts !== 'object' || Array.isArray(facts)) return [];
  return Object.entries(facts).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v)
    ? factEntries(v, `${prefix}${k}.`) : [[`${prefix}${k}`, text(v)]]));
}

/**
 * The facts split for an auditor (issue 5): `telling`, those with a value (a count above 0, true, a tier, an amount), which
 * are what a reason can rest on, and `quiet`, those 0, false or empty (most of the sixty lines of a payment's facts),
 * shown folded beneath. Both keep the order sent.
 */
export function factGroups(facts) {
  const all = factEntries(facts);
  const quiet = (v) => v === '' || v === 'false' || Number(v) === 0;
  return { telling: all.filter(([, v]) => !quiet(v)), quiet: all.filter(([, v]) => quiet(v)) };
}
