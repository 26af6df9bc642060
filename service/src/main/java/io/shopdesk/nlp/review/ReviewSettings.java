package io.shopdesk.nlp.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the review inbox ({@code GET /api/nlu/review}) and of labelling.
 *
 * @param confidenceBar    a shopper message the intent model placed with less confidence than this is in the inbox
 *                         even when the bot answered it (above the out-of-scope threshold, 0.45, but not sure)
 * @param maxExampleLength the longest text a supervisor may add as an example, in characters
 */
@ConfigurationProperties("shopdesk.nlp.review")
public record ReviewSettings(@DefaultValue("0.6") double confidenceBar, @DefaultValue("500") int maxExampleLength) {
}
