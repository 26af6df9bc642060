package io.shopdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every command shares: standard output holds the command's own lines only, and a mistake in the command line or
 * an error no command foresaw is a few lines on standard error, never a usage dump or a stack trace.
 */
class ShopDeskCommandTest {

    @Test
    void libraryWarningsGoToStandardErrorNotAmongTheResults() {
        CommandRun run = CommandRun.of("rules", "test", "rules/risk");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // Drools warns at every compile that a rule file's package is not its folder; it was printed on standard output.
        assertThat(run.outLines()).allMatch(line -> line.startsWith("PASS ") || line.matches("\\d+ passed, 0 failed"));
        assertThat(run.err()).doesNotContain("It is advised to have a correspondance");
    }

    @Test
    void aMistakeInTheCommandLineIsNamedWithWhereTheOptionsAreListed() {
        CommandRun unknown = CommandRun.of("nlu", "cross-validate", "--fold", "3", "--data", "x.csv");
        // After a list option a misspelt option was taken for two more data files ("--fold: no such file").
        CommandRun afterData = CommandRun.of("nlu", "cross-validate", "--data", "x.csv", "--fold", "3");
        CommandRun notANumber = CommandRun.of("nlu", "cross-validate", "--data", "x.csv", "--folds", "three");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().lines().toList()).hasSize(3).contains("Possible solutions: --folds")
                .last().isEqualTo("Run 'shopdesk nlu cross-validate --help' for its options.");
        assertThat(afterData.exitCode()).isEqualTo(2);
        assertThat(afterData.err().lines().toList()).containsExactly(
                "error: Unknown option: '--fold'; Expected parameter for option '--data' but found '--fold'",
                "Run 'shopdesk nlu cross-validate --help' for its options.");
        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.err().lines().toList()).containsExactly(
                "error: Invalid value for option '--folds': 'three' is not an int",
                "Run 'shopdesk nlu cross-validate --help' for its options.");
        assertThat(unknown.out() + afterData.out() + notANumber.out()).isEmpty();
    }

    @Test
    void anErrorNoCommandForesawIsOneLine(@TempDir Path dir) throws IOException {
        // A models folder without the dictionaries the tokeniser loads.
        Path models = Files.createDirectories(dir.resolve("nlp-models"));
        Path faq = Files.writeString(dir.resolve("faq.csv"), KbCommandTest.FAQ);
        Path queries = Files.writeString(dir.resolve("queries.csv"), KbCommandTest.QUERIES);

        CommandRun run = CommandRun.of("nlu", "eval", "--train", faq.toString(), "--test", queries.toString(),
                "--models-dir", models.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().lines().filter(line -> !line.isBlank()).toList()).hasSize(1).first().asString()
                .startsWith("error: ").doesNotContain("Exception");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void helpAndVersionAreTheCommandLinesAndSpringOptionsStartTheService() {
        assertThat(ShopDeskCommand.handles("--help")).isTrue();
        assertThat(ShopDeskCommand.handles("-V")).isTrue();
        assertThat(ShopDeskCommand.handles("nlu", "eval")).isTrue();
        assertThat(ShopDeskCommand.handles("--server.port=9090")).isFalse();
        assertThat(ShopDeskCommand.handles()).isFalse();
    }
}
