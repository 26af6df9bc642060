// Interface strings (zh / en) and locale selection.
import { getItem, setItem, KEYS } from './storage.js';

export const LOCALES = ['zh', 'en'];

const STRINGS = {
  zh: {
    title: '在线客服',
    subtitle: '订单查询 · 退换货 · 商品推荐',
    launcherOpen: '打开在线客服',
    launcherClose: '关闭在线客服',
    close: '关闭',
    panel: '在线客服对话窗口',
    log: '对话记录',
    placeholder: '请输入您的问题…',
    inputHint: 'Enter 发送 · Shift+Enter 换行',
    inputLabel: '输入消息',
    send: '发送',
    sendLabel: '发送消息',
    localeToggle: 'EN',
    localeToggleLabel: 'Switch to English',
    connecting: '正在连接…',
    reconnecting: '连接已断开，正在重新连接…',
    reconnectingIn: (s) => `连接已断开，${s} 秒后重新连接…`,
    online: '已连接',
    queued: '待发送',
    typing: '智能客服正在输入…',
    agentTyping: (name) => (name ? `客服 ${name} 正在输入…` : '客服正在输入…'),
    counterLabel: (n, max) => `已输入 ${n} / ${max} 字`,
    tooLong: (max) => `消息过长，最多 ${max} 字。`,
    attach: '发送照片或 PDF',
    attachFirst: '请先发一条消息说明情况，再发送照片。',
    attachTooLarge: (mb) => `文件太大了，最大 ${mb} MB。`,
    uploading: (name, pct) => `正在发送“${name}”… ${pct}%`,
    uploadFailed: '文件没有发送成功，请稍后再试。',
    attachmentImage: (name) => `照片：${name}`,
    attachmentOpen: (name) => `打开 ${name}`,
    welcome: '您好！我是 ShopDesk 客服助手，可以帮您查询订单物流、办理退换货、推荐商品。请问有什么可以帮您？',
    you: '我',
    bot: '客服助手',
    agent: '人工客服',
    agentNamed: (name) => `客服 ${name}`,
    queuePlace: (pos) => (pos === 1 ? '排队中：下一位就是您' : pos > 1 ? `排队中：您排在第 ${pos} 位` : '排队中'),
    queueWait: { available: '客服会尽快在这里回复您', busy: '客服都在忙，有空闲时会在这里回复您', closed: '客服上班后会在这里回复您' },
    queueWaitFrom: (time) => `客服将于 ${time} 起在这里回复您`,
    agentJoined: (name) => (name ? `客服 ${name} 已接入` : '人工客服已接入'),
    opensLocally: (time) => `即您所在时区的 ${time}`,
    agentLeftReleased: '人工客服已离开，智能助手将继续为您服务。',
    agentLeftResolved: '人工客服已结束本次对话。',
    agentLeftTransferred: '已为您转接到其他客服组，请稍候，客服会在这里回复您。',
    agentLeftOffline: '客服暂时离开了对话。您仍保留原来的排队位置，下一位客服会在这里回复您。',
    ratingPrompt: '请为本次服务打分（1-5 星）',
    ratingStar: (n) => `${n} 星`,
    ratingLow: '不满意',
    ratingHigh: '非常满意',
    ratingThanks: (n) => `感谢您的评价（${n} 星）！`,
    ratingNotSent: '评价未能发送，请稍后再试。',
    system: '系统',
    suggestions: '您是不是想问：',
    orderId: '订单号',
    items: '商品',
    status: '状态',
    carrier: '承运商',
    trackingNumber: '运单号',
    eta: '预计送达',
    deliveredOn: '已签收',
    late: '已延误',
    lateDetail: (days, due) => `${days} 天（原定 ${due}）`,
    viewProduct: '查看商品',
    instalments: '可分期',
    unread: (n) => `${n} 条未读消息`,
    orderStatus: {
      pending: '待付款',
      pending_payment: '待付款',
      paid: '已付款',
      processing: '处理中',
      packed: '已打包',
      shipped: '已发货',
      in_transit: '运输中',
      out_for_delivery: '派送中',
      delivered: '已签收',
      cancelled: '已取消',
      canceled: '已取消',
      return_requested: '退货申请中',
      returned: '已退货',
      refunded: '已退款',
      label_created: '已创建运单',
      picked_up: '已揽收',
    },
  },
  en: {
    title: 'Customer service',
    subtitle: 'Orders · Returns · Recommendations',
    launcherOpen: 'Open customer service chat',
    launcherClose: 'Close customer service chat',
    close: 'Close',
    panel: 'Customer service chat',
    log: 'Conversation',
    placeholder: 'Type your question…',
    inputHint: 'Enter to send · Shift+Enter for a new line',
    inputLabel: 'Message',
    send: 'Send',
    sendLabel: 'Send message',
    localeToggle: '中文',
    localeToggleLabel: '切换到中文',
    connecting: 'Connecting…',
    reconnecting: 'Connection lost, reconnecting…',
    reconnectingIn: (s) => `Connection lost, reconnecting in ${s}s…`,
    online: 'Connected',
    queued: 'Queued',
    typing: 'The assistant is typing…',
    agentTyping: (name) => (name ? `${name} is typing…` : 'Agent is typing…'),
    counterLabel: (n, max) => `${n} of ${max} characters`,
    tooLong: (max) => `Message too long: at most ${max} characters.`,
    attach: 'Send a photo or PDF',
    attachFirst: 'Please write a message about what happened first, then send the photo.',
    attachTooLarge: (mb) => `That file is too large: at most ${mb} MB.`,
    uploading: (name, pct) => `Sending "${name}"… ${pct}%`,
    uploadFailed: 'The file could not be sent; please try again.',
    attachmentImage: (name) => `Photo: ${name}`,
    attachmentOpen: (name) => `Open ${name}`,
    welcome: 'Hi! I am the ShopDesk assistant. I can track your order, help with returns and exchanges, and recommend products. How can I help?',
    you: 'You',
    bot: 'Assistant',
    agent: 'Agent',
    agentNamed: (name) => name,
    queuePlace: (pos) => (pos === 1 ? "In the queue: you're next" : pos > 1 ? `In the queue: number ${pos}` : 'In the queue'),
    queueWait: { available: 'an agent will reply here shortly', busy: 'all agents are busy; one will reply here as soon as they are free',
      closed: 'an agent will reply here when we open' },
    queueWaitFrom: (time) => `an agent will reply here from ${time}`,
    agentJoined: (name) => (name ? `${name} joined` : 'An agent joined'),
    opensLocally: (time) => `That is ${time} your time.`,
    agentLeftReleased: 'The agent left; the assistant is back to help you.',
    agentLeftResolved: 'The agent closed this conversation.',
    agentLeftTransferred: "You've been passed to another team; please wait here and an agent will reply.",
    agentLeftOffline: 'The agent had to leave the chat. You keep your place in the queue, and the next agent will reply here.',
    ratingPrompt: 'How would you rate this chat? (1-5 stars)',
    ratingStar: (n) => `${n} star${n === 1 ? '' : 's'}`,
    ratingLow: 'Poor',
    ratingHigh: 'Excellent',
    ratingThanks: (n) => `Thank you for your rating (${n} star${n === 1 ? '' : 's'})!`,
    ratingNotSent: 'Your rating could not be sent; please try again.',
    system: 'System',
    suggestions: 'Did you mean:',
    orderId: 'Order',
    items: 'Items',
    status: 'Status',
    carrier: 'Carrier',
    trackingNumber: 'Tracking no.',
    eta: 'Estimated delivery',
    deliveredOn: 'Delivered',
    late: 'Late',
    lateDetail: (days, due) => `due ${due}, ${days} day${days === 1 ? '' : 's'} ago`,
    viewProduct: 'View product',
    instalments: 'Instalments available',
    unread: (n) => `${n} unread message${n === 1 ? '' : 's'}`,
    orderStatus: {
      pending: 'Awaiting payment',
      pending_payment: 'Awaiting payment',
      paid: 'Paid',
      processing: 'Processing',
      packed: 'Packed',
      shipped: 'Shipped',
      in_transit: 'In transit',
      out_for_delivery: 'Out for delivery',
      delivered: 'Delivered',
      cancelled: 'Cancelled',
      canceled: 'Cancelled',
      return_requested: 'Return requested',
      returned: 'Returned',
      refunded: 'Refunded',
      label_created: 'Label created',
      picked_up: 'Picked up',
    },
  },
};

