package io.shopdesk.dialogue.internal;

import io.shopdesk.commerce.OrderDetails;
import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.OrderLookup;
import io.shopdesk.dialogue.OrderPart;
import io.shopdesk.recommendation.ProductMention;
import io.shopdesk.recommendation.RecommendationService;
import java.util.List;

/**
 * Places the products a shopper named with a request in the order looked up: those the order does not contain, and,
 * for an order sent in several parcels, the part of it the request is for ({@link OrderPart}). Stateless; thread-safe.
 */
public final class OrderRequestProducts {
    private OrderRequestProducts() {
    }

    /**
     * The look-up with the products the shopper named that its order does not contain: this message's, else those
     * named with the conversation's request ("I want to return the beanie", then the order number and its digits);
     * and, for an order sent in several parcels, the part of it the request is for ({@link OrderPart}).
     */
    public static OrderLookup placedIn(OrderLookup lookup, List<ProductMention> named, ConversationState state,
                                       RecommendationService shop) {
        if (lookup == null || !lookup.isFound()) {
            return lookup;
        }
        if (shop == null) {
            // No catalogue to place the products named: the part delivered, if any, of an order sent in several.
            return lookup.withPart(OrderPart.of(lookup.getOrder(), false, parcel -> false, lookup.today()));
        }
        List<ProductMention> asked = named.isEmpty() ? state.getRequestProducts() : named;
        OrderDetails order = lookup.getOrder();
        // Of an order sent in several parcels, the one that holds what was named ("return the bedding set"): its
        // delivery, not the order's latest parcel, answers the request (OrderPart).
        OrderPart part = OrderPart.of(order, !asked.isEmpty(), parcel -> parcel.isListed()
                && shop.notAmong(asked, parcel.items().stream().map(OrderDetails.Item::nameEn).toList()).isEmpty(),
                OrderPart.namesAll(asked.stream().map(ProductMention::shown).toList()),
                lookup.today());
        return lookup.withProductsNotInOrder(shop.notAmong(asked, order.itemsEn()).stream()
                .map(ProductMention::shown).toList()).withPart(part);
    }
}
