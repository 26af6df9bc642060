package io.shopdesk.nlp;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Adds the e-commerce words of {@code nlp-models/dictionaries/*.txt} (HanLP format: {@code word nature freq}) to
 * HanLP's custom dictionary, so that 花呗, 分期 and 运费险 stay whole words. HanLP's dictionary is process-wide:
 * everything that segments Chinese (the pipeline, the FAQ index) depends on this bean so that it loads first.
 * Thread-safe: loading happens once, in the constructor.
 */
@Component
public class ChineseDictionary {
    private static final Logger log = LoggerFactory.getLogger(ChineseDictionary.class);

    private final int words;

    @Autowired
    public ChineseDictionary(NlpSettings settings) {
        this(settings.modelsDir().resolve("dictionaries"));
    }

    public ChineseDictionary(Path dir) {
        this.words = load(dir);
        log.info("Added {} e-commerce words to HanLP's dictionary", words);
    }

    public int words() {
        return words;
    }

    private static synchronized int load(Path dir) {
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
        for (String raw : lines) {
            String line = raw.strip();
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
