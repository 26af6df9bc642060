package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleLoopException;
import io.shopdesk.ruleengine.ScenarioGate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Records the decisions the dialogue's reload gate replays ({@link RecordedDecisions}): every scenario conversation of
 * {@code rules/dialogue/scenarios/} (its messages, with the product cards it expects each reply to show; a file the shopper sends is left out: the gate
 * replays messages),
 * decided message by message by a version of the rules as the gate replays them ({@link DialogueService#replay}: no
 * conversation stored, no database written). Recording with the replay, not with the chat, is what makes the file
 * comparable: the gate's replay is the same. Thread-safe: it keeps nothing between calls.
 */
public final class DecisionRecorder {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * What the recorder reads of a scenario ({@code DialogueScenariosIT}'s format; of the expectations only the cards
     * shown).
     */
    record Scenario(String name, String locale, Long signedInAs, List<Step> turns) {
    }

    record Step(String say, String send, Boolean newConversation, Expect expect) {
        /** The cards the scenario expects the reply to show, in order; null for none or none named. */
        List<String> cards() {
            return expect == null ? null : expect.cardSkus();
        }
    }

    /** What the recorder reads of an expectation: the cards the reply shows, which the replay shows after it. */
    record Expect(List<String> cardSkus) {
    }

    private final DialogueService dialogue;
    private final ReplayAnalyses analyses;

    public DecisionRecorder(DialogueService dialogue, ReplayAnalyses analyses) {
        this.dialogue = dialogue;
        this.analyses = analyses;
    }

    /**
     * The scenarios of {@code scenarios} decided by {@code ruleSet}, in file order.
     *
     * @throws IllegalStateException when the rules loop or fail on a message (naming it): such a version records
     *                               nothing, as the gate would refuse it
     */
    public List<RecordedDecisions.Conversation> record(CompiledRuleSet ruleSet, Path scenarios) {
        List<RecordedDecisions.Conversation> recorded = new ArrayList<>();
        for (Path file : ScenarioGate.scenarioFiles(scenarios)) {
            List<Scenario> read = YAML.readValue(file.toFile(), new TypeReference<List<Scenario>>() { });
            for (Scenario scenario : read) {
                recorded.add(record(ruleSet, file.getFileName() + ": " + scenario.name(), scenario));
            }
        }
        return recorded;
    }

    private RecordedDecisions.Conversation record(CompiledRuleSet ruleSet, String name, Scenario scenario) {
        List<RecordedDecisions.Turn> messages = new ArrayList<>();
        boolean opens = false;
        for (Step step : scenario.turns()) {
            opens |= Boolean.TRUE.equals(step.newConversation());
            if (step.say() != null) {
                messages.add(new RecordedDecisions.Turn(step.say(), opens ? Boolean.TRUE : null, null, null,
                        step.cards()));
                opens = false;
            }
        }
        RecordedDecisions.Conversation conversation = new RecordedDecisions.Conversation(name, scenario.locale(),
                scenario.signedInAs(), messages);
        ReplayedConversation replayed = new ReplayedConversation(dialogue, new DecisionReplay.Version(ruleSet, null),
                conversation);
        List<RecordedDecisions.Turn> decided = new ArrayList<>();
        for (RecordedDecisions.Turn turn : messages) {
            Decision decision;
            try {
                decision = replayed.decide(turn, analyses.of(turn.say()));
            } catch (RuleLoopException | IllegalStateException e) {
                throw new IllegalStateException(name + " (\"" + turn.say() + "\"): " + e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new IllegalStateException(name + " (\"" + turn.say() + "\"): the rules fail: " + e, e);
            }
            decided.add(new RecordedDecisions.Turn(turn.say(), turn.newConversation(), decision.getAction(),
                    decision.getDetail(), turn.cards()));
        }
        return new RecordedDecisions.Conversation(name, scenario.locale(), scenario.signedInAs(), decided);
    }
}
