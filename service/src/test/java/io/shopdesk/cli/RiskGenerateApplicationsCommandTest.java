package io.shopdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.risk.model.FinancingModelStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code risk generate-applications}: its defaults regenerate the very file the shipped financing release was
 * trained on (the manifest's training-data SHA-256), and bad options get one {@code error:} line and exit code 2.
 */
class RiskGenerateApplicationsCommandTest {
    static final Path SHIPPED = Path.of("nlp-models/financing-model");

    @TempDir
    Path dir;

    @Test
    void theDefaultsReproduceTheShippedReleasesTrainingData() {
        Path out = dir.resolve("synthetic-applications.csv");
        CommandRun run = CommandRun.of("risk", "generate-applications", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String sha = FinancingModelStore.manifest(SHIPPED).trainingDataSha256();
        assertThat(FinancingModelStore.sha256(out)).as("regenerate with: risk generate-applications --rows 2000 --seed 42")
                .isEqualTo(sha);
        assertThat(run.outLines()).containsExactly(
                "Wrote 2000 SYNTHETIC financing applications to " + out + " (seed 42): 324 defaulted (16.2%), label "
                        + "column defaulted = yes",
                "SHA-256 " + sha + " (a release trained on it records this as trainingDataSha256)");
        assertThat(run.err()).as("no progress bar for a small file").isEmpty();
    }

    @Test
    void rowsAndSeedChooseTheFile() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertThat(CommandRun.of("risk", "generate-applications", "--out", a.toString(), "--rows", "50", "--seed", "3")
                .exitCode()).isZero();
        assertThat(CommandRun.of("risk", "generate-applications", "--out", b.toString(), "--rows", "50", "--seed", "3")
                .exitCode()).isZero();
        assertThat(Files.readAllLines(a)).hasSize(52).isEqualTo(Files.readAllLines(b));
    }

    @Test
    void badOptionsAreOneErrorLine() throws IOException {
        Path out = dir.resolve("x.csv");
        for (String rows : new String[] {"0", "-5", "10000001"}) {
            CommandRun run = CommandRun.of("risk", "generate-applications", "--out", out.toString(), "--rows", rows);
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("error: --rows must be 1 to 10000000, got " + rows + System.lineSeparator());
        }
        CommandRun folder = CommandRun.of("risk", "generate-applications", "--out", dir.toString());
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).startsWith("error: --out " + dir + " is a folder; give a file name");
        Path nowhere = dir.resolve("no-such-folder/x.csv");
        CommandRun missing = CommandRun.of("risk", "generate-applications", "--out", nowhere.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: --out " + nowhere + ": no such folder " + dir.resolve("no-such-folder"));
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void helpSaysWhatItWritesAndWhatToRunNext() {
        CommandRun run = CommandRun.of("risk", "generate-applications", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--out=FILE", "--rows=<rows>", "default: 2000", "--seed=<seed>", "default: 42",
                "no real applicant", "risk train --data FILE --label defaulted --positive yes --out DIR");
    }
}