export function normalizeLocale(value) {
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  if (v.startsWith('zh')) return 'zh';
  if (v.startsWith('en')) return 'en';
  return null;
}

/** Stored choice, else navigator.language (zh* → zh, anything else → en). */
export function detectLocale() {
  const stored = normalizeLocale(getItem(KEYS.locale));
  if (stored) return stored;
  const nav = (globalThis.navigator && (navigator.language || (navigator.languages || [])[0])) || '';
  return normalizeLocale(nav) === 'zh' ? 'zh' : 'en';
}

export function persistLocale(locale) {
  setItem(KEYS.locale, locale);
}

/** Returns a translator bound to a locale: t('title'), t('counterLabel', 3, 2000). */
export function translator(locale) {
  const table = STRINGS[locale] || STRINGS.en;
  return (key, ...args) => {
    const value = key in table ? table[key] : STRINGS.en[key];
    if (typeof value === 'function') return value(...args);
    return value === undefined ? key : value;
  };
}

/** Localised order status; unknown codes fall back to the server's label, then the raw code. */
export function orderStatusLabel(locale, status, serverLabel) {
  if (status === undefined || status === null) return '';
  const table = (STRINGS[locale] || STRINGS.en).orderStatus;
  const key = String(status).trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (Object.prototype.hasOwnProperty.call(table, key)) return table[key];
  return typeof serverLabel === 'string' && serverLabel ? serverLabel : String(status);
}
