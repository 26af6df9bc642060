package io.shopdesk.knowledge;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param source       the {@code knowledge-base/} folder ({@code faq/faq-<lang>.yml}, {@code synonyms/synonyms-<lang>.txt})
 * @param minConfidence the calibrated minimum of {@link KbHit#confidence()}: below it no answer is given. Calibrated
 *                     on the shipped paraphrase and unrelated-question sets (see docs/benchmarks.md)
 * @param minCoverage  the minimum share of the question's weight the entry covers (see {@link KbHit#coverage()})
 * @param minProbability the minimum of the FAQ classifier's probability for the entry (see {@link AnswerGate})
 * @param topicMinIntentConfidence how sure the intent must be for its FAQ categories to be searched when the message
 *                     alone gets no answer ({@link TopicAnswer})
 * @param topicMinShare the share of the topic's probability the answer within it must hold ({@link TopicAnswer})
 * @param maxHits      how many entries a search returns
 * @param pollInterval how often the folder is checked for edits
 */
@ConfigurationProperties("shopdesk.knowledge")
public record KnowledgeSettings(
        @DefaultValue("knowledge-base") Path source,
        @DefaultValue("0.35") double minConfidence,
        @DefaultValue("0.1") double minCoverage,
        @DefaultValue("0.12") double minProbability,
        @DefaultValue("0.8") double topicMinIntentConfidence,
        @DefaultValue("0.5") double topicMinShare,
        @DefaultValue("5") int maxHits,
        @DefaultValue("2s") Duration pollInterval) {

    public AnswerGate answerGate() {
        return new AnswerGate(minConfidence, minCoverage, minProbability);
    }

    public TopicAnswer topicAnswer() {
        return new TopicAnswer(topicMinIntentConfidence, topicMinShare, minCoverage, minProbability);
    }
}
