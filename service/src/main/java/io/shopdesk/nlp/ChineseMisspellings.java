package io.shopdesk.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese misspellings shoppers type (退狂 for 退款, 优惠卷 for 优惠券, 收获地址 for 收货地址), each put right before any
 * stage reads the message, so the intent model, the dialogue's rules and the FAQ search all read the word meant: 退狂
 * alone was "I don't understand". The pairs come from {@code nlp-models/dictionaries/misspellings-zh.csv} (a
 * misspelling, a comma, the word; {@code #} starts a comment). A misspelling and its word have the same length, so
 * every entity's offsets still point into what the shopper typed; a misspelling is no word of its own in any sense a
 * shopper means. A bad line fails start-up with its file and line. Longer misspellings are put right first.
 * Immutable and thread-safe.
 */
public final class ChineseMisspellings {
    static final ChineseMisspellings NONE = new ChineseMisspellings(Map.of());
    static final String FILE = "misspellings-zh.csv";

    private final Map<String, String> words;
    private final List<String> longestFirst;

    ChineseMisspellings(Map<String, String> words) {
        this.words = Map.copyOf(words);
        List<String> keys = new ArrayList<>(words.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.longestFirst = List.copyOf(keys);
    }

    /** The misspellings of {@code file}, or none when there is no such file. */
    public static ChineseMisspellings read(Path file) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            return of(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Chinese misspellings in " + file, e);
        }
    }

    static ChineseMisspellings of(List<String> lines, String source) {
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(",", -1);
            String where = source + " line " + (i + 1) + " (" + line + ")";
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalStateException(where + ": expected 'misspelling,word'");
            }
            String wrong = parts[0].strip();
            String right = parts[1].strip();
            if (wrong.length() != right.length()) {
                throw new IllegalStateException(where + ": the misspelling and the word must have the same length,"
                        + " so that entity offsets still point into the shopper's text");
            }
            if (wrong.equals(right) || words.putIfAbsent(wrong, right) != null) {
                throw new IllegalStateException(where + ": " + (wrong.equals(right) ? "the misspelling is the word"
                        : "'" + wrong + "' is listed twice"));
            }
        }
        return new ChineseMisspellings(words);
    }

    /** {@code text} with every misspelling put right; the same length as {@code text}. */
    public String fix(String text) {
        if (words.isEmpty() || text == null) {
            return text;
        }
        String fixed = text;
        for (String wrong : longestFirst) {
            if (fixed.contains(wrong)) {
                fixed = fixed.replace(wrong, words.get(wrong));
            }
        }
        return fixed;
    }

    public int size() {
        return words.size();
    }
}
