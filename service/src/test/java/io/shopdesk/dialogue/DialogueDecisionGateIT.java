package io.shopdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.TurnResult;
import io.shopdesk.dialogue.internal.DecisionRecorder;
import io.shopdesk.dialogue.internal.RecordedDecisions;
import io.shopdesk.dialogue.internal.ReplayAnalyses;
import io.shopdesk.nlp.NlpPipeline;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.RuleSetStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dialogue's reload gate on a copy of the shipped rules, with the shipped recorded decisions
 * ({@code rules/dialogue/gate/decisions.yml}): an edit that loops or throws on the recorded messages, or that changes
 * an answer the file does not record, is refused, the live version keeps serving and the status names the message;
 * the shipped rules edited harmlessly go live, and so does the changed answer once its decisions are recorded again.
 * Before the gate, each of these files went live and every turn it loops or throws on got the rule-error fallback.
 * Real service, real rules, real pipeline; the folder is polled once an hour so that only the test's reloads run. The
 * timeouts only guard against a hang.
 */
@OwnDatabaseTest(database = "shopdesk-dialogue-gate", properties = {
        "shopdesk.rules.poll-interval=1h",
        "shopdesk.dialogue.max-rule-firings=2000"
})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DialogueDecisionGateIT extends DialogueServiceOnCopiedRules {
    /** Two rules that undo each other on any message naming an order, as a team's edit once did. */
    static final String LOOPING = """
            package shopdesk.dialogue

            import io.shopdesk.dialogue.Turn
            import io.shopdesk.dialogue.ConversationState

            rule "RememberProbeTask"
            when
                Turn( text contains "order" )
                $s : ConversationState( pendingTask != "probe" )
            then
                modify($s) { setPendingTask("probe") };
            end

            rule "DropProbeTask"
            when
                Turn( text contains "order" )
                $s : ConversationState( pendingTask == "probe" )
            then
                modify($s) { setPendingTask(null) };
            end
            """;
    /** A consequence that throws on any message naming an order (a null read, a bad cast in a real edit). */
    static final String THROWING = """
            package shopdesk.dialogue

            import io.shopdesk.dialogue.Turn

            rule "ProbeThatThrows"
            when
                Turn( text contains "order" )
            then
                throw new IllegalStateException("probe rule broke");
            end
            """;
    static final String GREET = "$d.decide( \"greet\", null, drools.getRule().getName() );";
    static final String GREET_CHANGED = "$d.decide( \"greet_again\", null, drools.getRule().getName() );";

    @Autowired
    RuleEngine engine;

    @Autowired
    ChatService chat;

    @Autowired
    NlpPipeline nlp;

    String shippedRules;
    String shippedDecisions;
    String liveBefore;

    @BeforeEach
    void remember() throws IOException {
        shippedRules = Files.readString(dialogue.resolve("dialogue.drl"));
        shippedDecisions = Files.readString(dialogue.resolve(RecordedDecisions.FILE));
        liveBefore = engine.status("dialogue").liveVersion();
    }

    @AfterEach
    void restore() throws IOException {
        Files.deleteIfExists(dialogue.resolve("probe.drl"));
        Files.writeString(dialogue.resolve("dialogue.drl"), shippedRules);
        Files.writeString(dialogue.resolve(RecordedDecisions.FILE), shippedDecisions);
        engine.reload("dialogue");
    }

    @Test
    @Order(1)
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void theShippedRulesEditedHarmlesslyGoLive() throws IOException {
        Files.writeString(dialogue.resolve("dialogue.drl"), shippedRules + "\n// an edit that changes no decision\n");

        RuleSetStatus status = engine.reload("dialogue");

        assertThat(status.lastProblems()).isEmpty();
        assertThat(status.liveVersion()).isNotEqualTo(liveBefore);
    }

    /**
     * The refused files: each added beside the shipped rules, with what the status must say of it. The loop's rules
     * are named in the order they fired most, which either may lead.
     */
    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                Arguments.of("a loop", LOOPING, List.of("the rules loop (", "RememberProbeTask", "DropProbeTask",
                        "keep re-activating each other past 2000 firings)")),
                Arguments.of("a rule that throws", THROWING,
                        List.of("the rules fail: IllegalStateException: probe rule broke")));
    }

    @ParameterizedTest(name = "{0} is refused and the old version keeps answering")
    @MethodSource("refusedFiles")
    @Order(2)
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aRefusedFileNeverServesAndTheOldVersionKeepsAnswering(String what, String probe, List<String> said)
            throws IOException {
        Files.writeString(dialogue.resolve("probe.drl"), probe);

        RuleSetStatus status = engine.reload("dialogue");

        assertThat(status.liveVersion()).isEqualTo(liveBefore);
        assertThat(status.lastProblems()).isNotEmpty().allSatisfy(p -> assertThat(p.file())
                .isEqualTo("dialogue/" + RecordedDecisions.FILE));
        assertThat(status.lastProblems()).extracting(RuleProblem::message).anySatisfy(m -> assertThat(m)
                .contains(said).contains("order"));
        assertThat(engine.ruleSet("dialogue").files()).doesNotContain("probe.drl");
        TurnResult turn = chat.handle(null, "where is my order", "en", "gate-test");
        assertThat(turn.replies().getFirst().type()).isEqualTo("ask");
        assertThat(turn.replies().getFirst().text()).isEqualTo("Sure. What is your order number? (It looks like SD12345678.)");
    }

    @Test
    @Order(3)
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aChangedAnswerIsRefusedUntilItsDecisionsAreRecorded() throws IOException {
        assertThat(shippedRules).contains(GREET);
        Files.writeString(dialogue.resolve("dialogue.drl"), shippedRules.replace(GREET, GREET_CHANGED));

        RuleSetStatus refused = engine.reload("dialogue");

        assertThat(refused.liveVersion()).isEqualTo(liveBefore);
        assertThat(refused.lastProblems()).extracting(RuleProblem::message).anySatisfy(m -> assertThat(m)
                .contains("decided greet_again (rule Greet), recorded greet, the live version decides greet: "
                        + "record the decisions again if the change is meant"));

        // The team meant it: the decisions recorded again with the changed rules, the change goes live.
        var changed = RuleEngine.compile(dialogue);
        RecordedDecisions.write(dialogue.resolve(RecordedDecisions.FILE), new DecisionRecorder(dialogueService,
                new ReplayAnalyses(nlp, java.util.Set.of("corenlp"))).record(changed, dialogue.resolve("scenarios")));
        assertThat(Files.readString(dialogue.resolve(RecordedDecisions.FILE))).contains("action: greet_again");

        RuleSetStatus accepted = engine.reload("dialogue");

        assertThat(accepted.lastProblems()).isEmpty();
        assertThat(accepted.liveVersion()).isEqualTo(changed.version());
    }

    /**
     * The recording shows the replay the cards each scenario reply showed ({@code cardSkus}), as the chat's products
     * reply does: a comparison of the cards just shown is recorded as the chat decides it ({@code shown_card}), not as a
     * fallback with no cards (as five comparisons of {@code shown-cards.yml} were until stop 33, while the live
     * scenarios passed), and the shipped file holds exactly what the recording records.
     */
    @Test
    @Order(4)
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void theRecordingReplaysTheCardsEachReplyShowed() throws IOException {
        Path scenarios = Files.createDirectories(folder.resolve("shown-cards-only"));
        Files.copy(dialogue.resolve("scenarios/shown-cards.yml"), scenarios.resolve("shown-cards.yml"));

        List<RecordedDecisions.Conversation> recorded = new DecisionRecorder(dialogueService,
                new ReplayAnalyses(nlp, java.util.Set.of("corenlp"))).record(engine.ruleSet("dialogue"), scenarios);

        java.util.Map<String, RecordedDecisions.Turn> bySay = new java.util.LinkedHashMap<>();
        recorded.forEach(c -> c.turns().forEach(t -> bySay.putIfAbsent(t.say(), t)));
        assertThat(bySay.get("有没有跑步鞋").cards()).containsExactly("SHO-1017", "SHO-1009", "SHO-1015");
        for (String comparison : List.of("第一个和第二个有什么区别", "第二个和第三个哪个好", "口红和围巾哪个好",
                "which is better, the first or the second?", "what's the difference between the scarf and the lipstick?",
                "compare the first two")) {
            assertThat(bySay.get(comparison).action()).as(comparison).isEqualTo("shown_card");
        }
        assertThat(bySay.get("compare prices with other shops").action()).isEqualTo("fallback");
        assertThat(bySay.get("比较一下快递").action()).isEqualTo("ask");
        assertThat(RecordedDecisions.read(dialogue.resolve(RecordedDecisions.FILE)))
                .as("the shipped recording of shown-cards.yml")
                .filteredOn(c -> c.name().startsWith("shown-cards.yml: "))
                .containsExactlyElementsOf(recorded);
    }
}
