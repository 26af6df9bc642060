package io.shopdesk.recommendation;

import io.shopdesk.recommendation.internal.AskedQuality;
import io.shopdesk.recommendation.internal.AvailabilityQuestion;
import io.shopdesk.recommendation.internal.DeviceWords;
import io.shopdesk.recommendation.internal.ProductFollowUps;
import io.shopdesk.recommendation.internal.ProductQuality;
import io.shopdesk.recommendation.internal.ProductQueryParser;
import io.shopdesk.recommendation.internal.ShownCardMessage;
import java.util.List;
import java.util.Optional;

/**
 * A shopper's message read for products, before the recommendation rules fire: the cards the conversation was last
 * shown and what the message asks of them, the kind of product it asks for in words no category word covers (or the
 * device a product should fit), the follow-up it is to the last cards, the query with that follow-up merged, and
 * the turn as the rules see it ({@link RecoTurn}). Apart from {@link RecommendationService}, which fires the rules
 * and answers, because this is only the reading. Immutable; made once per turn.
 *
 * @param lastShown    the cards the conversation was last shown, in their order, as the catalogue has them now
 * @param aboutCard    what the message asks about those cards (or, with none shown, a card by place); else empty
 * @param availability the kind of product asked for in words no category word covers, or {@link AvailabilityQuestion#NONE}
 * @param device       the phone or device model word the message names ("iphone cases"), or empty
 * @param refined      the follow-up the message is to the last cards ("any cheaper ones?"), or the quality a new
 *                     request names ("a warm jacket"), or empty
 * @param query        the query the candidates are selected for: the follow-up's, merged, else the message's own
 * @param turn         the fact the recommendation rules read
 */
record ProductTurn(List<Product> lastShown, Optional<ShownCardMessage> aboutCard, AvailabilityQuestion availability,
                   Optional<DeviceWords.DeviceMention> device, Optional<ProductFollowUps.Refinement> refined,
                   ProductQuery query, RecoTurn turn) {

    /** Reads the request's message against the catalogue in service and the conversation's last cards. */
    static ProductTurn read(RecommendationRequest request, CatalogueInService serving, ShownCardAnswers shownCards,
                            ProductFollowUps followUps) {
        ProductCatalogue catalogue = serving.catalogue();
        ProductQueryParser messageParser = serving.parser();
        List<Product> lastShown = shownCards.shownProducts(request.conversationId(), catalogue);
        Optional<ShownCardMessage> aboutCard = shownCards.message(request.conversationId(), request.analysis(),
                lastShown, serving);
        ProductQuery message = messageParser.parse(request.analysis());
        // A kind of product named in words no category word covers ("do you sell phones?", "有冰箱吗"): the rules say
        // "not sold" when no product is one, and the cards narrow to those that are when some are. A category word
        // no product has ("blender" before the shop had one) is "not sold" too, unless it names a whole category.
        AvailabilityQuestion availability = message.productSku() != null ? AvailabilityQuestion.NONE
                : message.category() == null
                ? AvailabilityQuestion.of(request.analysis(), catalogue, messageParser::isAttributeWord)
                : AvailabilityQuestion.ofCategoryWord(message.term(), message.category(), catalogue,
                        messageParser::isWholeCategoryWord);
        // A phone or device model word ("iphone cases", "airpods case", 苹果壳) says what the product fits, not what it is:
        // the products are found by the kind of device in its place ("phone case"), and the reply notes the fit.
        Optional<DeviceWords.DeviceMention> device = serving.devices().in(request.analysis().text());
        if (device.isPresent() && message.productSku() == null && message.category() == null) {
            AvailabilityQuestion forDevice = AvailabilityQuestion.ofDevice(device.get(), catalogue);
            availability = forDevice.carried() ? forDevice : availability;
        }
        ProductQuery parsed = availability.carried() ? message.withTerm(availability.catalogueWord()) : message;
        // A question about a card shown refines nothing: "is the second one available in black?" is about that card.
        Optional<ProductQuality> quality = serving.qualities().in(request.analysis().text());
        Optional<ProductFollowUps.Refinement> followUp = aboutCard.isPresent() ? Optional.empty()
                : followUps.refine(request.conversationId(), request.analysis().text(), parsed, lastShown, quality);
        // A new request that names a quality the catalogue tags ("recommend me a warm jacket under 1000"): the
        // products must have it, as for "something warmer" after cards, and the reply says so when none has.
        Optional<ProductFollowUps.Refinement> refined = followUp.isPresent() || aboutCard.isPresent()
                || parsed.productSku() != null ? followUp
                : AskedQuality.ofRequest(quality).map(asked -> new ProductFollowUps.Refinement(parsed, null, null,
                        java.util.Set.of(), false, asked, null));
        ProductQuery query = refined.map(ProductFollowUps.Refinement::query).orElse(parsed);
        // After cards, a message that neither refines them nor names anything to choose products by ("something
        // nicer?") is asked what to change, not shown the popular products (rule AskWhatToChangeAfterCards).
        boolean unreadFollowUp = !lastShown.isEmpty() && refined.isEmpty() && aboutCard.isEmpty()
                && namesNothing(parsed) && availability.thing() == null && !availability.service();
        RecoTurn turn = RecoTurn.of(request, parsed, query, availability, followUp.isPresent(),
                messageParser.statesProductProblem(request.analysis().text()),
                aboutCard.map(ShownCardMessage::code).orElse(null), unreadFollowUp);
        return new ProductTurn(lastShown, aboutCard, availability, device, refined, query, turn);
    }

    /** Whether a message names nothing products could be chosen by: no product, category, person, interest, attribute, price or gift. */
    private static boolean namesNothing(ProductQuery parsed) {
        return parsed.productSku() == null && parsed.category() == null && parsed.term() == null
                && parsed.recipient() == null && parsed.interests().isEmpty() && parsed.attributes().isEmpty()
                && !parsed.hasPrice() && !parsed.gift();
    }
}
