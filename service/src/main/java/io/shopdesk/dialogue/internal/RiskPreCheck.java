package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.RiskCheck;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Entity;
import io.shopdesk.risk.FinancingRequest;
import io.shopdesk.risk.RiskService;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What the risk rules say before the dialogue rules answer a question about paying: the financing pre-check for an
 * instalment question from a customer the conversation has identified, or the conversation's latest payment decision
 * when the shopper reports a failed payment or goes on about one the bot just answered ("I changed cards and it still
 * fails", 换了银行卡还是不行: the intent model may read those otherwise). It exists so that the dialogue can answer "can
 * I pay in instalments?" with the shopper's own answer without knowing how risk decides. Without the risk module, there is none.
 * Thread-safe.
 */
public final class RiskPreCheck {
    /** The financing pre-check's amount and term when the shopper names none (a typical basket, the longest plan). */
    private static final BigDecimal PRECHECK_AMOUNT = BigDecimal.valueOf(1000);
    private static final int PRECHECK_TERM_MONTHS = 12;

    private final ObjectProvider<RiskService> risk;

    public RiskPreCheck(ObjectProvider<RiskService> risk) {
        this.risk = risk;
    }

    /** The risk decision for this message, or null when it asks none (or the risk module is absent). */
    public RiskCheck check(String conversationId, Analysis analysis, ConversationState state) {
        return check(conversationId, analysis, state, null);
    }

    /**
     * As {@link #check(String, Analysis, ConversationState)}, for a message whose instalment question the plan table
     * answers too ({@code instalments}, or null): the pre-check then also runs for a follow-up the intent model reads
     * otherwise ("12 months"), and scores the price and term the question is about (a card shown, a product named).
     */
    public RiskCheck check(String conversationId, Analysis analysis, ConversationState state, InstalmentAsk instalments) {
        RiskService riskService = risk.getIfAvailable();
        if (riskService == null) {
            return null;
        }
        boolean planAsked = instalments != null && instalments.asked();
        if (("installment_inquiry".equals(analysis.intentName()) || planAsked) && state.getCustomerId() != null) {
            BigDecimal amount = planAsked && instalments.price() != null ? instalments.price()
                    : analysis.firstEntity(Entity.MONEY).map(m -> new BigDecimal(m.value().split(" ")[0]))
                    .orElse(PRECHECK_AMOUNT);
            int term = planAsked && instalments.term() > 0 ? instalments.term()
                    : analysis.firstEntity(Entity.INSTALMENTS).map(t -> Integer.parseInt(t.value()))
                    .orElse(PRECHECK_TERM_MONTHS);
            var request = new FinancingRequest("chat-" + UUID.randomUUID(), state.getCustomerId(), amount,
                    term, "chat_precheck", null, null, null, null, null, null, conversationId, null);
            return new RiskCheck("financing", riskService.assessFinancing(request).decision());
        }
        if ("payment_failed".equals(analysis.intentName()) || afterFailedPaymentAnswer(state)) {
            return riskService.latestPaymentDecision(conversationId, state.signedCustomerId())
                    .map(d -> new RiskCheck("payment", d.decision().decision())).orElse(null);
        }
        return null;
    }

    /**
     * Whether the bot's last answer was about a failed payment: the FAQ's failed-payment entries (or their steps again),
     * the explanation of "why?" after them, or the payment decision's own answer. The rules' {@code aboutFailedPayment}
     * and {@code FailedPaymentStillFailsGoesToAPerson} read the same state; this only decides whether to look the
     * decision up for them.
     */
    private static boolean afterFailedPaymentAnswer(ConversationState state) {
        String action = state.getLastAction();
        String detail = state.getLastDetail();
        return ("kb_answer".equals(action) || "what_to_do".equals(action)) && detail != null
                && detail.startsWith("payment-failed")
                || "why".equals(action) && ("payment_failed".equals(detail) || "payment_failed_huabei".equals(detail))
                || "payment_declined".equals(action) || "payment_in_review".equals(action);
    }
}
