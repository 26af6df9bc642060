package io.shopdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * {@code rules check} reads the data files beside the rules with the service's readers, so a bad word-list line, reply
 * file or plan row is found before it is committed, not logged on the service's next reload. Runs on copies of the
 * shipped folders.
 */
class RulesCheckDataFilesTest {
    /** A library's log line (Drools' advice on the rules), which the command leaves on standard error too. */
    private static final Pattern LOG_LINE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*");

    /** The lines of standard error the command printed: each problem, without the libraries' log lines. */
    private static List<String> problems(CommandRun run) {
        return run.err().lines().filter(l -> !LOG_LINE.matcher(l).matches()).toList();
    }

    @Test
    void theShippedDialogueFilesAndPlanTablePass() {
        CommandRun run = CommandRun.of("rules", "check", "rules/dialogue", "--instalment-plans", "knowledge-base/instalments");
        assertThat(problems(run)).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("rules/dialogue: OK (1 rule file, word lists, reply texts, instalment plans)\n");
    }

    @Test
    void aBadWordListLineAMisspeltListAndAMissingReplyFileAreEachALine(@TempDir Path dir) throws Exception {
        Path dialogue = dir.resolve("dialogue");
        FileSystemUtils.copyRecursively(Path.of("rules/dialogue"), dialogue);
        Path yes = dialogue.resolve("words/yes-en.csv");
        long lines = Files.readAllLines(yes).size();
        Files.writeString(yes, "sure thing,maybe\n", StandardOpenOption.APPEND);
        Path acknowledgements = dialogue.resolve("words/acknowledgements-zh.csv");
        Files.writeString(acknowledgements, "term,kind\n好的？,ok\n");
        Files.copy(yes, dialogue.resolve("words/yess-en.csv"));
        Files.delete(dialogue.resolve("replies/replies-en.properties"));

        CommandRun run = CommandRun.of("rules", "check", dialogue.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(problems(run)).containsExactly(
                acknowledgements + ":2: '好的？' has a question mark, and a message with one is never an acknowledgement",
                yes + ":" + (lines + 1) + ": 'sure thing' needs a kind of yes or after, not 'maybe'",
                dialogue.resolve("words/yess-en.csv") + ": not a word list the dialogue reads (acknowledgements-, "
                        + "yes-, no- or queue-words-<zh|en>.csv), so the service ignores it",
                "Cannot read reply texts " + dialogue.resolve("replies/replies-en.properties"));
        assertThat(run.out()).isEqualTo(dialogue + ": 4 problems (1 rule file, word lists, reply texts)\n");
    }

    /**
     * A key only one language has is taken by the service (the other language falls back), so it fails nothing, but
     * the check names it with its line: 13 English-only texts went unnoticed until stop 31.
     */
    @Test
    void aReplyKeyInOneLanguageOnlyIsAWarningWithItsLine(@TempDir Path dir) throws Exception {
        Path dialogue = dir.resolve("dialogue");
        FileSystemUtils.copyRecursively(Path.of("rules/dialogue"), dialogue);
        Path en = dialogue.resolve("replies/replies-en.properties");
        Path zh = dialogue.resolve("replies/replies-zh.properties");
        Files.writeString(en, "late_by.two=2 days\nparcel_note=We wrapped it twice.\n", StandardOpenOption.APPEND);
        int lines = Files.readAllLines(en).size();
        Files.writeString(zh, "goodbye.extra=再见啦\n", StandardOpenOption.APPEND);
        int zhLines = Files.readAllLines(zh).size();

        CommandRun run = CommandRun.of("rules", "check", dialogue.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(problems(run)).containsExactly(
                zh + ":" + zhLines + ": warning: goodbye.extra has no text in replies-en.properties: English shoppers get "
                        + "goodbye's text instead; add one (or note why the fallback is meant)",
                en + ":" + (lines - 1) + ": warning: late_by.two has no text in replies-zh.properties: Chinese shoppers get "
                        + "late_by's text instead; add one (or note why the fallback is meant)",
                en + ":" + lines + ": warning: parcel_note has no text in replies-zh.properties: a reply using it falls "
                        + "back to another text or leaves the sentence out for Chinese shoppers; add one (or note why the fallback is meant)");
        assertThat(run.out()).isEqualTo(dialogue + ": OK (1 rule file, word lists, reply texts), 3 warnings\n");
    }

    @Test
    void aNoThatIsAlsoAYesIsNamedWithBothLines(@TempDir Path dir) throws Exception {
        Path dialogue = dir.resolve("dialogue");
        FileSystemUtils.copyRecursively(Path.of("rules/dialogue"), dialogue);
        Path no = dialogue.resolve("words/no-zh.csv");
        Files.writeString(no, "term,kind\n好的,no\n");
        Path yes = dialogue.resolve("words/yes-zh.csv");
        int yesLine = Files.readAllLines(yes).indexOf("好的,yes") + 1;

        CommandRun run = CommandRun.of("rules", "check", dialogue.toString());

        assertThat(yesLine).isPositive();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(problems(run)).containsExactly(no + ":2: '好的' is a no here and a yes on line " + yesLine + " of " + yes);
    }

    @Test
    void aBrokenPlanRowIsNamedAtItsLine(@TempDir Path dir) throws Exception {
        Path plans = dir.resolve("instalments");
        FileSystemUtils.copyRecursively(Path.of("knowledge-base/instalments"), plans);
        Path table = plans.resolve("instalment-plans.csv");
        String text = Files.readString(table);
        assertThat(text.lines().toList().get(2)).isEqualTo("huabei,6,4.5,100,600");
        Files.writeString(table, text.replace("huabei,6,4.5,100,600", "huabei,6x,4.5,100,600"));

        CommandRun run = CommandRun.of("rules", "check", "rules/dialogue", "--instalment-plans", plans.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(problems(run)).containsExactly(table + ":3: months '6x' is not a whole number from 2 to 60");
        assertThat(run.out()).isEqualTo("rules/dialogue: 1 problem (1 rule file, word lists, reply texts, instalment plans)\n");
    }

    @Test
    void thePlanTableGoesWithTheDialogueOnly() {
        CommandRun run = CommandRun.of("rules", "check", "rules/risk", "--instalment-plans", "knowledge-base/instalments");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --instalment-plans goes with the dialogue rule set, and rules/risk is not one\n");
        CommandRun missing = CommandRun.of("rules", "check", "rules/dialogue", "--instalment-plans", "no-such-folder");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: no-such-folder: not a folder");
    }

    @Test
    void theRecommendationTextsAreReadInBothLanguages(@TempDir Path dir) throws Exception {
        CommandRun shipped = CommandRun.of("rules", "check", "rules/recommendation");
        assertThat(shipped.exitCode()).as(shipped.err()).isZero();
        assertThat(shipped.out()).isEqualTo("rules/recommendation: OK (1 rule file, texts)\n");

        Path recommendation = dir.resolve("recommendation");
        FileSystemUtils.copyRecursively(Path.of("rules/recommendation"), recommendation);
        Path zh = recommendation.resolve("texts-zh.properties");
        Files.writeString(zh, "intro=\\u12\n");
        CommandRun broken = CommandRun.of("rules", "check", recommendation.toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(problems(broken)).containsExactly(zh + ": Malformed \\uxxxx encoding.");
    }
}
