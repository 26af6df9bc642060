package io.shopdesk.nlp;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.shopdesk.nlp.internal.TraditionalChinese;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the configured stages in order over one message and returns its {@link Analysis}. The constructor checks
 * that every stage's requirements are provided by an earlier stage, so a bad order fails at start-up, not on a
 * shopper's message. Before the first stage a message's Traditional characters are read as Simplified
 * ({@link TraditionalChinese}) and its Chinese misspellings put right ({@link ChineseMisspellings}), the same length. Each stage is timed with a Micrometer timer {@code shopdesk.nlp.stage}. Thread-safe.
 */
public class NlpPipeline {
    private final List<Stage> stages;
    private final List<Timer> timers;
    private final ChineseMisspellings misspellings;

    public NlpPipeline(List<String> stageNames, List<Stage> available, MeterRegistry meters) {
        this(stageNames, available, meters, ChineseMisspellings.NONE);
    }

    /** As above, with the Chinese misspellings put right in each message before its first stage. */
    public NlpPipeline(List<String> stageNames, List<Stage> available, MeterRegistry meters,
                       ChineseMisspellings misspellings) {
        this.misspellings = misspellings;
        Map<String, Stage> byName = available.stream().collect(Collectors.toMap(Stage::name, Function.identity()));
        List<Stage> ordered = new ArrayList<>();
        Set<Key<?>> provided = new HashSet<>();
        for (String name : stageNames) {
            Stage stage = byName.get(name);
            if (stage == null) {
                throw new IllegalStateException("Unknown NLP stage '" + name + "'; known stages: " + byName.keySet());
            }
            // Every missing key at once, in a stable order, so one fix of the configuration is enough.
            List<String> missing = stage.requires().stream().filter(k -> !provided.contains(k))
                    .map(k -> "'" + k.name() + "'").sorted().toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("NLP stage '" + name + "' requires " + String.join(", ", missing)
                        + ", which no earlier stage provides; configured order: " + stageNames);
            }
            provided.addAll(stage.provides());
            ordered.add(stage);
        }
        this.stages = List.copyOf(ordered);
        this.timers = ordered.stream()
                .map(s -> Timer.builder("shopdesk.nlp.stage").tag("stage", s.name())
                        .description("Time spent in one NLP stage per message").register(meters))
                .toList();
    }

    public Analysis analyse(String text) {
        return analyse(text, Set.of());
    }

    /**
     * Analyses {@code text} as {@link #analyse(String)} does but without the stages named in {@code skipped}: the
     * dialogue's reload gate replays recorded messages as they were recorded, without CoreNLP, so that its check
     * neither waits for CoreNLP's minutes of loading nor reads the messages otherwise once it is loaded.
     */
    public Analysis analyse(String text, Set<String> skipped) {
        // Traditional characters first, so that a misspelling written in them is put right too.
        Annotations annotations = new Annotations(misspellings.fix(TraditionalChinese.simplify(text)));
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            if (!stage.ready() || skipped.contains(stage.name())) {
                continue;
            }
            long start = System.nanoTime();
            stage.process(annotations);
            long took = System.nanoTime() - start;
            timers.get(i).record(took, java.util.concurrent.TimeUnit.NANOSECONDS);
            annotations.recordTiming(stage.name(), took);
        }
        return annotations.toAnalysis();
    }

    public List<Stage> stages() {
        return stages;
    }

    /** True once every stage has its model loaded. */
    public boolean ready() {
        return stages.stream().allMatch(Stage::ready);
    }

    /** True once every stage but those named in {@code skipped} has its model loaded. */
    public boolean readyWithout(Set<String> skipped) {
        return stages.stream().filter(s -> !skipped.contains(s.name())).allMatch(Stage::ready);
    }
}
