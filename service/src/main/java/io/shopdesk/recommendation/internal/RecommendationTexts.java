package io.shopdesk.recommendation.internal;

import io.shopdesk.nlp.Language;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The intro line and the "why" lines of product cards, per language, from
 * {@code rules/recommendation/texts-<lang>.properties} (UTF-8), edited beside the rules. Immutable and thread-safe.
 */
public final class RecommendationTexts {
    private final Map<Language, Properties> texts;

    private RecommendationTexts(Map<Language, Properties> texts) {
        this.texts = texts;
    }

    public static RecommendationTexts load(Path folder) {
        Map<Language, Properties> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Path file = folder.resolve("texts-" + language.code() + ".properties");
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read recommendation texts " + file, e);
            }
            texts.put(language, properties);
        }
        return new RecommendationTexts(texts);
    }

    /** The text for {@code key} with {name} placeholders filled; the key itself when missing. */
    public String text(Language language, String key, Map<String, String> values) {
        String result = texts.get(language).getProperty(key, key);
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("{" + value.getKey() + "}", value.getValue());
        }
        return result;
    }
}
