package io.shopdesk.recommendation.internal;

/**
 * What shoppers' own ratings (1 to 5, given after a purchase; {@code product_ratings}) say of one product: how many
 * and their mean. A comparison of cards tells it with its count, and only from a few ratings up. Immutable.
 *
 * @param count   how many shoppers rated it
 * @param average their mean rating
 */
public record RatingSummary(int count, double average) {
}
