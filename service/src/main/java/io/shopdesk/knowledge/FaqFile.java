package io.shopdesk.knowledge;

import io.shopdesk.knowledge.internal.FaqLoader;
import io.shopdesk.nlp.Language;
import java.nio.file.Path;
import java.util.List;

/**
 * The FAQ entries of a knowledge-base folder ({@code faq/faq-<lang>.yml}) read without building a search index: for
 * tools that only name an entry to a person (the escalation scenarios label an entry by its question). The running
 * service asks {@link KnowledgeBase#entry} instead, which gives the entries currently live. Thread-safe (stateless).
 */
public final class FaqFile {
    private FaqFile() {
    }

    /** The entries of {@code source}'s FAQ in {@code language}; a missing or broken file is an IllegalArgumentException. */
    public static List<FaqEntry> read(Path source, Language language) {
        return FaqLoader.load(source, language);
    }
}
