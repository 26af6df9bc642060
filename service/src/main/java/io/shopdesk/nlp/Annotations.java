package io.shopdesk.nlp;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The working state of one message while it moves through the pipeline. Its text is the message with full-width
 * letters and digits folded to ASCII ({@link FullWidthForms}), the same length as what the shopper typed. Not
 * thread-safe: one instance per message,
 * used by one thread; it becomes an immutable {@link Analysis} when the pipeline ends.
 */
public final class Annotations {
    private final String text;
    private final Map<Key<?>, Object> values = new HashMap<>();
    private final Map<String, Long> stageNanos = new LinkedHashMap<>();

    public Annotations(String text) {
        this.text = FullWidthForms.fold(text);
    }

    public String text() {
        return text;
    }

    public <T> T get(Key<T> key) {
        return key.type().cast(values.get(key));
    }

    public <T> T getOrDefault(Key<T> key, T fallback) {
        T value = get(key);
        return value == null ? fallback : value;
    }

    public <T> void put(Key<T> key, T value) {
        values.put(key, key.type().cast(value));
    }

    public Language language() {
        return getOrDefault(Keys.LANGUAGE, Language.EN);
    }

    void recordTiming(String stage, long nanos) {
        stageNanos.put(stage, nanos);
    }

    Analysis toAnalysis() {
        return new Analysis(text, language(), getOrDefault(Keys.MIXED_LANGUAGE, false),
                getOrDefault(Keys.LANGUAGE_EVIDENT, false), getOrDefault(Keys.LANGUAGE_CODE, "und"),
                List.copyOf(getOrDefault(Keys.TOKENS, List.of())),
                List.copyOf(getOrDefault(Keys.ENTITIES, List.of())),
                get(Keys.INTENT), Map.copyOf(stageNanos));
    }
}
