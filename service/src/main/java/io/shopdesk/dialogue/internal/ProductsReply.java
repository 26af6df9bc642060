package io.shopdesk.dialogue.internal;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.RecommendationRequest;
import io.shopdesk.recommendation.RecommendationService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Product cards after the dialogue rules decided, when the recommendation rules say this is the moment. They replace
 * a fallback (the shopper asked for products, not for an FAQ) and the question about a card shown, which they answer,
 * and follow any other reply. The products reply names the dialogue rule that decided the turn (ProductNamed,
 * ProductRequested, QuestionAboutShownCard when the cards answer the message), or the recommendation rule when the
 * dialogue fell back; its reason names the recommendation rule. The state is read before this turn updates it, after the rules: a problem reported in this message counts
 * already. Without the recommendation module, the replies stay as they are. Thread-safe; the decision it may change
 * is the turn's own.
 */
public final class ProductsReply {
    /**
     * Actions whose reply the products reply replaces: a fallback (nothing else answered the message, which asked for
     * products) and a question about a card shown, which only the recommendation module can answer.
     */
    private static final Set<String> REPLACED_BY_PRODUCTS = Set.of("fallback", "shown_card");

    /**
     * The dialogue rules that decide a turn nothing understood. ProductNamed and ProductRequested decide a fallback too,
     * but as the products' own rules, and keep their names.
     */
    private static final Set<String> NOT_UNDERSTOOD = Set.of("Fallback", "DeclineOffTopic");

    private final ObjectProvider<RecommendationService> recommendations;

    public ProductsReply(ObjectProvider<RecommendationService> recommendations) {
        this.recommendations = recommendations;
    }

    /** {@code replies} with the products reply added or in their place; {@code order}: the conversation's, or null. */
    public List<Reply> addTo(List<Reply> replies, String conversationId, Analysis analysis, Language language,
                             ConversationState state, Decision decision, OrderDetails order) {
        RecommendationService service = recommendations.getIfAvailable();
        if (service == null) {
            return replies;
        }
        return service.recommend(new RecommendationRequest(conversationId, analysis, language, state.getCustomerId(),
                        state.getLastIntent(), state.isHandedOff(), decision.getAction(), order,
                        state.getOrderRequest(), state.isProblemReported(), state.isUpset()))
                .map(s -> {
                    String rule = answeringRule(decision, s.reason());
                    Reply products = new Reply("products", s.text(), Map.of("rule", rule,
                            "cards", s.cards(), "reason", s.reason()));
                    if (REPLACED_BY_PRODUCTS.contains(decision.getAction())) {
                        // The cards answer the message: it is not a misunderstanding, for the counters and the
                        // escalation rules.
                        decision.decide("products", null, rule);
                        return List.of(products);
                    }
                    List<Reply> all = new ArrayList<>(replies);
                    all.add(products);
                    return List.copyOf(all);
                })
                .orElse(replies);
    }

    /**
     * The rule a products reply names: the dialogue rule that decided the turn, unless that was one of the rules for a
     * message nothing understood (Fallback, DeclineOffTopic: "what about 100 to 150?" after cards, which the intent model
     * calls off-topic), which the cards replace. A fallback's name on cards reads as "the bot did not understand", so they name the recommendation rule
     * that chose them instead.
     */
    private static String answeringRule(Decision decision, Map<String, Object> reason) {
        Object recommendationRule = reason.get("rule");
        return NOT_UNDERSTOOD.contains(decision.getRule()) && recommendationRule != null
                ? recommendationRule.toString() : decision.getRule();
    }
}
