// The console's strings for typing, a customer's earlier conversations and the
// search of closed escalations (zh / en), kept apart from i18n.js's table and
// spread into it, so that these features' words stay together.

export const HISTORY_STRINGS = {
  en: {
    shopperTyping: 'Shopper is typing…',
    pastConversations: 'Earlier conversations',
    pastNone: 'No earlier conversation.',
    pastBotOnly: 'Bot only',
    pastBy: (name) => `by ${name}`,
    pastRating: (n) => `rated ${n}★`,
    pastOpen: 'Open transcript',
    statuses: { resolved: 'Resolved', returned: 'Handed back', withdrawn: 'Withdrawn', queued: 'Queued', held: 'Held' },
    transcriptOf: (day) => `Transcript · ${day}`,
    readOnly: 'read-only',
    close: 'Close',
    searchClosed: 'Search closed',
    searchPlaceholder: 'Name, customer id, order id or words',
    search: 'Search',
    searchNone: 'Nothing found in the last 90 days.',
    searchMore: 'More',
    searchShort: 'Type at least 2 characters.',
  },
  zh: {
    shopperTyping: '顾客正在输入…',
    pastConversations: '以往会话',
    pastNone: '此前没有会话。',
    pastBotOnly: '仅机器人',
    pastBy: (name) => `处理人 ${name}`,
    pastRating: (n) => `评分 ${n} 星`,
    pastOpen: '查看记录',
    statuses: { resolved: '已解决', returned: '已交还机器人', withdrawn: '顾客已撤回', queued: '排队中', held: '处理中' },
    transcriptOf: (day) => `会话记录 · ${day}`,
    readOnly: '只读',
    close: '关闭',
    searchClosed: '搜索已结束会话',
    searchPlaceholder: '姓名、客户编号、订单号或关键词',
    search: '搜索',
    searchNone: '近 90 天内没有找到。',
    searchMore: '更多',
    searchShort: '请至少输入 2 个字符。',
  },
};
