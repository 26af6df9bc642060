package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.recommendation.Product;
import io.shopdesk.recommendation.RecommendationService;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a message's instalment question ({@link InstalmentWording}) and finds what it is about, for the plan table to
 * answer. A message is an instalment question when its own words or the intent model say so, or when it is a short
 * follow-up of an instalment answer (the FAQ's instalment entries, a quote, the pre-check's "available") that gives a
 * term, an amount or a product: "12 months", 12期, "6000?", "and 6 months?". The price comes from, in this order: a
 * product the message names, an amount it names, and, when it asks for a term or a monthly amount, a card shown it
 * points at (第一个), the product or amount quoted just before, the card in view (the one discussed, or the only one
 * shown that is no accessory). "Can I pay in instalments?" after a card thus stays the card's answer, while "12
 * months" after it is a quote. The provider is the message's, else the last instalment answer's (the Huabei entry); a
 * price alone right after an instalment answer ("5999的" after "12期") keeps that answer's term, and a provider alone
 * right after a quote (花呗呢, "what about with a credit card?") keeps its price and term.
 * Thread-safe; the state it reads is the caller's.
 */
public final class InstalmentAskReader {
    /** How short a follow-up without instalment words of its own must be: "12 months", "what about 6 months?". */
    private static final int FOLLOW_UP_ZH = 16;
    private static final int FOLLOW_UP_EN = 48;
    static final String QUOTE_ACTION = "instalment_plan";

    private InstalmentAskReader() {
    }

    /**
     * @param shop the recommendation module, for products and the cards shown; null without it (amounts only)
     */
    public static InstalmentAsk read(Analysis analysis, String language, ConversationState state, String conversationId,
                                     RecommendationService shop, InstalmentPlans plans) {
        InstalmentWording words = new InstalmentWording(analysis);
        boolean about = words.aboutInstalments();
        boolean followUp = followsInstalmentAnswer(state)
                && ShortMessage.within(analysis.text(), language, FOLLOW_UP_ZH, FOLLOW_UP_EN);
        boolean context = words.namesInstalments() || followUp;
        int term = words.term(context);
        if (term == 0 && QUOTE_ACTION.equals(state.getLastAction())) {
            // "and 6?", 3呢 right after a quote: another term for the same price.
            term = words.bareTerm();
        }
        BigDecimal amount = words.amount(context);
        Product named = shop == null || words.productSku() == null ? null
                : shop.catalogue().find(words.productSku()).orElse(null);
        // 花呗呢, "what about with a credit card?" right after a quote: the same price (and term) with that provider. It
        // was "did you mean": a provider alone gives no term, amount or product to quote.
        boolean otherProvider = followUp && term == 0 && amount == null && named == null && words.provider() != null
                && quotedJustBefore(state);
        if (!about && !(followUp && (term > 0 || amount != null || named != null || otherProvider))) {
            return InstalmentAsk.none(plans);
        }
        String provider = words.provider() != null ? words.provider() : providerBefore(state);
        Product product = named;
        String from = named != null ? "product" : amount != null ? "amount" : null;
        if (from == null && (term > 0 || words.asksMonthly() || otherProvider)) {
            Optional<Product> pointed = shop == null ? Optional.empty() : shop.cardPointedAt(conversationId, analysis);
            if (pointed.isPresent()) {
                product = pointed.get();
                from = "card";
            } else if (quotedJustBefore(state)) {
                product = state.getInstalmentSku() == null || shop == null ? null
                        : shop.catalogue().find(state.getInstalmentSku()).orElse(null);
                amount = product == null ? state.getInstalmentAmount() : null;
                from = product != null || amount != null ? "earlier" : null;
            }
            if (from == null && shop != null) {
                product = shop.cardInView(conversationId).orElse(null);
                from = product != null ? "card" : null;
            }
        }
        // "5999的" right after "12 months" was answered: the same term, for that price.
        if (term == 0 && from != null && QUOTE_ACTION.equals(state.getLastAction())) {
            term = state.getInstalmentTerm();
        }
        boolean asked = term > 0 || from != null;
        return new InstalmentAsk(asked, term, provider, product, product == null ? amount : null, from, plans, null);
    }

    /** Whether the bot's last answer was about instalments: an FAQ instalment entry, a quote, the pre-check's yes. */
    static boolean followsInstalmentAnswer(ConversationState state) {
        String action = state.getLastAction();
        String detail = state.getLastDetail();
        return QUOTE_ACTION.equals(action) || "instalments_available".equals(action)
                || ("kb_answer".equals(action) && detail != null && detail.startsWith("instalments-"));
    }

    private static boolean quotedJustBefore(ConversationState state) {
        return QUOTE_ACTION.equals(state.getLastAction())
                && (state.getInstalmentSku() != null || state.getInstalmentAmount() != null);
    }

    /** The provider the last instalment answer was about: the Huabei or credit-card FAQ entry, or the last quote's. */
    private static String providerBefore(ConversationState state) {
        if ("kb_answer".equals(state.getLastAction()) && state.getLastDetail() != null) {
            return switch (state.getLastDetail()) {
                case "instalments-huabei" -> "huabei";
                case "instalments-credit-card" -> "credit_card";
                default -> null;
            };
        }
        return QUOTE_ACTION.equals(state.getLastAction()) ? state.getInstalmentProvider() : null;
    }
}
