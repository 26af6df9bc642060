package io.shopdesk.nlp.internal;

import io.shopdesk.nlp.Annotations;
import io.shopdesk.nlp.ChineseDictionary;
import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.Stage;
import io.shopdesk.nlp.embedding.StaticEmbeddings;
import io.shopdesk.nlp.intent.IntentTrainer;
import io.shopdesk.nlp.intent.OutOfScopeBackground;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The shipped stages for tests, each built once per test JVM (their models take seconds to load), and a way to run
 * stages in order on one message as the pipeline does. The stages are thread-safe, so sharing them is safe.
 */
public final class StagesForTests {
    /** Wednesday 2026-11-25, noon in Shanghai: 明天 is 2026-11-26, 上周五 and "last Friday" are 2026-11-20. */
    public static final Clock WEDNESDAY_NOON_SHANGHAI =
            Clock.fixed(Instant.parse("2026-11-25T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private StagesForTests() {
    }

    private static final class Language {
        static final LanguageStage STAGE = new LanguageStage();
    }

    private static final class Chinese {
        static final ChineseDictionary DICTIONARY = new ChineseDictionary(Path.of("nlp-models/dictionaries"));
        static final ChineseStage STAGE = new ChineseStage(DICTIONARY);
    }

    private static final class English {
        static final EnglishStage STAGE = new EnglishStage();
    }

    private static final class ShippedModels {
        static final StaticEmbeddings TABLE = StaticEmbeddings.fromModels(Path.of("nlp-models"));
        static final OutOfScopeBackground BACKGROUND = OutOfScopeBackground.fromModels(Path.of("nlp-models"));
    }

    /** The shipped static embedding table (nlp-models/embeddings/). */
    public static StaticEmbeddings embeddings() {
        return ShippedModels.TABLE;
    }

    /** The shipped out-of-scope background (nlp-models/background/). */
    public static OutOfScopeBackground background() {
        return ShippedModels.BACKGROUND;
    }

    /**
     * The intent trainer as the service and {@code nlu train} build it: shipped tokenisation, embeddings and
     * out-of-scope background.
     */
    public static IntentTrainer intentTrainer() {
        return new IntentTrainer(tokenizer(), embeddings(), background());
    }

    public static LanguageStage language() {
        return Language.STAGE;
    }

    public static ChineseDictionary dictionary() {
        return Chinese.DICTIONARY;
    }

    public static ChineseStage chinese() {
        return Chinese.STAGE;
    }

    public static EnglishStage english() {
        return English.STAGE;
    }

    public static StageTokenizer tokenizer() {
        return new StageTokenizer(language(), chinese(), english());
    }

    /** Runs the stages in the order given, as the pipeline would, and returns the working state. */
    public static Annotations run(String text, Stage... stages) {
        Annotations annotations = new Annotations(text);
        for (Stage stage : stages) {
            stage.process(annotations);
        }
        return annotations;
    }

    /** The entities of a message after language, tokens and entities, on Wednesday 2026-11-25 in Shanghai. */
    public static List<Entity> entities(String text) {
        return run(text, language(), chinese(), english(), new EntityStage(WEDNESDAY_NOON_SHANGHAI))
                .get(Keys.ENTITIES);
    }
}
