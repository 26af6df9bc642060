package io.shopdesk.recommendation.internal;

import io.shopdesk.nlp.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the chat names a product's attribute values and attributes when it answers about a card
 * ({@code knowledge-base/products/value-names.csv}): {@code color=burgundy} is 酒红色 or "burgundy", {@code
 * size=one_size} 均码 or "one size". A row with value {@code {value}} words any value of its attribute with its unit
 * ({@code battery_hours,{value},{value}小时,{value} hours}: 30 hours), numbers of four digits and more with thousands
 * separators (20,000 mm). The catalogue writes values for machines; a shopper reads these. Immutable and thread-safe.
 */
public final class ValueNames {
    /** No names: every value is told as the catalogue writes it. */
    public static final ValueNames NONE = new ValueNames(Map.of(), List.of());
    /** The value of a row that words every value of its attribute, and where the value goes in its names. */
    private static final String ANY_VALUE = "{value}";

    private final Map<String, String> names;
    private final List<String> labelled;

    private ValueNames(Map<String, String> names, List<String> labelled) {
        this.names = Map.copyOf(names);
        this.labelled = List.copyOf(labelled);
    }

    /** Reads the file (header {@code attribute,value,zh,en}; {@code #} lines are comments); none when it is missing. */
    public static ValueNames read(Path file) {
        if (!Files.exists(file)) {
            return NONE;
        }
        try {
            Map<String, String> names = new HashMap<>();
            java.util.Set<String> labelled = new LinkedHashSet<>();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] cells = line.split(",", -1);
                if (line.isBlank() || line.startsWith("#") || cells.length != 4) {
                    continue;
                }
                String attribute = cells[0].strip();
                String value = cells[1].strip().toLowerCase(Locale.ROOT);
                names.put(key(attribute, value, Language.ZH), cells[2].strip());
                names.put(key(attribute, value, Language.EN), cells[3].strip());
                if ("*".equals(value)) {
                    labelled.add(attribute);
                }
            }
            return new ValueNames(names, List.copyOf(labelled));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the value names " + file, e);
        }
    }

    private static String key(String attribute, String value, Language language) {
        return attribute + "=" + value + "@" + language.code();
    }

    /**
     * The value as a shopper reads it: its name in the file, else in its attribute's {@code {value}} wording, else as
     * written with underscores as spaces.
     */
    public String value(String attribute, String value, Language language) {
        String named = names.get(key(attribute, value.toLowerCase(Locale.ROOT), language));
        if (named != null) {
            return named;
        }
        String worded = names.get(key(attribute, ANY_VALUE, language));
        String written = value.replace('_', ' ');
        return worded == null ? written : worded.replace(ANY_VALUE, grouped(written));
    }

    /** A whole number of four digits or more with thousands separators (20000 → 20,000); anything else as it is. */
    private static String grouped(String value) {
        return value.matches("\\d{4,15}") ? String.format(Locale.ROOT, "%,d", Long.parseLong(value)) : value;
    }

    /** The attribute's own name ("颜色", "material"), or null when the file does not name it. */
    public String label(String attribute, Language language) {
        return names.get(key(attribute, "*", language));
    }

    /**
     * The value of {@code attribute} whose name, in either language, a lower-cased message has (the longest name
     * first: 樱桃红 before 红色, "sky blue" before "blue"), or null. English names count as whole words.
     */
    public String valueNamed(String attribute, String message) {
        String found = null;
        int longest = 0;
        for (Map.Entry<String, String> entry : names.entrySet()) {
            String key = entry.getKey();
            String name = entry.getValue().toLowerCase(Locale.ROOT);
            if (key.startsWith(attribute + "=") && !key.startsWith(attribute + "=*@")
                    && !key.startsWith(attribute + "=" + ANY_VALUE + "@") && name.length() > longest
                    && WordInMessage.find(message, name) >= 0) {
                found = key.substring(attribute.length() + 1, key.lastIndexOf('@'));
                longest = name.length();
            }
        }
        return found;
    }

    /** The attributes the file names, in its order: those a product's details tell. */
    public List<String> labelledAttributes() {
        return labelled;
    }
}
