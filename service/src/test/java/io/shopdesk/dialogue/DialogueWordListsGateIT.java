package io.shopdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.dialogue.internal.RecordedDecisions;
import io.shopdesk.nlp.Language;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The word lists' reload gate on a copy of the shipped rules and recorded decisions, edited as a team edits them while
 * the service runs (the folder's own watcher reads them): a word removed from {@code words/acknowledgements-en.csv} that
 * recorded conversations are decided by is refused, naming the list's line and the message, and the lists in service
 * stay; a word no recorded message uses goes live. Until stop 31 both went live unreplayed, and "got it" after an answer
 * silently stopped being acknowledged. Real service, real pipeline, real rule files; the waits guard against a hang.
 */
@OwnDatabaseTest(database = "shopdesk-dialogue-words-gate", properties = "shopdesk.rules.poll-interval=1h")
class DialogueWordListsGateIT extends DialogueServiceOnCopiedRules {
    @LocalServerPort
    int port;

    @Autowired
    RuleEngine engine;

    Path acknowledgements() {
        return dialogue.resolve("words/acknowledgements-en.csv");
    }

    @AfterEach
    void restore() throws Exception {
        Files.writeString(acknowledgements(), Files.readString(Path.of("rules/dialogue/words/acknowledgements-en.csv")));
        waitFor(() -> dialogueService.wordListProblems().isEmpty() && engine.status("dialogue").lastProblems().isEmpty()
                && dialogueService.acknowledgement("righto", Language.EN).isEmpty()
                && dialogueService.acknowledgement("got it", Language.EN).isPresent());
    }

    /** Polls until {@code done}: the folder's watcher reads an edit within 2 s, and its replay takes up to minutes. */
    static void waitFor(BooleanSupplier done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as("still waiting for the word lists' reload").isBefore(deadline);
            Thread.sleep(500);
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void aRemovedWordThatRecordedAnswersUseIsRefusedWithItsLineAndTheListsInServiceStay() throws Exception {
        List<String> lines = Files.readAllLines(acknowledgements());
        int line = lines.indexOf("got it,understood") + 1;
        assertThat(line).isPositive();
        lines.remove(line - 1);
        Files.write(acknowledgements(), lines);

        waitFor(() -> !dialogueService.wordListProblems().isEmpty());

        assertThat(dialogueService.wordListProblems().getFirst())
                .startsWith(acknowledgements() + ":" + line + ": 'got it' was removed (it was on this line): "
                        + dialogue.resolve(RecordedDecisions.FILE) + ": conversation 'acknowledgements.yml: \"yes\", "
                        + "\"sure\", \"got it\" after an FAQ answer are acknowledged, never off-topic nor goodbye', "
                        + "message 4 (\"got it\"): decided ")
                .endsWith(", recorded acknowledge, the lists in service decide acknowledge: record the decisions "
                        + "again if the change is meant");
        assertThat(dialogueService.acknowledgement("got it", Language.EN)).as("the lists in service stay")
                .contains("understood");
        // Where a refused edit of the rule files shows: until stop 32 only the log and wordListProblems() said it.
        JsonNode problem = DialogueStartUpReplayRestartIT.dialogueStatus(port).path("lastProblems").get(0);
        assertThat(problem.path("file").asString()).isEqualTo("dialogue/words/acknowledgements-en.csv");
        assertThat(problem.path("line").asInt()).isEqualTo(line);
        assertThat(problem.path("message").asString()).startsWith("'got it' was removed (it was on this line): ");
        assertThat(engine.status("dialogue").lastProblems()).extracting(RuleProblem::toString)
                .containsExactlyElementsOf(dialogueService.wordListProblems().stream()
                        .map(p -> p.substring((folder.resolve("rules") + "/").length())).toList());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void aWordNoRecordedMessageUsesGoesLive() throws Exception {
        Files.writeString(acknowledgements(), Files.readString(acknowledgements()) + "righto,ok\n");

        waitFor(() -> dialogueService.acknowledgement("righto", Language.EN).isPresent());

        assertThat(dialogueService.acknowledgement("righto", Language.EN)).contains("ok");
        assertThat(dialogueService.wordListProblems()).isEmpty();
    }
}
