package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.RuleVersion;
import io.shopdesk.ruleengine.RuleVersionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The shipped word lists at start-up, accepted lists kept in a version store: lists on disk that are not those accepted
 * last wait behind them for their check ({@link WordListsInService#checkDeferred}), which refuses them with the
 * gate's lines (the accepted lists keep serving) or puts them in service and records them. Before stop 32 nothing
 * remembered the accepted lists and the lists on disk served at start-up unchecked. The gate here refuses any changed
 * term, standing in for the service's replay (which {@code DialogueWordListsStartUpReplayRestartIT} runs).
 */
class WordListsAtStartUpTest {
    /** Refuses every edit that changes a term, naming the first change's line, as the replay names it. */
    static final WordListsGate REFUSES_CHANGES = (inService, candidate) -> candidate.changesFrom(inService).stream()
            .limit(1).map(c -> c + ": refused").toList();

    @TempDir
    Path copy;

    @Test
    void listsEditedWhileTheServiceWasDownWaitBehindTheAcceptedOnesForTheirCheck() throws Exception {
        Path words = copy.resolve("words");
        FileSystemUtils.copyRecursively(Path.of("rules/dialogue/words"), words);
        AcceptedWordLists accepted = new AcceptedWordLists(RuleVersionStore.inMemory(), "dialogue", Clock.systemUTC());
        try (WordListsInService first = new WordListsInService(words, REFUSES_CHANGES, null, accepted, true)) {
            assertThat(first.waiting()).as("nothing accepted before: the lists on disk serve").isFalse();
            assertThat(accepted.last()).map(RuleVersion::files).contains(AcceptedWordLists.texts(words));
        }
        Path file = words.resolve("acknowledgements-en.csv");
        List<String> lines = Files.readAllLines(file);
        int line = lines.indexOf("got it,understood") + 1;
        lines.remove(line - 1);
        Files.write(file, lines);

        try (WordListsInService second = new WordListsInService(words, REFUSES_CHANGES, null, accepted, true)) {
            assertThat(second.waiting()).isTrue();
            assertThat(second.acknowledgements().kindOf("got it", "en")).as("the accepted lists serve").contains("understood");
            assertThat(second.lastProblems()).singleElement().asString()
                    .startsWith(words + ": the word lists on disk are not those accepted last (version ")
                    .endsWith("which serve until the lists on disk pass their check once the service is ready");

            assertThat(second.checkDeferred()).isFalse();

            assertThat(second.waiting()).isFalse();
            assertThat(second.acknowledgements().kindOf("got it", "en")).contains("understood");
            assertThat(second.lastProblems()).containsExactly(
                    file + ":" + line + ": 'got it' was removed (it was on this line): refused");
            assertThat(second.ruleProblems()).containsExactly(new RuleProblem(file.toString(), line,
                    "'got it' was removed (it was on this line): refused"));
        }

        String before = accepted.last().orElseThrow().version();
        try (WordListsInService third = new WordListsInService(words, WordListsGate.NONE, null, accepted, true)) {
            assertThat(third.checkDeferred()).isTrue();

            assertThat(third.acknowledgements().kindOf("got it", "en")).isEmpty();
            assertThat(third.lastProblems()).isEmpty();
            RuleVersion now = accepted.last().orElseThrow();
            assertThat(now.version()).isNotEqualTo(before);
            assertThat(now.origin()).isEqualTo("start-up check");
            assertThat(now.changedFiles()).containsExactly("words/acknowledgements-en.csv");
        }
    }

    @Test
    void withTheCheckAtStartUpOffTheListsOnDiskServeAndAreRecorded() throws Exception {
        AcceptedWordLists accepted = new AcceptedWordLists(RuleVersionStore.inMemory(), "dialogue", Clock.systemUTC());
        Path words = acceptedThenEdited(accepted);

        try (WordListsInService lists = new WordListsInService(words, REFUSES_CHANGES, null, accepted, false)) {
            assertThat(lists.waiting()).isFalse();
            assertThat(lists.acknowledgements().kindOf("righto", "en")).contains("ok");
            assertThat(accepted.last()).map(RuleVersion::files).contains(AcceptedWordLists.texts(words));
        }
    }

    /**
     * A {@code git pull} that brings lists and a new {@code gate/decisions.yml} while the service starts: the gate's
     * watcher and the lists' watcher fire while the lists wait for their check at start-up. Until stop 33 the gate's
     * change ran the check at once (before the language models were ready) and the start-up check then found nothing
     * waiting. Now both wait for the check at start-up, which runs the gate once, on the files as they are then.
     */
    @Test
    void aChangeOfTheGateOrTheListsWhileTheListsWaitDoesNotRunTheirCheckEarly() throws Exception {
        AcceptedWordLists accepted = new AcceptedWordLists(RuleVersionStore.inMemory(), "dialogue", Clock.systemUTC());
        Path words = acceptedThenEdited(accepted);
        java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
        WordListsGate counting = (inService, candidate) -> {
            checks.incrementAndGet();
            return List.of();
        };

        try (WordListsInService lists = new WordListsInService(words, counting, null, accepted, true)) {
            lists.gateChanged();
            lists.listsChanged();

            assertThat(checks).as("no check before the service is ready").hasValue(0);
            assertThat(lists.waiting()).isTrue();
            assertThat(lists.acknowledgements().kindOf("righto", "en")).as("the accepted lists serve").isEmpty();
            assertThat(lists.lastProblems()).singleElement().asString().endsWith(WordListsInService.WAITING);

            assertThat(lists.checkDeferred()).isTrue();

            assertThat(checks).hasValue(1);
            assertThat(lists.acknowledgements().kindOf("righto", "en")).contains("ok");
            assertThat(accepted.last().orElseThrow().origin()).isEqualTo(WordListsInService.STARTED_ORIGIN);
        }
    }

    @Test
    void afterTheCheckAtStartUpAChangedGateChecksARefusedEditAgain() throws Exception {
        AcceptedWordLists accepted = new AcceptedWordLists(RuleVersionStore.inMemory(), "dialogue", Clock.systemUTC());
        Path words = acceptedThenEdited(accepted);
        java.util.concurrent.atomic.AtomicBoolean recorded = new java.util.concurrent.atomic.AtomicBoolean();
        WordListsGate refusesUntilRecorded = (inService, candidate) -> recorded.get() ? List.of()
                : REFUSES_CHANGES.problems(inService, candidate);

        try (WordListsInService lists = new WordListsInService(words, refusesUntilRecorded, null, accepted, true)) {
            assertThat(lists.checkDeferred()).isFalse();
            recorded.set(true);

            lists.gateChanged();

            assertThat(lists.lastProblems()).isEmpty();
            assertThat(lists.acknowledgements().kindOf("righto", "en")).contains("ok");
        }
    }

    /**
     * A copy of the shipped lists, accepted as a first start records them, then edited as while the service was down:
     * "righto" added as an acknowledgement ("ok").
     */
    private Path acceptedThenEdited(AcceptedWordLists accepted) throws Exception {
        Path words = copy.resolve("words");
        FileSystemUtils.copyRecursively(Path.of("rules/dialogue/words"), words);
        new WordListsInService(words, REFUSES_CHANGES, null, accepted, true).close();
        Files.writeString(words.resolve("acknowledgements-en.csv"), "righto,ok\n", java.nio.file.StandardOpenOption.APPEND);
        return words;
    }
}
