package io.shopdesk.nlp.internal;

import io.shopdesk.nlp.Annotations;
import io.shopdesk.nlp.Key;
import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.NlpSettings;
import io.shopdesk.nlp.Stage;
import io.shopdesk.nlp.intent.IntentDataReader;
import io.shopdesk.nlp.intent.IntentFeaturizer;
import io.shopdesk.nlp.intent.IntentModel;
import io.shopdesk.nlp.intent.IntentTrainer;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The intent with its confidence, the three best intents, and out-of-scope detection, from a model trained at
 * start-up on {@code nlp-models/intents/*.csv}. Thread-safe: the model is immutable.
 */
@Component
public class IntentStage implements Stage {
    private static final Logger log = LoggerFactory.getLogger(IntentStage.class);

    private final IntentModel model;

    public IntentStage(StageTokenizer tokenizer, NlpSettings settings) {
        long start = System.nanoTime();
        var examples = IntentDataReader.readFolder(settings.modelsDir().resolve("intents"));
        this.model = new IntentTrainer(tokenizer).train(examples, settings.oosThreshold());
        log.info("Trained the intent model on {} examples, {} intents, {} features in {} ms", examples.size(),
                model.labels().size(), model.featureCount(), (System.nanoTime() - start) / 1_000_000);
    }

    public IntentModel model() {
        return model;
    }

    @Override
    public String name() {
        return "intent";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.LANGUAGE, Keys.TOKENS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.INTENT);
    }

    @Override
    public void process(Annotations annotations) {
        var features = IntentFeaturizer.features(annotations.text(), annotations.language(),
                annotations.getOrDefault(Keys.TOKENS, List.of()));
        annotations.put(Keys.INTENT, model.predict(features));
    }
}
