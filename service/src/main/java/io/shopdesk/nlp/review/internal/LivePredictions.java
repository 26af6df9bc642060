package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.IntentPrediction;
import io.shopdesk.nlp.intent.IntentModel;
import io.shopdesk.nlp.intent.IntentTrainer;
import io.shopdesk.nlp.internal.IntentStage;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one live intent model makes of the inbox's texts, kept while that model serves. A text's prediction depends
 * only on the text and the model (the stage's tokeniser, embeddings and featurising do not change while it runs), so
 * a label, an undo, another period or language reuses it, and only texts not seen before are featurised and
 * classified, each once, on the common fork-join pool (featurising is most of a first request's cost). A new model
 * starts an empty store; the store is emptied when it holds more than {@link #MAX_TEXTS}, which bounds its memory
 * (a prediction and its text, about 0.4 KB estimated: some 40 MB at most; the texts' features are never kept).
 * Thread-safe (the store is concurrent; classifying for one model is serialised, so a request waits for the warm-up
 * rather than repeating it).
 */
final class LivePredictions {
    /** Twice the groups one request can read: the texts of a few periods, a few megabytes. */
    static final int MAX_TEXTS = 2 * MissedMessages.MAX_ROWS;

    private record Store(IntentModel model, Map<String, IntentPrediction> byText) {
    }

    private final IntentStage intents;
    private volatile Store store = new Store(null, new ConcurrentHashMap<>());

    LivePredictions(IntentStage intents) {
        this.intents = intents;
    }

    /** {@code model}'s prediction of every text in {@code texts}, by text. */
    Map<String, IntentPrediction> of(IntentModel model, List<String> texts) {
        Store current = store;
        if (current.model() != model || current.byText().size() > MAX_TEXTS) {
            current = new Store(model, new ConcurrentHashMap<>());
            store = current;
        }
        Map<String, IntentPrediction> known = current.byText();
        if (!texts.stream().allMatch(known::containsKey)) {
            // One classification at a time per model: a request that comes while the background warm-up
            // (InboxWarmer) classifies waits for it and then finds its texts, instead of featurising them again
            // beside it on the same cores.
            synchronized (current) {
                LinkedHashSet<String> unseen = new LinkedHashSet<>();
                for (String text : texts) {
                    if (!known.containsKey(text)) {
                        unseen.add(text);
                    }
                }
                IntentTrainer trainer = intents.trainer();
                unseen.parallelStream().forEach(text -> known.put(text, model.predict(trainer.features(text))));
            }
        }
        Map<String, IntentPrediction> predicted = new HashMap<>(texts.size() * 2);
        for (String text : texts) {
            predicted.put(text, known.get(text));
        }
        return predicted;
    }
}
