package io.shopdesk.knowledge.internal;

import io.shopdesk.knowledge.FaqEntry;
import io.shopdesk.nlp.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code faq/faq-<lang>.yml}. A file that does not parse, an entry without id, questions or answer, or a
 * repeated id is an error that names the file, so a broken edit never replaces a working index. Thread-safe.
 */
public final class FaqLoader {
    private static final YAMLMapper YAML = new YAMLMapper();

    record RawEntry(String id, String category, List<String> questions, String answer, List<String> tags) {
    }

    private FaqLoader() {
    }

    public static Path file(Path source, Language language) {
        return source.resolve("faq").resolve("faq-" + language.code() + ".yml");
    }

    public static List<FaqEntry> load(Path source, Language language) {
        return loadFile(file(source, language), language);
    }

    /** Reads one FAQ YAML file whose entries are in the given language. */
    public static List<FaqEntry> loadFile(Path file, Language language) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such FAQ file");
        }
        List<RawEntry> raw;
        try {
            raw = YAML.readValue(file.toFile(), new TypeReference<List<RawEntry>>() { });
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": not valid FAQ YAML: " + e.getOriginalMessage(), e);
        }
        if (raw == null || raw.isEmpty()) {
            throw new IllegalArgumentException(file + ": no entries");
        }
        List<FaqEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            RawEntry r = raw.get(i);
            String where = file + ": entry " + (i + 1);
            if (r == null || r.id() == null || r.id().isBlank()) {
                throw new IllegalArgumentException(where + " has no id");
            }
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException(where + " repeats the id '" + r.id() + "'");
            }
            if (r.questions() == null || r.questions().isEmpty() || r.answer() == null || r.answer().isBlank()) {
                throw new IllegalArgumentException(where + " ('" + r.id() + "') needs questions and an answer");
            }
            entries.add(new FaqEntry(r.id(), language, r.category(), List.copyOf(r.questions()), r.answer().strip(),
                    r.tags() == null ? List.of() : List.copyOf(r.tags())));
        }
        return entries;
    }
}
