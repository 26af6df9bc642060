package io.shopdesk.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.Token;
import io.shopdesk.nlp.internal.StagesForTests;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stratified, seeded k-fold cross-validation: its figures on the shipped data, and its mechanics on a toy set. */
class IntentCrossValidatorTest {

    /** Whitespace words, all English: enough for a toy data set, and fast. */
    static final MessageTokenizer WORDS = text -> {
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        for (String word : text.split(" ")) {
            tokens.add(new Token(word, "X", start, start + word.length()));
            start += word.length() + 1;
        }
        return new MessageTokenizer.Tokenized(Language.EN, tokens);
    };

    /** Three intents with five examples each; every example shares its intent's keyword. */
    static List<IntentExample> toyData() {
        List<IntentExample> examples = new ArrayList<>();
        for (String intent : List.of("order_status", "refund_request", "oos")) {
            String keyword = switch (intent) {
                case "order_status" -> "parcel";
                case "refund_request" -> "refund";
                default -> "weather";
            };
            for (int i = 0; i < 5; i++) {
                examples.add(new IntentExample(keyword + " please " + "abcde".charAt(i), intent));
            }
        }
        return examples;
    }

    /**
     * CI's guard on the shipped zh/en intents: repeats the cross-validation recorded in the release manifest by
     * {@code nlu train} and fails below any of its floors. The release must be for the current data.
     */
    @Test
    void theShippedDataCrossValidatesAboveTheFloorsRecordedInItsRelease() {
        Path data = Path.of("nlp-models/intents");
        IntentModelStore.Manifest manifest = IntentModelStore.manifest(Path.of("nlp-models/intent-model")).orElseThrow();
        assertThat(manifest.trainingDataHash()).as("nlp-models/intent-model is for other data or features: "
                + "run `java -jar service/target/shopdesk.jar nlu train` and commit the release")
                .isEqualTo(IntentModelStore.dataHash(IntentDataReader.dataFiles(data), StagesForTests.intentTrainer().inputsFingerprint()));
        IntentModelStore.CrossValidation recorded = manifest.crossValidation();
        assertThat(recorded).as("the release records no cross-validation").isNotNull();
        assertThat(recorded.tolerance()).isBetween(0.0, 0.02);
        assertThat(recorded.floor()).isEqualTo(recorded.measured().minus(recorded.tolerance()));

        List<IntentExample> examples = IntentDataReader.readFolder(data);
        IntentCrossValidator validator = new IntentCrossValidator(StagesForTests.intentTrainer(),
                recorded.folds(), recorded.seed());
        IntentCrossValidator.Result result = validator.evaluate(examples, recorded.oosThreshold());

        System.out.printf("Intent %d-fold CV on %d examples: accuracy %.4f, in-scope accuracy %.4f, oos recall %.4f, "
                + "macro-F1 %.4f; recorded floors %s%n", result.folds(), result.examples(), result.accuracy(),
                result.inScopeAccuracy(), result.oosRecall(), result.macroF1(), recorded.floor());
        assertThat(result.examples()).isEqualTo(manifest.examples());
        IntentModelStore.Figures floor = recorded.floor();
        assertThat(result.accuracy()).isGreaterThanOrEqualTo(floor.accuracy());
        assertThat(result.inScopeAccuracy()).isGreaterThanOrEqualTo(floor.inScopeAccuracy());
        assertThat(result.oosRecall()).isGreaterThanOrEqualTo(floor.oosRecall());
        assertThat(result.macroF1()).isGreaterThanOrEqualTo(floor.macroF1());
    }

    @Test
    void separableDataScoresPerfectly() {
        IntentCrossValidator validator = new IntentCrossValidator(new IntentTrainer(WORDS), 5, 7);

        assertThat(validator.evaluate(toyData(), 0.45))
                .isEqualTo(new IntentCrossValidator.Result(5, 15, 1.0, 1.0, 1.0, 1.0,
                        java.util.Map.of("oos", 1.0, "order_status", 1.0, "refund_request", 1.0)));
    }

