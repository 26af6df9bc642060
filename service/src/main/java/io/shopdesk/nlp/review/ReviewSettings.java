package io.shopdesk.nlp.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the review inbox ({@code GET /api/nlu/review}), of labelling, and of the release gate's checks beyond
 * the floors (docs/nlu.md, "Train and release", gives the figures that chose the defaults).
 *
 * @param confidenceBar    a shopper message the intent model placed with less confidence than this is in the inbox
 *                         even when the bot answered it (above the out-of-scope threshold, 0.45, but not sure)
 * @param maxExampleLength the longest text a supervisor may add as an example, in characters
 * @param intentF1Drop     a candidate is refused when, on the examples outside the reviewed files, an intent's
 *                         cross-validated F1 is more than this lower with the reviewed examples than without them, in
 *                         the same folds (0.03: 81 genuine paraphrase labels cost an intent 0.013 at most, 300 random
 *                         strings labelled greeting 0.035)
 * @param offTopicRise     a candidate is refused when it places a larger share of a language's off-topic probe
 *                         sentences in an intent than the live model plus this (0.05, five points: retraining on
 *                         barely changed data moved the English share by up to 3.2 points either way)
 * @param minLabelAgreement a candidate is refused when under this share of its new examples (the reviewed files', and
 *                         those of an intent the live model does not know) has its label among the 3 likeliest of a
 *                         model cross-validated without them, over all of them or over one intent's
 *                         {@code labelAgreementGroup} or more (a new intent's: placed so by the other folds' examples
 *                         of it). 0.5: genuine paraphrases 0.96, those the live model misses 0.90, a new intent of 20
 *                         real examples 0.70; random strings labelled greeting 0.21 at most
 * @param labelAgreementGroup the fewest new examples of one known intent that get a figure of their own
 * @param inboxCacheTtl    how long a classified inbox (per period and language) is reused before the transcripts
 *                         are read again for new messages; a label or a new live model replaces it at once. Zero
 *                         turns the cache off
 * @param inboxWarm        classify the inbox's texts (the longest period, {@code 90} days) in the background after
 *                         start and after each new live model, so the page's first request does not; its memory is the
 *                         prediction store's, capped at 100,000 texts (about 0.4 KB each; features are not kept)
 */
@ConfigurationProperties("shopdesk.nlp.review")
public record ReviewSettings(@DefaultValue("0.6") double confidenceBar, @DefaultValue("500") int maxExampleLength,
                             @DefaultValue("0.03") double intentF1Drop, @DefaultValue("0.05") double offTopicRise,
                             @DefaultValue("60s") java.time.Duration inboxCacheTtl,
                             @DefaultValue("0.5") double minLabelAgreement,
                             @DefaultValue("10") int labelAgreementGroup,
                             @DefaultValue("true") boolean inboxWarm) {
}
