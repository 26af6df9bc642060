package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ruleengine.ScenarioGate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The dialogue's reload gate replays {@code rules/dialogue/gate/decisions.yml}; a scenario added or changed without
 * recording the decisions again is a conversation the gate never replays, so a looping or broken rule that only it
 * reaches would go live. This checks that the file holds every scenario's messages as they are now (not the
 * decisions: those depend on the day a late order is judged on, and the gate compares them with the live version's).
 */
class RecordedDecisionsCoverScenariosTest {
    private static final Path DIALOGUE = Path.of("rules/dialogue");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void everyScenarioIsRecordedWithItsMessages() {
        Map<String, List<String>> recorded = new LinkedHashMap<>();
        for (RecordedDecisions.Conversation conversation
                : RecordedDecisions.read(DIALOGUE.resolve(RecordedDecisions.FILE))) {
            recorded.put(conversation.name(), conversation.turns().stream()
                    .map(turn -> (turn.opensConversation() ? "[new] " : "") + turn.say()).toList());
        }
        List<Path> files = ScenarioGate.scenarioFiles(DIALOGUE.resolve("scenarios"));
        assertThat(files).as("the dialogue's scenario files").isNotEmpty();
        assertThat(recorded).as("the recorded conversations").isNotEmpty();
        List<String> stale = new ArrayList<>();
        for (Path file : files) {
            List<DecisionRecorder.Scenario> scenarios = YAML.readValue(file.toFile(),
                    new TypeReference<List<DecisionRecorder.Scenario>>() { });
            for (DecisionRecorder.Scenario scenario : scenarios) {
                String name = file.getFileName() + ": " + scenario.name();
                if (!messages(scenario).equals(recorded.get(name))) {
                    stale.add(name);
                }
            }
        }
        assertThat(stale)
                .as("scenarios whose messages gate/decisions.yml does not hold as they are: record the decisions "
                        + "again (rules/dialogue/README.md, \"The reload gate\", \"A change you mean\")")
                .isEmpty();
    }

    /** The messages the recorder records of {@code scenario}: what the shopper says, marked where a new chat opens. */
    private static List<String> messages(DecisionRecorder.Scenario scenario) {
        List<String> messages = new ArrayList<>();
        boolean opens = false;
        for (DecisionRecorder.Step step : scenario.turns()) {
            opens |= Boolean.TRUE.equals(step.newConversation());
            if (step.say() != null) {
                messages.add((opens ? "[new] " : "") + step.say());
                opens = false;
            }
        }
        return messages;
    }
}
