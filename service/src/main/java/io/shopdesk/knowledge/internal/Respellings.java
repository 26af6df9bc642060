package io.shopdesk.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-way synonym rules of a synonyms file that rewrite one Latin word to one word ({@code refnd, refud => refund},
 * {@code receipt => invoice}), applied to a message's words as written. The FAQ's Lucene query gets every synonym
 * through its analyser, but the FAQ classifier reads the message's own words: a misspelt word was unknown to it, and
 * the one it knew decided ("refnd status?" answered with the repair time, "status" being the repair-status question's).
 * A Latin word may also be rewritten to one Chinese word ({@code refund => 退款} in the Chinese file): in a Chinese
 * message the classifier, which knows the Chinese FAQ's words only, read the English word as nothing, and "refund要多久"
 * or "i want to return 这个鞋子" fell back. Rules with several words on either side, equivalences and rules from Chinese
 * words stay the analyser's alone. Immutable and thread-safe.
 */
public final class Respellings {
    static final Respellings NONE = new Respellings(Map.of());
    private static final Pattern ONE_WAY = Pattern.compile("^\\s*([^=#]+?)\\s*=>\\s*([\\p{IsLatin}][\\p{IsLatin}\\-']*|\\p{IsHan}+)\\s*$");
    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}][\\p{IsLatin}\\-']*");
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}][\\p{IsLatin}\\-']*");

    private final Map<String, String> words;

    private Respellings(Map<String, String> words) {
        this.words = Map.copyOf(words);
    }

    /** The rules of the file; none when it does not exist. A line of another form is left to the synonym parser. */
    static Respellings read(Path synonymsFile) {
        if (synonymsFile == null || !Files.exists(synonymsFile)) {
            return NONE;
        }
        try {
            return of(Files.readString(synonymsFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read synonyms " + synonymsFile, e);
        }
    }

    static Respellings of(String synonyms) {
        Map<String, String> words = new HashMap<>();
        for (String line : synonyms.split("\\R")) {
            Matcher rule = ONE_WAY.matcher(line);
            if (!rule.matches()) {
                continue;
            }
            String to = rule.group(2).toLowerCase(Locale.ROOT);
            for (String from : rule.group(1).split(",")) {
                String word = from.strip().toLowerCase(Locale.ROOT);
                if (LATIN_WORD.matcher(word).matches()) {
                    words.put(word, to);
                }
            }
        }
        return new Respellings(words);
    }

    /** The text with each word a rule names replaced by the word it stands for; the rest as written. */
    public String apply(String text) {
        if (words.isEmpty() || text == null) {
            return text;
        }
        Matcher word = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (word.find()) {
            String to = words.get(word.group().toLowerCase(Locale.ROOT));
            word.appendReplacement(out, Matcher.quoteReplacement(to == null ? word.group() : to));
        }
        word.appendTail(out);
        return out.toString();
    }

    int size() {
        return words.size();
    }
}
