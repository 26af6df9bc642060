package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shopdesk.dialogue.DialogueSettings;
import io.shopdesk.nlp.Annotations;
import io.shopdesk.nlp.Key;
import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.NlpPipeline;
import io.shopdesk.nlp.Stage;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.RuleSetGate;
import io.shopdesk.ruleengine.RuleSettings;
import io.shopdesk.ruleengine.RuleVersionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The start-up replay of the dialogue files waits for the language stages the recorded decisions are made with, not for
 * CoreNLP, which they are recorded and replayed without: until stop 31 it waited for every stage, so with CoreNLP on
 * (up to ten minutes of loading on a loaded machine) a deploy's rules went live that much later. Here the CoreNLP stage
 * never finishes loading, and the replay runs all the same.
 */
class StartUpReplayTest {
    static final String RULES = """
            package shopdesk.dialogue
            rule "Nothing"
            when
                String()
            then
            end
            """;

    @TempDir
    Path rules;

    /** A stage named as CoreNLP's whose model is still loading (its real loading cannot be held for a test). */
    record StillLoading(String name) implements Stage {
        @Override
        public Set<Key<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<Key<?>> provides() {
            return Set.of(Keys.ENTITIES);
        }

        @Override
        public void process(Annotations annotations) {
            throw new IllegalStateException(name + " is not loaded, and a replay must not run it");
        }

        @Override
        public boolean ready() {
            return false;
        }
    }

    /** The dialogue's gate as the engine sees it: it checks only once the service is ready, and notes that it did. */
    record DeferredGate(List<String> checked, CountDownLatch done) implements RuleSetGate {
        @Override
        public String ruleSet() {
            return "dialogue";
        }

        @Override
        public List<RuleProblem> check(CompiledRuleSet candidate) {
            checked.add(candidate.version());
            done.countDown();
            return List.of();
        }

        @Override
        public boolean checksAtStartUp() {
            return false;
        }
    }

    static DialogueSettings settings(Set<String> replayWithout) {
        return new DialogueSettings("dialogue", 3, 3, 10, Duration.ofHours(1), 7, 30, 3, 7, 90, 48, 0.8,
                Path.of("knowledge-base/instalments"), 10000, true, replayWithout);
    }

    @Test
    void theFilesOnDiskAreReplayedWhileCoreNlpStillLoads() throws Exception {
        Files.createDirectories(rules.resolve("dialogue"));
        Files.writeString(rules.resolve("dialogue/dialogue.drl"), RULES);
        NlpPipeline nlp = new NlpPipeline(List.of("corenlp"), List.of(new StillLoading("corenlp")),
                new SimpleMeterRegistry());
        List<String> checked = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("gate", new DeferredGate(checked, done));
        try (RuleEngine engine = new RuleEngine(new RuleSettings(rules, Duration.ofHours(1)), new SimpleMeterRegistry(),
                beans.getBeanProvider(RuleSetGate.class), RuleVersionStore.inMemory())) {
            String version = engine.status("dialogue").liveVersion();
            assertThat(engine.status("dialogue").lastProblems()).extracting(RuleProblem::message)
                    .containsExactly("version " + version + " serves unchecked (no version went live before it) until "
                            + "its check once the service is ready");
            assertThat(checked).as("nothing checks at start-up").isEmpty();

            new StartUpReplay(settings(Set.of("corenlp")), engine, nlp, "", () -> { }).serviceReady();

            // Bounded so that a replay waiting for CoreNLP (ten minutes) fails here instead of hanging.
            assertThat(done.await(2, TimeUnit.MINUTES)).as("replayed without waiting for CoreNLP").isTrue();
            assertThat(nlp.ready()).as("CoreNLP still loads").isFalse();
            assertThat(checked).containsExactly(version);
        }
    }
}
