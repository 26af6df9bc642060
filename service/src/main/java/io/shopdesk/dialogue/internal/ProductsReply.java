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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Product cards after the dialogue rules decided, when the recommendation rules say this is the moment. They replace
 * a fallback (the shopper asked for products, not for an FAQ) and the question about a card shown, which they answer,
 * and follow any other reply. The products reply names the dialogue rule that decided the turn (ProductNamed,
 * ProductRequested, QuestionAboutShownCard when the cards answer the message), or the recommendation rule when the
 * dialogue fell back; its reason names the recommendation rule. When no products come for a fallback ProductNamed or
 * ProductRequested decided, the "did you mean" left names the catch-all Fallback. The state is read before this turn updates it, after the rules: a problem reported in this message counts
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

    /**
     * The dialogue rules that leave a message to the product cards by deciding a fallback (ProductNamed,
     * ProductRequested): when no cards replace the fallback, the "did you mean" that stays names the catch-all
     * {@link #FALLBACK}, not a products rule on a reply with no products.
     */
    private static final Set<String> LEFT_TO_PRODUCTS = Set.of("ProductNamed", "ProductRequested");
    /** The catch-all dialogue rule of a message nothing understood. */
    private static final String FALLBACK = "Fallback";

    private final ObjectProvider<RecommendationService> recommendations;

    public ProductsReply(ObjectProvider<RecommendationService> recommendations) {
        this.recommendations = recommendations;
    }

    /** {@code replies} with the products reply added or in their place; {@code order}: the conversation's, or null. */
    public List<Reply> addTo(List<Reply> replies, String conversationId, Analysis analysis, Language language,
                             ConversationState state, Decision decision, OrderDetails order) {
        RecommendationService service = recommendations.getIfAvailable();
        if (service == null) {
            return fallbackWithoutProducts(replies, decision);
        }
        return service.recommend(new RecommendationRequest(conversationId, analysis, language, state.getCustomerId(),
                        state.getLastIntent(), state.isHandedOff(), decision.getAction(), order,
                        state.getOrderRequest(), state.isProblemReported(), state.isUpset(),
                        decision.getDetail()))
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
                .orElseGet(() -> fallbackWithoutProducts(replies, decision));
    }

    /**
     * The replies when no products came: a fallback a products rule decided (ProductRequested for "compare prices with
     * other shops", which the intent model calls a product inquiry) is the "did you mean" of a message nothing
     * understood, so it and the decision name {@link #FALLBACK}, as the transcript and the agent's view should.
     * Every other reply is as it was.
     */
    private static List<Reply> fallbackWithoutProducts(List<Reply> replies, Decision decision) {
        if (!"fallback".equals(decision.getAction()) || !LEFT_TO_PRODUCTS.contains(decision.getRule())) {
            return replies;
        }
        String leftTo = decision.getRule();
        decision.decide("fallback", decision.getDetail(), FALLBACK);
        return replies.stream().map(reply -> "fallback".equals(reply.type()) && leftTo.equals(reply.data().get("rule"))
                ? withRule(reply, FALLBACK) : reply).toList();
    }

    private static Reply withRule(Reply reply, String rule) {
        Map<String, Object> data = new LinkedHashMap<>(reply.data());
        data.put("rule", rule);
        return new Reply(reply.type(), reply.text(), data);
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
