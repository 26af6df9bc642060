// Verifying an anonymous shopper of a chat the agent holds: the order number and
// the phone's last 4 digits the shopper told the agent, prefilled from the latest
// shopper lines that named them, checked by the server (whose wrong tries count
// against the order as the chat's do).
import { h } from '../widget/dom.js';
import { text } from './format.js';

/**
 * "Verify by order": the order number and the phone's last 4 digits the shopper told the agent (prefilled from the
 * latest shopper line that named them), checked by the server; proved, the context shows the customer.
 */
export function verifyForm(told, t, onVerify) {
  const order = h('input', { type: 'text', class: 'verify-order', 'data-testid': 'verify-order', placeholder: t('verifyOrderFormat'),
    'aria-label': t('verifyOrder'), value: told.orderId || null, maxlength: '16' });
  const digits = h('input', { type: 'text', class: 'verify-digits', 'data-testid': 'verify-digits', placeholder: t('verifyDigitsFormat'),
    'aria-label': t('verifyDigits'), value: told.phoneLast4 || null, inputmode: 'numeric', maxlength: '4' });
  const button = h('button', { type: 'submit', class: 'btn small', 'data-testid': 'verify-submit' }, t('verify'));
  const form = h('form', { class: 'verify-form', 'data-testid': 'verify-form' },
    h('p', { class: 'muted' }, t('verifyHint')), order, digits, button);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    button.disabled = true;
    try {
      await onVerify(order.value.trim(), digits.value.trim());
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/**
 * The order number and phone digits the shopper last named in the chat (the entities of their lines, latest first),
 * to prefill the verification: {orderId, phoneLast4}, each possibly missing.
 */
export function toldProof(transcript) {
  const told = {};
  const lines = Array.isArray(transcript) ? transcript : [];
  for (let i = lines.length - 1; i >= 0 && !(told.orderId && told.phoneLast4); i--) {
    const line = lines[i];
    if (!line || line.role !== 'shopper' || !Array.isArray(line.entities)) continue;
    for (const e of line.entities) {
      if (!e || typeof e !== 'object') continue;
      if (e.type === 'order_id' && !told.orderId) told.orderId = text(e.value || e.text);
      if (e.type === 'phone_last4' && !told.phoneLast4) told.phoneLast4 = text(e.value || e.text);
    }
  }
  return told;
}
