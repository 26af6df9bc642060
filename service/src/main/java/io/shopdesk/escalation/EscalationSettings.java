package io.shopdesk.escalation;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param ruleSet                   the rule set under {@code rules/} that decides escalations
 * @param fallbacksBeforeEscalation consecutive misunderstandings after which a person takes over
 * @param highValueOrder            order total from which a complaint goes to a person at once
 * @param negativeSentiment         sentiment (-1..1) at or below which a shopper counts as upset
 * @param sentimentLexicon          the Chinese sentiment lexicon (CSV {@code word,score})
 * @param englishSentiment          {@code corenlp}: English sentiment by CoreNLP, after the reply (off the hot path);
 *                                  {@code off}: none
 * @param englishSentimentQueue     English messages waiting for sentiment; beyond it the oldest are skipped (logged)
 */
@ConfigurationProperties("shopdesk.escalation")
public record EscalationSettings(@DefaultValue("escalation") String ruleSet,
                                 @DefaultValue("2") int fallbacksBeforeEscalation,
                                 @DefaultValue("2000") double highValueOrder,
                                 @DefaultValue("-0.5") double negativeSentiment,
                                 @DefaultValue("nlp-models/sentiment/zh-sentiment.csv") Path sentimentLexicon,
                                 @DefaultValue("corenlp") String englishSentiment,
                                 @DefaultValue("200") int englishSentimentQueue) {

    public EscalationPolicy policy() {
        return new EscalationPolicy(fallbacksBeforeEscalation, highValueOrder, negativeSentiment);
    }
}
