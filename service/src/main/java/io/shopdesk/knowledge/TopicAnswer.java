package io.shopdesk.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The FAQ answer within an intent's topic, for a question the search alone is not sure of. The intent model says
 * what the question is about (its categories, {@link IntentTopics}); the FAQ classifier says which entry: among the
 * hits in those categories, the one with the highest probability is the answer when it holds at least
 * {@code minShare} of their summed probability (one entry clearly ahead of the topic's others), the intent is at least
 * {@code minIntentConfidence} sure, the entry covers at least {@code minCoverage} of the question's words, and its own
 * probability is at least {@code minProbability} (the floor every FAQ answer has, {@link AnswerGate}): a leader among
 * a topic's near-zero probabilities is no answer.
 * Failing that, the search's own first hit is the answer when it is in the topic and has those two floors
 * ({@link #firstHitInTopic}). Otherwise there is no answer, and the dialogue falls back as before. Chosen on the shipped paraphrase sets
 * (docs/nlu.md, "Answers within the intent's topic"). Immutable and thread-safe.
 */
public record TopicAnswer(double minIntentConfidence, double minShare, double minCoverage, double minProbability) {

    /**
     * @param hits the hits of every search made for the question (an entry may come more than once; its best
     *             probability counts)
     * @return a confident result whose first hit is the topic's answer, or empty
     */
    public Optional<KbSearchResult> answer(Set<String> categories, double intentConfidence, List<KbHit> hits) {
        if (categories.isEmpty() || intentConfidence < minIntentConfidence) {
            return Optional.empty();
        }
        Map<String, KbHit> inTopic = bestInTopic(categories, hits);
        double total = inTopic.values().stream().mapToDouble(KbHit::probability).sum();
        Optional<KbHit> best = inTopic.values().stream().max(java.util.Comparator.comparingDouble(KbHit::probability));
        if (best.isEmpty() || total <= 0 || best.get().probability() / total < minShare
                || best.get().coverage() < minCoverage || best.get().probability() < minProbability) {
            return Optional.empty();
        }
        return Optional.of(new KbSearchResult(topicFirst(inTopic, hits), true, String.join(",", new TreeSet<>(categories))));
    }

    /**
     * The search's own first hit when it lies in the intent's categories, the intent is at least
     * {@code minIntentConfidence} sure, and the hit has the floors every answer has ({@code minCoverage},
     * {@code minProbability}). The intent model and the FAQ ranking, two models trained apart, then agree on the topic,
     * which stands in for the confidence (the mean of probability and coverage, {@link AnswerGate}) the search alone
     * needs: "怎么新建一个账号" has account-register first (0.18 / 0.26) and account_issue at 0.99. For a topic whose
     * entries share the probability, so that none holds {@code minShare} of it ({@link #answer}).
     *
     * @param searched the search of the message (its slots left out)
     * @return a confident result, or empty
     */
    public Optional<KbSearchResult> firstHitInTopic(Set<String> categories, double intentConfidence, KbSearchResult searched) {
        if (categories.isEmpty() || intentConfidence < minIntentConfidence || searched.hits().isEmpty()) {
            return Optional.empty();
        }
        KbHit first = searched.hits().getFirst();
        if (!categories.contains(first.entry().category()) || first.coverage() < minCoverage
                || first.probability() < minProbability) {
            return Optional.empty();
        }
        return Optional.of(new KbSearchResult(searched.hits(), true, String.join(",", new TreeSet<>(categories))));
    }

    /**
     * The hits with those in the intent's categories first (each entry once, by its best probability), for the
     * fallback's "did you mean" suggestions when there is no answer: the intent is sure of the topic even when no
     * entry in it is a clear answer. Not confident. Empty categories or an unsure intent leave {@code hits} as they are.
     */
    public KbSearchResult suggestions(Set<String> categories, double intentConfidence, KbSearchResult searched,
                                      List<KbHit> hits) {
        if (categories.isEmpty() || intentConfidence < minIntentConfidence) {
            return searched;
        }
        Map<String, KbHit> inTopic = bestInTopic(categories, hits);
        return inTopic.isEmpty() ? searched : new KbSearchResult(topicFirst(inTopic, hits), false);
    }

    /** Each entry in the categories once, as its most probable hit. */
    private static Map<String, KbHit> bestInTopic(Set<String> categories, List<KbHit> hits) {
        Map<String, KbHit> inTopic = new LinkedHashMap<>();
        for (KbHit hit : hits) {
            if (categories.contains(hit.entry().category())) {
                inTopic.merge(hit.entry().id(), hit, (a, b) -> a.probability() >= b.probability() ? a : b);
            }
        }
        return inTopic;
    }

    private static List<KbHit> topicFirst(Map<String, KbHit> inTopic, List<KbHit> hits) {
        List<KbHit> ordered = new ArrayList<>(inTopic.values().stream()
                .sorted(java.util.Comparator.comparingDouble(KbHit::probability).reversed()).toList());
        hits.stream().filter(h -> ordered.stream().noneMatch(o -> o.entry().id().equals(h.entry().id())))
                .forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
