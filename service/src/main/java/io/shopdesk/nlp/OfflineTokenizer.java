package io.shopdesk.nlp;

import io.shopdesk.nlp.intent.MessageTokenizer;
import io.shopdesk.nlp.internal.ChineseStage;
import io.shopdesk.nlp.internal.EnglishStage;
import io.shopdesk.nlp.internal.LanguageStage;
import io.shopdesk.nlp.internal.StageTokenizer;
import java.nio.file.Path;

/**
 * The pipeline's own tokenisation (language, HanLP, OpenNLP) built without Spring, for command-line tools and
 * benchmarks, so that what they train and measure sees the same tokens as the service.
 */
public final class OfflineTokenizer {

    private OfflineTokenizer() {
    }

    /** Loads the e-commerce dictionary from {@code modelsDir/dictionaries} and the OpenNLP models. */
    public static MessageTokenizer create(Path modelsDir) {
        ChineseDictionary dictionary = new ChineseDictionary(modelsDir.resolve("dictionaries"));
        return new StageTokenizer(new LanguageStage(), new ChineseStage(dictionary), new EnglishStage());
    }
}
