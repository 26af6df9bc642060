package io.shopdesk.recommendation;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param catalogue the folder with {@code products.csv} and {@code attributes.csv}
 * @param ruleSet   the rule set under {@code rules/} that decides when and what to recommend
 * @param maxCards  product cards in one reply at most
 * @param modelDir  a folder written by {@code reco train} to serve instead of training on the database's
 *                  interactions at start-up; empty = train at start-up
 * @param usdToCny  the rate for price ceilings given in dollars ("under $50"); catalogue prices are CNY
 * @param linkPrefix where a card links to, followed by the sku
 * @param maxRuleFirings how many rule firings one turn's recommendation may take before it stops as a rule loop (no
 *                  cards, an error in the log naming the looping rules); 0 means the default, 10,000
 */
@ConfigurationProperties("shopdesk.recommendation")
public record RecommendationSettings(@DefaultValue("knowledge-base/products") Path catalogue,
                                     @DefaultValue("recommendation") String ruleSet,
                                     @DefaultValue("3") int maxCards,
                                     Path modelDir,
                                     @DefaultValue("7.2") double usdToCny,
                                     @DefaultValue("/products/") String linkPrefix,
                                     @DefaultValue("10000") int maxRuleFirings) {

    public RecommendationSettings {
        maxRuleFirings = maxRuleFirings <= 0 ? io.shopdesk.ruleengine.CompiledRuleSet.DEFAULT_MAX_FIRINGS : maxRuleFirings;
    }
}
