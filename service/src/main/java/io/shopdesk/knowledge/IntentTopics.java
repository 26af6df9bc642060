package io.shopdesk.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Which FAQ categories answer each intent's questions, from {@code knowledge-base/intent-topics.yml}
 * ({@code return_policy: [returns]}). The intent model reads "衣服不合适可以退吗" as a return question with
 * 0.99 certainty while the FAQ search, with the product word left out, finds no entry close enough to answer with;
 * knowing the topic, the search can pick the entry within it ({@link TopicAnswer}). A file that does not parse, or
 * names a category no FAQ entry has, is an error naming the file, so a broken edit never replaces working topics.
 * Immutable and thread-safe.
 */
public record IntentTopics(Map<String, Set<String>> categories) {
    public static final String FILE = "intent-topics.yml";
    public static final IntentTopics NONE = new IntentTopics(Map.of());
    private static final YAMLMapper YAML = new YAMLMapper();

    public IntentTopics {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        categories.forEach((intent, cats) -> copy.put(intent, Set.copyOf(cats)));
        categories = Map.copyOf(copy);
    }

    /** The categories that answer {@code intent}'s questions; empty for an intent without a topic. */
    public Set<String> of(String intent) {
        return categories.getOrDefault(intent, Set.of());
    }

    /**
     * Reads {@code source/intent-topics.yml}; none when the file does not exist.
     *
     * @param faqCategories every category the FAQ entries have, to catch a misspelt one
     */
    public static IntentTopics load(Path source, Set<String> faqCategories) {
        Path file = source.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        Map<String, List<String>> raw;
        try {
            raw = YAML.readValue(file.toFile(), new TypeReference<Map<String, List<String>>>() { });
        } catch (JacksonException e) {
            String line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : ":" + e.getLocation().getLineNr();
            throw new IllegalArgumentException(file + line + ": not valid YAML (intent: [category, ...]): "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
        if (raw == null) {
            return NONE;
        }
        Map<String, Set<String>> topics = new LinkedHashMap<>();
        raw.forEach((intent, cats) -> {
            if (cats == null || cats.isEmpty() || cats.stream().anyMatch(c -> c == null || c.isBlank())) {
                throw new IllegalArgumentException(file + ": intent '" + intent + "' needs a list of FAQ categories");
            }
            for (String category : cats) {
                if (!faqCategories.contains(category)) {
                    throw new IllegalArgumentException(file + ": intent '" + intent + "' names category '" + category
                            + "', which no FAQ entry has (categories: " + new TreeSet<>(faqCategories) + ")");
                }
            }
            topics.put(intent, Set.copyOf(cats));
        });
        return new IntentTopics(topics);
    }
}
