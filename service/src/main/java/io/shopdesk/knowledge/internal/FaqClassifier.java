package io.shopdesk.knowledge.internal;

import io.shopdesk.knowledge.FaqEntry;
import io.shopdesk.nlp.intent.IntentExample;
import io.shopdesk.nlp.intent.IntentModel;
import io.shopdesk.nlp.intent.IntentTrainer;
import io.shopdesk.nlp.intent.MessageTokenizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A learned view of the FAQ: a maximum-entropy classifier from question wording to entry id, trained on the
 * entries' own question variants with the intent model's features (words, stems, character n-grams). It catches
 * paraphrases that share few exact words with the FAQ, which BM25 alone misses. Needs two entries or more; an
 * entry may have a single question. Immutable and thread-safe.
 */
final class FaqClassifier {
    private final IntentTrainer trainer;
    private final IntentModel model;

    FaqClassifier(List<FaqEntry> entries, MessageTokenizer tokenizer) {
        this.trainer = new IntentTrainer(tokenizer, IntentTrainer.Optimizer.LBFGS);
        // An entry written with a single question is common; the trainer wants two examples of every label, and the
        // same question twice teaches the model nothing else.
        List<IntentExample> examples = entries.stream()
                .flatMap(e -> (e.questions().size() == 1 ? List.of(e.questions().getFirst(), e.questions().getFirst())
                        : e.questions()).stream().map(q -> new IntentExample(q, e.id())))
                .toList();
        this.model = trainer.train(examples, 0);
    }

    /** The probability of each entry id for the question. */
    Map<String, Double> probabilities(String question) {
        double[] p = model.distribution(trainer.features(question));
        List<String> labels = model.labels();
        Map<String, Double> byId = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            byId.put(labels.get(i), p[i]);
        }
        return byId;
    }
}
