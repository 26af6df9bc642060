package io.shopdesk.nlp;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the NLP pipeline.
 *
 * @param stages             stage names in the order they run
 * @param modelsDir          the {@code nlp-models/} folder: intent data, dictionaries, trained models
 * @param oosThreshold       below this probability the best intent is reported as out of scope
 * @param coreNlp            whether CoreNLP (English NER and SUTime) is loaded at all
 * @param coreNlpAsync       load CoreNLP in the background so start-up does not wait for it
 */
@ConfigurationProperties("shopdesk.nlp")
public record NlpSettings(
        @DefaultValue({"language", "chinese", "english", "entities", "corenlp", "products", "intent"}) List<String> stages,
        @DefaultValue("nlp-models") Path modelsDir,
        @DefaultValue("0.45") double oosThreshold,
        @DefaultValue("true") boolean coreNlp,
        @DefaultValue("true") boolean coreNlpAsync) {
}
