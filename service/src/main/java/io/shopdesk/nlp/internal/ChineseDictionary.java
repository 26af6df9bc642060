package io.shopdesk.nlp.internal;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Adds the e-commerce words of {@code nlp-models/dictionaries/*.txt} (HanLP format: {@code word nature freq}) to
 * HanLP's custom dictionary, so that 花呗, 分期 and 运费险 stay whole words. HanLP's dictionary is process-wide, so
 * this runs once at start-up, before any segmentation.
 */
final class ChineseDictionary {

    private ChineseDictionary() {
    }

    /** Loads every dictionary file in {@code dir}; returns how many words were added. */
    static int load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Dictionary folder " + dir.toAbsolutePath() + " does not exist");
        }
        int added = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                added += loadFile(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read dictionaries in " + dir, e);
        }
        return added;
    }

    private static int loadFile(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int added = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            String attributes = parts.length >= 3 ? parts[1] + " " + parts[2] : (parts.length == 2 ? parts[1] + " 1000" : "nz 1000");
            CustomDictionary.insert(parts[0], attributes);
            added++;
        }
        return added;
    }
}
