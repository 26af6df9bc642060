package io.shopdesk.recommendation.internal;

import io.shopdesk.nlp.Language;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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
            texts.put(language, read(folder.resolve("texts-" + language.code() + ".properties")));
        }
        return new RecommendationTexts(texts);
    }

    /**
     * Whether the service could read {@code folder}'s texts, language by language (for {@code rules check}): a
     * missing or unreadable file, or a malformed unicode escape, as one line each.
     */
    public static List<String> problems(Path folder) {
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            try {
                read(folder.resolve("texts-" + language.code() + ".properties"));
            } catch (UncheckedIOException | IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read recommendation texts " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        return properties;
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
