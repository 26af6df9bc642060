package io.shopdesk.escalation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sentiment lexicons' file format, shared by the Chinese and the English one so that both are edited alike: CSV
 * lines {@code word,score} (a word or phrase, a score from -1 to 1), an optional {@code word,score} header, blank lines
 * and {@code #} comments. A broken line fails with the file and line number. Stateless.
 */
final class LexiconFile {

    private LexiconFile() {
    }

    /** The entries in file order. */
    static Map<String, Double> read(Path file) {
        Map<String, Double> entries = new LinkedHashMap<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.equals("word,score")) {
                    continue;
                }
                String[] parts = trimmed.split(",");
                if (parts.length != 2) {
                    throw new IllegalArgumentException(file + ":" + n + ": expected word,score, got: " + trimmed);
                }
                try {
                    entries.put(parts[0].strip(), Double.parseDouble(parts[1].strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ":" + n + ": score is not a number: " + parts[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sentiment lexicon " + file, e);
        }
        return entries;
    }
}
