package io.shopdesk.dialogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param ruleSet                the rule set under {@code rules/} that decides turns
 * @param fallbacksBeforeHandoff consecutive misunderstandings after which the chat goes to a person
 * @param suggestions            how many close FAQ questions a fallback offers
 */
@ConfigurationProperties("shopdesk.dialogue")
public record DialogueSettings(@DefaultValue("dialogue") String ruleSet,
                               @DefaultValue("2") int fallbacksBeforeHandoff,
                               @DefaultValue("3") int suggestions) {
}
