package io.shopdesk.dialogue;

import static io.shopdesk.dialogue.DialogueStartUpReplayRestartIT.checkedStatus;
import static io.shopdesk.dialogue.DialogueStartUpReplayRestartIT.messages;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ServiceOnFileDatabase;
import io.shopdesk.dialogue.internal.AcceptedWordLists;
import io.shopdesk.dialogue.internal.RecordedDecisions;
import io.shopdesk.nlp.Language;
import io.shopdesk.ruleengine.RuleVersion;
import io.shopdesk.ruleengine.RuleVersionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * A word list edited while the service was down is replayed once the service is up, as an edit on a running service
 * is: "got it" removed from {@code words/acknowledgements-en.csv}, which recorded answers are acknowledged by, is
 * refused with the list's line, the lists accepted last keep serving (read from the rule version history, where the
 * first start recorded them) and the health names the line; a harmless edit goes live once replayed and is recorded.
 * Until stop 32 the lists on disk were read at start-up as they were, unreplayed, and "got it" after an answer silently
 * stopped being acknowledged. The whole service, restarted on the same H2 file database, on a copy of the shipped rules
 * whose recorded decisions are cut to the acknowledgement conversations (the replay of all takes minutes on the shared
 * machine), read over HTTP (the health). The timeout only guards against a hang.
 */
class DialogueWordListsStartUpReplayRestartIT {
    @TempDir
    Path data;

    Path rules;

    ConfigurableApplicationContext start() {
        return ServiceOnFileDatabase.start(data, "--shopdesk.rules.dir=" + rules,
                "--shopdesk.risk.lists=" + rules.resolve("risk/lists"), "--shopdesk.rules.poll-interval=1h",
                "--shopdesk.dialogue.replay-at-start-up=true");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void aWordListEditedInWhileTheServiceWasDownIsReplayedBeforeItServes() throws Exception {
        rules = data.resolve("rules");
        FileSystemUtils.copyRecursively(Path.of("rules"), rules);
        Path dialogue = rules.resolve("dialogue");
        Path recorded = dialogue.resolve(RecordedDecisions.FILE);
        Files.writeString(recorded, conversationsOf(Files.readString(recorded), "acknowledgements.yml: "));
        Path acknowledgements = dialogue.resolve("words/acknowledgements-en.csv");
        String shipped = Files.readString(acknowledgements);

        RuleVersion accepted;
        try (ConfigurableApplicationContext first = start()) {
            // A new database: the lists on disk serve and are recorded as accepted.
            assertThat(messages(checkedStatus(first))).isEmpty();
            accepted = acceptedLists(first);
            assertThat(accepted.files()).containsEntry("words/acknowledgements-en.csv", shipped);
        }

        List<String> lines = new ArrayList<>(List.of(shipped.split("\n", -1)));
        int line = lines.indexOf("got it,understood") + 1;
        assertThat(line).isPositive();
        lines.remove(line - 1);
        Files.writeString(acknowledgements, String.join("\n", lines));
        try (ConfigurableApplicationContext second = start()) {
            DialogueService dialogueService = second.getBean(DialogueService.class);
            assertThat(dialogueService.acknowledgement("got it", Language.EN)).as("the accepted lists serve from the start")
                    .contains("understood");

            JsonNode status = checkedStatus(second);

            assertThat(status.path("ready").asBoolean()).isTrue();
            JsonNode problem = status.path("lastProblems").get(0);
            assertThat(problem.path("file").asString()).isEqualTo("dialogue/words/acknowledgements-en.csv");
            assertThat(problem.path("line").asInt()).isEqualTo(line);
            assertThat(problem.path("message").asString())
                    .startsWith("'got it' was removed (it was on this line): " + recorded + ": conversation "
                            + "'acknowledgements.yml: \"yes\", \"sure\", \"got it\" after an FAQ answer are acknowledged, "
                            + "never off-topic nor goodbye', message 4 (\"got it\"): decided ")
                    .endsWith(", recorded acknowledge, the lists in service decide acknowledge: record the decisions "
                            + "again if the change is meant");
            assertThat(dialogueService.wordListProblems().getFirst()).startsWith(acknowledgements + ":" + line + ": ");
            assertThat(dialogueService.acknowledgement("got it", Language.EN)).as("the accepted lists keep serving")
                    .contains("understood");
            assertThat(acceptedLists(second).version()).as("nothing else recorded").isEqualTo(accepted.version());
        }

        Files.writeString(acknowledgements, shipped + "righto,ok\n");
        try (ConfigurableApplicationContext third = start()) {
            JsonNode status = checkedStatus(third);

            assertThat(messages(status)).isEmpty();
            DialogueService dialogueService = third.getBean(DialogueService.class);
            assertThat(dialogueService.acknowledgement("righto", Language.EN)).contains("ok");
            assertThat(dialogueService.wordListProblems()).isEmpty();
            RuleVersion now = acceptedLists(third);
            assertThat(now.version()).isNotEqualTo(accepted.version());
            assertThat(now.origin()).isEqualTo("start-up check");
            assertThat(now.changedFiles()).containsExactly("words/acknowledgements-en.csv");
        }
    }

    static RuleVersion acceptedLists(ConfigurableApplicationContext service) {
        return service.getBean(RuleVersionStore.class).latest(AcceptedWordLists.historyName("dialogue")).orElseThrow();
    }

    /** The recorded file's header and the conversations whose name starts with {@code prefix}. */
    static String conversationsOf(String recorded, String prefix) {
        String[] parts = recorded.split("\n(?=- name:)");
        List<String> kept = new ArrayList<>(List.of(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].startsWith("- name: \"" + prefix)) {
                kept.add(parts[i]);
            }
        }
        assertThat(kept).as("conversations named " + prefix).hasSizeGreaterThan(1);
        return String.join("\n", kept) + "\n";
    }
}
