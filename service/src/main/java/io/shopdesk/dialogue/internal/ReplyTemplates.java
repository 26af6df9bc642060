package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.ReplyTexts;
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
 * The bot's reply texts, per language, from {@code rules/dialogue/replies/replies-<lang>.properties} (UTF-8), so
 * that wording is edited beside the rules, not in Java. Immutable and thread-safe; reloaded as a new instance.
 */
public final class ReplyTemplates implements ReplyTexts {
    private final Map<Language, Properties> texts;

    private ReplyTemplates(Map<Language, Properties> texts) {
        this.texts = texts;
    }

    public static ReplyTemplates load(Path folder) {
        Map<Language, Properties> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, read(file(folder, language)));
        }
        return new ReplyTemplates(texts);
    }

    /**
     * Whether the service could read {@code folder}'s texts, language by language (for {@code rules check}): a
     * missing or unreadable file, or a malformed unicode escape, as one line each.
     */
    public static List<String> problems(Path folder) {
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            try {
                read(file(folder, language));
            } catch (UncheckedIOException | IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    static Path file(Path folder, Language language) {
        return folder.resolve("replies-" + language.code() + ".properties");
    }

    /**
     * Reads one language's texts (the offline check reads each on its own).
     *
     * @throws UncheckedIOException     when the file is missing or cannot be read
     * @throws IllegalArgumentException naming the file of a malformed unicode escape
     */
    static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reply texts " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        return properties;
    }

    /** The text for {@code key}, with {name} placeholders filled; the key itself when it is missing. */
    @Override
    public String text(Language language, String key, Map<String, ?> values) {
        String template = texts.get(language).getProperty(key);
        if (template == null) {
            return key;
        }
        String result = template;
        for (Map.Entry<String, ?> value : values.entrySet()) {
            result = result.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return result;
    }

    /**
     * The text for {@code key.variant} when the language has one, else for {@code key}: a reply worded for one case
     * (an order's status) where the general wording would be wrong, without repeating the general one for each case.
     */
    public String text(Language language, String key, String variant, Map<String, ?> values) {
        String specific = key + "." + variant;
        return text(language, texts.get(language).containsKey(specific) ? specific : key, values);
    }

    @Override
    public String text(Language language, String key) {
        return text(language, key, Map.of());
    }

    /** Whether {@code language} has a text for {@code key}: a wording for one case that falls back to another. */
    public boolean has(Language language, String key) {
        return texts.get(language).containsKey(key);
    }

    /** A label such as status.in_transit or carrier.sf_express; the raw value when there is none. */
    @Override
    public String label(Language language, String prefix, String value) {
        if (value == null) {
            return text(language, "unknown");
        }
        String key = prefix + "." + value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return texts.get(language).getProperty(key, value);
    }

    /** The keys {@code language} has a text for, sorted. */
    public java.util.SortedSet<String> keys(Language language) {
        java.util.SortedSet<String> keys = new java.util.TreeSet<>();
        texts.get(language).stringPropertyNames().forEach(keys::add);
        return keys;
    }

    /** The text {@code language} has for {@code key} as written, placeholders unfilled; null when it has none. */
    public String template(Language language, String key) {
        return texts.get(language).getProperty(key);
    }
}
