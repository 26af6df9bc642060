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
 * {@code minIntentConfidence} sure, and the entry covers at least {@code minCoverage} of the question's words.
 * Otherwise there is no answer, and the dialogue falls back as before. Chosen on the shipped paraphrase sets
 * (docs/nlu.md, "Answers within the intent's topic"). Immutable and thread-safe.
 */
public record TopicAnswer(double minIntentConfidence, double minShare, double minCoverage) {

    /**
     * @param hits the hits of every search made for the question (an entry may come more than once; its best
     *             probability counts)
     * @return a confident result whose first hit is the topic's answer, or empty
     */
    public Optional<KbSearchResult> answer(Set<String> categories, double intentConfidence, List<KbHit> hits) {
        if (categories.isEmpty() || intentConfidence < minIntentConfidence) {
            return Optional.empty();
        }
        Map<String, KbHit> inTopic = new LinkedHashMap<>();
        for (KbHit hit : hits) {
            if (categories.contains(hit.entry().category())) {
                inTopic.merge(hit.entry().id(), hit, (a, b) -> a.probability() >= b.probability() ? a : b);
            }
        }
        double total = inTopic.values().stream().mapToDouble(KbHit::probability).sum();
        Optional<KbHit> best = inTopic.values().stream().max(java.util.Comparator.comparingDouble(KbHit::probability));
        if (best.isEmpty() || total <= 0 || best.get().probability() / total < minShare
                || best.get().coverage() < minCoverage) {
            return Optional.empty();
        }
        List<KbHit> ordered = new ArrayList<>(List.of(best.get()));
        hits.stream().filter(h -> !h.entry().id().equals(best.get().entry().id()))
                .filter(h -> ordered.stream().noneMatch(o -> o.entry().id().equals(h.entry().id())))
                .forEach(ordered::add);
        return Optional.of(new KbSearchResult(List.copyOf(ordered), true, String.join(",", new TreeSet<>(categories))));
    }
}
