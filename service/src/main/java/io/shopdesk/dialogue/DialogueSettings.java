package io.shopdesk.dialogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param ruleSet     the rule set under {@code rules/} that decides turns
 * @param suggestions how many close FAQ questions a fallback offers
 */
@ConfigurationProperties("shopdesk.dialogue")
public record DialogueSettings(@DefaultValue("dialogue") String ruleSet,
                               @DefaultValue("3") int suggestions) {
}
