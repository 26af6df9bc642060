// Interface strings of the agent console and reports (zh / en). The choice is
// kept in localStorage; switching reloads the page, so views never re-translate.

const KEY = 'shopdesk.console.locale';

const STRINGS = {
  en: {
    consoleTitle: 'Agent console',
    reportsTitle: 'Reports',
    switchLocale: '中文',
    logout: 'Log out',
    reports: 'Reports',
    backToConsole: 'Console',
    queue: 'Queue',
    queueEmpty: 'No one is waiting.',
    waiting: (n) => `${n} waiting`,
    claim: 'Claim',
    open: 'Open',
    heldBy: (name) => `held by ${name}`,
    heldByMe: 'yours',
    priority: { 1: 'Urgent', 2: 'High', 3: 'Normal' },
    team: { general: 'General', payments: 'Payments', logistics: 'Logistics' },
    live: { online: 'Live', connecting: 'Connecting…', offline: 'Offline, retrying…' },
    pickConversation: 'Pick a conversation from the queue.',
    conversation: 'Conversation',
    customerUnknown: 'Anonymous shopper',
    identifiedBy: 'Identified',
    identifiedBySignIn: 'signed in on the shop',
    identifiedByOrderPhone: "by an order's phone digits",
    roles: { shopper: 'Shopper', bot: 'Bot', agent: 'Agent', system: 'System' },
    reply: 'Reply to the shopper',
    replyPlaceholder: 'Type a reply… (Enter sends, Shift+Enter new line)',
    replyDisabled: 'Claim this conversation to reply.',
    send: 'Send',
    transfer: 'Transfer',
    transferTo: 'Transfer to',
    toAgent: 'Agent',
    toTeam: 'Team',
    handBack: 'Hand back to bot',
    resolve: 'Resolve',
    disposition: 'Disposition',
    dispositions: {
      solved: 'Solved', not_solved: 'Not solved', refund_issued: 'Refund issued',
      follow_up: 'Follow-up needed', duplicate: 'Duplicate', spam: 'Spam',
    },
    note: 'Note',
    notePlaceholder: 'What was done, what is left…',
    confirmResolve: 'Resolve',
    cancel: 'Cancel',
    status: { queued: 'Queued', held: 'Held', resolved: 'Resolved', returned: 'Back with bot' },
    context: 'Context',
    reasons: 'Why escalated',
    customer: 'Customer',
    tier: 'Tier',
    phone: 'Phone',
    orders: 'Orders',
    noOrders: 'No orders.',
    risk: 'Risk decisions',
    noRisk: 'No risk decisions.',
    suggestions: 'Knowledge base',
    noSuggestions: 'No suggestions for the last message.',
    insert: 'Insert',
    intent: 'intent',
    confidence: 'confidence',
    newEscalation: 'New escalation',
    errorPrefix: 'Error',
    alreadyHeld: (who) => `Already claimed by ${who}.`,
    notHolder: 'You do not hold this conversation.',
    sessionExpired: 'Your session has ended; please log in again.',
    language: { zh: '中文', en: 'EN' },
    // reports
    days: (n) => `Last ${n} days`,
    conversations: 'Conversations',
    escalated: 'Escalated',
    resolved: 'Resolved',
    containment: 'Bot containment',
    containmentHint: 'share of conversations solved without an agent',
    avgWait: 'Avg waiting time',
    avgHandle: 'Avg handling time',
    csat: 'CSAT',
    ratings: (n) => `${n} rating${n === 1 ? '' : 's'}`,
    volumePerDay: 'Volume per day',
    waitPerDay: 'Waiting time per day',
    handlePerDay: 'Handling time per day',
    csatDistribution: 'CSAT: ratings 1-5',
    containmentPerDay: 'Containment per day',
    noData: 'No data',
    stars: (n) => `${n}★`,
  },
  zh: {
    consoleTitle: '客服工作台',
    reportsTitle: '数据报表',
    switchLocale: 'EN',
    logout: '退出登录',
    reports: '报表',
    backToConsole: '工作台',
    queue: '待接入队列',
    queueEmpty: '暂无排队的会话。',
    waiting: (n) => `${n} 人排队`,
    claim: '接入',
    open: '打开',
    heldBy: (name) => `${name} 处理中`,
    heldByMe: '我的',
    priority: { 1: '紧急', 2: '高', 3: '普通' },
    team: { general: '综合组', payments: '支付组', logistics: '物流组' },
    live: { online: '实时', connecting: '连接中…', offline: '已断开，重连中…' },
    pickConversation: '从左侧队列选择一个会话。',
    conversation: '会话',
    customerUnknown: '匿名顾客',
    identifiedBy: '身份',
    identifiedBySignIn: '已在商城登录',
    identifiedByOrderPhone: '通过订单手机尾号确认',
    roles: { shopper: '顾客', bot: '机器人', agent: '客服', system: '系统' },
    reply: '回复顾客',
    replyPlaceholder: '输入回复…（Enter 发送，Shift+Enter 换行）',
    replyDisabled: '接入该会话后才能回复。',
    send: '发送',
    transfer: '转接',
    transferTo: '转接给',
    toAgent: '客服',
    toTeam: '小组',
    handBack: '交还机器人',
    resolve: '结束会话',
    disposition: '处理结果',
    dispositions: {
      solved: '已解决', not_solved: '未解决', refund_issued: '已退款',
      follow_up: '需跟进', duplicate: '重复', spam: '垃圾信息',
    },
    note: '备注',
    notePlaceholder: '处理了什么，还有什么待办…',
    confirmResolve: '确认结束',
    cancel: '取消',
    status: { queued: '排队中', held: '处理中', resolved: '已结束', returned: '已交还机器人' },
    context: '背景信息',
    reasons: '转人工原因',
    customer: '顾客',
    tier: '等级',
    phone: '手机',
    orders: '订单',
    noOrders: '暂无订单。',
    risk: '风控决策',
    noRisk: '暂无风控决策。',
    suggestions: '知识库建议',
    noSuggestions: '最新消息暂无建议。',
    insert: '插入',
    intent: '意图',
    confidence: '置信度',
    newEscalation: '新的转人工会话',
    errorPrefix: '错误',
    alreadyHeld: (who) => `已被 ${who} 接入。`,
    notHolder: '您未持有该会话。',
    sessionExpired: '登录已过期，请重新登录。',
    language: { zh: '中文', en: 'EN' },
    days: (n) => `最近 ${n} 天`,
    conversations: '会话量',
    escalated: '转人工',
    resolved: '已解决',
    containment: '机器人独立解决率',
    containmentHint: '无需人工即解决的会话占比',
    avgWait: '平均等待时长',
    avgHandle: '平均处理时长',
    csat: '满意度',
    ratings: (n) => `${n} 条评价`,
    volumePerDay: '每日会话量',
    waitPerDay: '每日等待时长',
    handlePerDay: '每日处理时长',
    csatDistribution: '满意度：1-5 星分布',
    containmentPerDay: '每日独立解决率',
    noData: '暂无数据',
    stars: (n) => `${n} 星`,
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

/** t('claim'), t('waiting', 3), t('priority')[1]; unknown keys fall back to English, then the key. */
export function translator(locale = currentLocale()) {
  const table = STRINGS[locale] || STRINGS.en;
  return (key, ...args) => {
    const value = key in table ? table[key] : STRINGS.en[key];
    if (typeof value === 'function') return value(...args);
    return value === undefined ? key : value;
  };
}

/** A label from a nested table (priority, team, status…), falling back to the raw code. */
export function label(t, table, code) {
  const map = t(table);
  if (map && typeof map === 'object' && code !== undefined && code !== null && Object.prototype.hasOwnProperty.call(map, code)) {
    return map[code];
  }
  return code === undefined || code === null ? '' : String(code);
}