    @Test
    void theListenerHearsEveryMessageAndFold() {
        List<String> heard = new ArrayList<>();
        IntentCrossValidator.Listener listener = new IntentCrossValidator.Listener() {
            @Override
            public void featurised(int done, int total) {
                if (done == total) {
                    heard.add("featurised " + done);
                }
            }

            @Override
            public void foldDone(int fold, int folds) {
                heard.add("fold " + fold + "/" + folds);
            }
        };

        new IntentCrossValidator(new IntentTrainer(WORDS), 3, 7).evaluate(toyData(), 0.45, listener);

        assertThat(heard).containsExactly("featurised 15", "fold 1/3", "fold 2/3", "fold 3/3");
    }

    @Test
    void theSameSeedGivesTheSameFigures() {
        List<IntentExample> noisy = new ArrayList<>(toyData());
        // Two mislabelled examples, so the figures depend on which fold they land in.
        noisy.add(new IntentExample("parcel please f", "refund_request"));
        noisy.add(new IntentExample("refund please f", "order_status"));
        IntentCrossValidator validator = new IntentCrossValidator(new IntentTrainer(WORDS), 3, 7);

        assertThat(validator.evaluate(noisy, 0.45)).isEqualTo(validator.evaluate(noisy, 0.45));
    }

    @Test
    void anIntentTooSmallForEveryTrainingFoldToKeepTwoIsRefused() {
        List<IntentExample> examples = new ArrayList<>(toyData());
        examples.add(new IntentExample("invoice please a", "invoice"));
        examples.add(new IntentExample("invoice please b", "invoice"));
        IntentCrossValidator validator = new IntentCrossValidator(new IntentTrainer(WORDS), 5, 7);

        assertThatThrownBy(() -> validator.evaluate(examples, 0.45)).isInstanceOf(IntentDataException.class)
                .hasMessage("intent 'invoice' has 2 examples; 5-fold cross-validation needs at least 3 "
                        + "(every training fold keeps two)");
        assertThat(IntentCrossValidator.fewestExamples(2)).isEqualTo(4);
        assertThat(IntentCrossValidator.fewestExamples(10)).isEqualTo(3);
    }

    @Test
    void copiesOfATextShareAFoldSoATwinInTrainingCannotAnswerForIt() {
        // Twelve texts of Han characters no other text shares, each written twice (once with other case and
        // spacing): held out, a text has no known feature unless its copy is in training.
        List<IntentExample> examples = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String text = new String(Character.toChars(0x4E00 + 3 * i)) + new String(Character.toChars(0x4E01 + 3 * i));
            String intent = i % 2 == 0 ? "p" : "q";
            examples.add(new IntentExample(text, intent));
            examples.add(new IntentExample(" " + text + " ", intent));
        }
        IntentCrossValidator validator = new IntentCrossValidator(new IntentTrainer(WORDS), 3, 7);

        assertThat(validator.evaluate(examples, 0.45).accuracy()).isZero();
    }

    @Test
    void anIntentWithTooFewDifferentTextsIsRefused() {
        List<IntentExample> examples = new ArrayList<>(toyData());
        for (String text : List.of("invoice please", "Invoice please", "invoice  please", "receipt please")) {
            examples.add(new IntentExample(text, "invoice"));
        }
        IntentCrossValidator validator = new IntentCrossValidator(new IntentTrainer(WORDS), 5, 7);

        assertThatThrownBy(() -> validator.evaluate(examples, 0.45)).isInstanceOf(IntentDataException.class)
                .hasMessage("intent 'invoice' has 4 examples but 2 different texts; 5-fold cross-validation needs at "
                        + "least 3 (every training fold keeps two; copies of a text share a fold)");
    }

    @Test
    void oneFoldIsRefused() {
        assertThatThrownBy(() -> new IntentCrossValidator(new IntentTrainer(WORDS), 1, 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cross-validation needs at least two folds, got 1");
    }
}
