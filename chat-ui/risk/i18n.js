// Interface strings of the risk console (zh / en). The language choice is the
// agent console's (same localStorage key); switching reloads the page.

const KEY = 'shopdesk.console.locale';

const STRINGS = {
  en: {
    title: 'Risk console',
    switchLocale: '中文',
    forgetKey: 'Forget key',
    agentConsole: 'Agent console',
    keyTitle: 'Risk officer sign-in',
    keyLabel: 'API key',
    keyHint: 'Paste your risk officer key (X-Api-Key). It is kept in this tab only and forgotten when the tab closes.',
    keySubmit: 'Continue',
    keyChecking: 'Checking…',
    keyEmpty: 'Paste a key first.',
    keyRefused: 'This key was refused (401). Paste a valid risk officer key.',
    keyForbidden: 'This key is not a risk officer key (403); the checkout key cannot open the console. Paste a risk officer key.',
    keyRejectedLater: 'The server no longer accepts your key (401). Paste it again or use another one.',
    rules: 'Rules',
    liveVersion: 'Live version',
    liveSince: 'Live since',
    files: 'Files',
    ready: 'Ready',
    yes: 'yes',
    no: 'no',
    lastAttempt: 'Last reload attempt',
    healthOk: 'The files on disk are what is live.',
    healthRejected: (v) => `The last edit was REJECTED: the old version ${v} keeps serving. Fix the problems below and save again.`,
    healthNotReady: 'The rules are NOT READY: no version serves and the risk API answers 503. Fix the problems below.',
    problems: 'Problems of the last attempt',
    versions: 'Version history',
    changedFiles: 'Changed files',
    noChanges: 'first version',
    live: 'live',
    rollback: 'Roll back to this version',
    confirmRollback: (v) => `Roll back the risk rules to version ${v}? It must still pass today's compile and scenario checks.`,
    rollingBack: 'Rolling back…',
    rolledBack: (v) => `Rolled back: version ${v} is live.`,
    rollbackRefused: (v) => `Rollback refused (409): version ${v} fails today's checks; the live version is unchanged.`,
    rollbackUnknown: (v) => `Unknown version ${v} (404).`,
    refreshed: (t) => `Refreshed ${t}`,
    decisions: 'Decisions',
    reviewQueue: 'Review queue',
    decisionFilter: 'Decision',
    kindFilter: 'Kind',
    all: 'All',
    decision: { APPROVE: 'Approve', REVIEW: 'Review', DECLINE: 'Decline' },
    kind: { payment: 'Payment', financing: 'Financing' },
    noDecisions: 'No decisions match.',
    col: { time: 'Time', kind: 'Kind', subject: 'Payment / application', customer: 'Customer', amount: 'Amount', decision: 'Decision', score: 'Score', version: 'Rules' },
    openById: 'Decision id',
    open: 'Open',
    pickDecision: 'Pick a decision from the list, or enter its id.',
    notFound: (id) => `No decision ${id}.`,
    score: 'Score',
    reasons: 'Reasons',
    noReasons: 'No reasons.',
    code: 'Code',
    rule: 'Rule',
    message: 'Message',
    weight: 'Weight',
    firedRules: 'Rules fired',
    ruleSetVersion: 'Rule-set version',
    modelVersion: 'Model version',
    decidedAt: 'Decided at',
    inputs: 'Inputs',
    errorPrefix: 'Error',
  },
  zh: {
    title: '风控工作台',
    switchLocale: 'EN',
    forgetKey: '清除密钥',
    agentConsole: '客服工作台',
    keyTitle: '风控专员登录',
    keyLabel: 'API 密钥',
    keyHint: '粘贴您的风控专员密钥（X-Api-Key）。密钥只保存在当前标签页，关闭即清除。',
    keySubmit: '继续',
    keyChecking: '验证中…',
    keyEmpty: '请先粘贴密钥。',
    keyRefused: '密钥无效（401），请粘贴有效的风控专员密钥。',
    keyForbidden: '该密钥不是风控专员密钥（403），结账系统的密钥不能打开控制台，请粘贴风控专员密钥。',
    keyRejectedLater: '服务器已不再接受您的密钥（401），请重新粘贴或更换密钥。',
    rules: '规则',
    liveVersion: '生效版本',
    liveSince: '生效时间',
    files: '文件',
    ready: '就绪',
    yes: '是',
    no: '否',
    lastAttempt: '最近一次加载',
    healthOk: '磁盘上的规则文件即为生效版本。',
    healthRejected: (v) => `最近一次修改被拒绝：旧版本 ${v} 继续生效。请修正下列问题后重新保存。`,
    healthNotReady: '规则未就绪：没有生效版本，风控接口返回 503。请修正下列问题。',
    problems: '最近一次加载的问题',
    versions: '版本历史',
    changedFiles: '变更文件',
    noChanges: '首个版本',
    live: '生效中',
    rollback: '回滚到此版本',
    confirmRollback: (v) => `确定将风控规则回滚到版本 ${v}？该版本仍须通过当前的编译和场景检查。`,
    rollingBack: '回滚中…',
    rolledBack: (v) => `回滚成功：版本 ${v} 已生效。`,
    rollbackRefused: (v) => `回滚被拒绝（409）：版本 ${v} 未通过当前检查，生效版本不变。`,
    rollbackUnknown: (v) => `未知版本 ${v}（404）。`,
    refreshed: (t) => `已刷新 ${t}`,
    decisions: '决策',
    reviewQueue: '待审核队列',
    decisionFilter: '决策',
    kindFilter: '类型',
    all: '全部',
    decision: { APPROVE: '通过', REVIEW: '审核', DECLINE: '拒绝' },
    kind: { payment: '支付', financing: '分期' },
    noDecisions: '没有符合条件的决策。',
    col: { time: '时间', kind: '类型', subject: '支付 / 申请编号', customer: '客户', amount: '金额', decision: '决策', score: '分数', version: '规则' },
    openById: '决策编号',
    open: '打开',
    pickDecision: '从列表中选择一条决策，或输入决策编号。',
    notFound: (id) => `没有决策 ${id}。`,
    score: '分数',
    reasons: '原因',
    noReasons: '没有原因。',
    code: '代码',
    rule: '规则',
    message: '说明',
    weight: '分值',
    firedRules: '触发的规则',
    ruleSetVersion: '规则版本',
    modelVersion: '模型版本',
    decidedAt: '决策时间',
    inputs: '输入',
    errorPrefix: '错误',
  },
};

