package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.IntentCoverage;
import io.shopdesk.nlp.intent.IntentDataWarnings;
import io.shopdesk.nlp.intent.IntentExample;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which trained intents the bot leaves unanswered, as the release job's warnings and {@code /current} say it: those
 * {@link IntentCoverage} names, less a look-alike of {@code oos} ({@code out_of_scope}: the data's mistake, warned
 * about with its fix, rename it; out of scope is answered by the fallback), and less those the FAQ search answers by
 * their examples, which are listed apart ({@code searchAnswered}). Immutable.
 */
record AnswerCoverage(List<String> unanswered, List<IntentCoverage.SearchAnswer> searchAnswered) {
    static final AnswerCoverage NONE = new AnswerCoverage(List.of(), List.of());

    static AnswerCoverage of(IntentCoverage coverage, TrainingSnapshot data) {
        if (coverage == null) {
            return NONE;
        }
        List<String> open = coverage.unanswered(data.labels()).stream()
                .filter(label -> !IntentDataWarnings.looksLikeOutOfScope(label)).toList();
        if (open.isEmpty()) {
            return NONE;
        }
        Map<String, List<String>> examples = new LinkedHashMap<>();
        open.forEach(label -> examples.put(label, data.examples().stream().filter(e -> e.intent().equals(label))
                .map(IntentExample::text).toList()));
        List<IntentCoverage.SearchAnswer> searched = coverage.answeredBySearch(examples);
        Set<String> byFaq = searched.stream().map(IntentCoverage.SearchAnswer::intent).collect(Collectors.toSet());
        return new AnswerCoverage(open.stream().filter(label -> !byFaq.contains(label)).toList(), searched);
    }
}
