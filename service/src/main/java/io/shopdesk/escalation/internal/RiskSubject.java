package io.shopdesk.escalation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a risk decision judged, as the agent names it to the shopper: a payment by its order, amount, currency and
 * method ("the CNY 15,999 card payment for SD10000005"), a financing application by its amount, term and purpose.
 * Read from the request stored with the decision; the device, IP, card fingerprint and addresses stay in the risk
 * officers' audit trail, not in the agent's panel. Stateless and thread-safe.
 */
final class RiskSubject {
    private RiskSubject() {
    }

    /**
     * {@code {"paymentId","orderId","amount","currency","method"}} for a payment, {@code {"applicationId","amount",
     * "termMonths","purpose"}} for a financing application (whose request names no currency); null when the request
     * was not stored.
     */
    static Map<String, Object> of(String kind, Map<String, Object> input) {
        if (input == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if ("financing".equals(kind)) {
            m.put("applicationId", input.get("applicationId"));
            m.put("amount", input.get("amount"));
            m.put("termMonths", input.get("termMonths"));
            m.put("purpose", input.get("purpose"));
        } else {
            m.put("paymentId", input.get("paymentId"));
            m.put("orderId", input.get("orderId"));
            m.put("amount", input.get("amount"));
            m.put("currency", input.get("currency"));
            m.put("method", input.get("method"));
        }
        return m;
    }
}