export function currentLocale() {
  let stored = null;
  try { stored = localStorage.getItem(KEY); } catch { /* storage blocked */ }
  if (stored === 'zh' || stored === 'en') return stored;
  const nav = (globalThis.navigator && navigator.language) || '';
  return nav.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function switchLocale() {
  const next = currentLocale() === 'zh' ? 'en' : 'zh';
  try { localStorage.setItem(KEY, next); } catch { /* storage blocked */ }
  location.reload();
}

/** t('rules'), t('rolledBack', v), t('decision').REVIEW; unknown keys fall back to English, then the key. */
export function translator(locale = currentLocale()) {
  const table = STRINGS[locale] || STRINGS.en;
  return (key, ...args) => {
    const value = key in table ? table[key] : STRINGS.en[key];
    if (typeof value === 'function') return value(...args);
    return value === undefined ? key : value;
  };
}

/** A label from a nested table (decision, kind, col), falling back to the raw code. */
export function label(t, table, code) {
  const map = t(table);
  if (map && typeof map === 'object' && code !== undefined && code !== null && Object.prototype.hasOwnProperty.call(map, code)) {
    return map[code];
  }
  return code === undefined || code === null ? '' : String(code);
}

/** Both languages' keys, for the unit test that every string exists in both. */
export const LOCALES = Object.freeze(Object.keys(STRINGS));
export const keysOf = (locale) => Object.keys(STRINGS[locale] || {});
