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
 * Reads {@code faq/faq-<lang>.yml}. A file that does not parse (with its line), an entry without id, questions or
 * answer, an empty question or tag, or a repeated id is an error that names the file, so a broken edit never
 * replaces a working index. Thread-safe.
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
            // getOriginalMessage() leaves out the location, so the line is added from it.
            String line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : ":" + e.getLocation().getLineNr();
            throw new IllegalArgumentException(file + line + ": not valid FAQ YAML: " + oneLine(e.getOriginalMessage()), e);
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
            // An empty list item ("-") reads as null, which List.copyOf would refuse with a bare NullPointerException.
            checkItems(r.questions(), where + " ('" + r.id() + "')", "question");
            if (r.tags() != null) {
                checkItems(r.tags(), where + " ('" + r.id() + "')", "tag");
            }
            entries.add(new FaqEntry(r.id(), language, r.category(), List.copyOf(r.questions()), r.answer().strip(),
                    r.tags() == null ? List.of() : List.copyOf(r.tags())));
        }
        return entries;
    }

    private static void checkItems(List<String> items, String where, String what) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null || items.get(i).isBlank()) {
                throw new IllegalArgumentException(where + " has an empty " + what + " (" + what + " " + (i + 1) + ")");
            }
        }
    }

    /** The YAML parser's message on one line, without its indented excerpts of the file. */
    private static String oneLine(String message) {
        return String.join("; ", message.lines().filter(l -> !l.isBlank() && !l.startsWith(" ")).toList());
    }
}
