package io.shopdesk.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.internal.StagesForTests;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the static sentence vectors add to the sparse features: an English message that shares no content word with
 * the training messages still lands on the intent its meaning is closest to. Chinese messages get no vector.
 */
class SentenceVectorFeaturesTest {
    static final List<IntentExample> EXAMPLES = List.of(
            new IntentExample("where is my parcel", "order_status"),
            new IntentExample("track my parcel", "order_status"),
            new IntentExample("has my parcel shipped yet", "order_status"),
            new IntentExample("cancel my order", "cancel_order"),
            new IntentExample("cancel the purchase", "cancel_order"),
            new IntentExample("I want to cancel", "cancel_order"),
            new IntentExample("hello there", "greeting"),
            new IntentExample("good morning", "greeting"),
            new IntentExample("hi", "greeting"));

    @Test
    void paraphrasesWithNewWordsMoveTowardsTheirIntentThroughTheVectors() {
        IntentTrainer withVectors = StagesForTests.intentTrainer();
        IntentTrainer sparseOnly = new IntentTrainer(StagesForTests.tokenizer());
        IntentModel dense = withVectors.train(EXAMPLES, 0);
        IntentModel sparse = sparseOnly.train(EXAMPLES, 0);
        List<String> paraphrases = List.of("the delivery, is it coming", "where is my delivery", "follow my shipment",
                "locate my package", "where did the shipment go");

        double withVector = 0;
        double without = 0;
        for (String text : paraphrases) {
            assertThat(dense.predict(withVectors.features(text)).name()).as(text).isEqualTo("order_status");
            withVector += orderStatus(dense, withVectors, text) / paraphrases.size();
            without += orderStatus(sparse, sparseOnly, text) / paraphrases.size();
        }
        assertThat(sparse.predict(sparseOnly.features("the delivery, is it coming")).name()).isNotEqualTo("order_status");
        assertThat(withVector).isGreaterThan(without + 0.05);
        assertThat(dense.embeddingsSha256()).isEqualTo(StagesForTests.embeddings().sha256());
        assertThat(sparse.embeddingsSha256()).isNull();
    }

    private static double orderStatus(IntentModel model, IntentTrainer trainer, String text) {
        return model.distribution(trainer.features(text))[model.labels().indexOf("order_status")];
    }

    @Test
    void onlyEnglishMessagesGetAVector() {
        IntentTrainer trainer = StagesForTests.intentTrainer();

        assertThat(trainer.features("where is my parcel").embedding()).hasSize(384);
        assertThat(trainer.features("我的快递到哪了").embedding()).isNull();
        assertThat(new IntentTrainer(StagesForTests.tokenizer()).features("where is my parcel").embedding()).isNull();
    }
}
