package io.shopdesk.recommendation;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;

/**
 * One turn, as the dialogue hands it over after deciding: the analysis, the reply language, who the shopper is
 * (customer id or null), the previous intent, whether a person has the conversation, the dialogue's action and the
 * order it told about (or null), and what the shopper asked to do with their order while it is being answered (return,
 * exchange, cancel, change_address, faulty, not_received; null when nothing).
 *
 * @param problemReported the shopper said in this conversation that something they have is wrong, or complained
 * @param upset           a message of the shopper's in this conversation read as negative
 * @param dialogueDetail  the detail of the dialogue's action (the FAQ entry it answered with, for kb_answer), or null
 */
public record RecommendationRequest(String conversationId, Analysis analysis, Language language, Long customerId,
                                    String lastIntent, boolean handedOff, String dialogueAction, OrderDetails order,
                                    String orderRequest, boolean problemReported, boolean upset,
                                    String dialogueDetail) {

    /** A turn whose action's detail does not matter to the rules. */
    public RecommendationRequest(String conversationId, Analysis analysis, Language language, Long customerId,
                                 String lastIntent, boolean handedOff, String dialogueAction, OrderDetails order,
                                 String orderRequest, boolean problemReported, boolean upset) {
        this(conversationId, analysis, language, customerId, lastIntent, handedOff, dialogueAction, order,
                orderRequest, problemReported, upset, null);
    }

    /** A turn with no request about an order open, in a conversation without a problem or an upset shopper. */
    public RecommendationRequest(String conversationId, Analysis analysis, Language language, Long customerId,
                                 String lastIntent, boolean handedOff, String dialogueAction, OrderDetails order) {
        this(conversationId, analysis, language, customerId, lastIntent, handedOff, dialogueAction, order, null,
                false, false);
    }
}
