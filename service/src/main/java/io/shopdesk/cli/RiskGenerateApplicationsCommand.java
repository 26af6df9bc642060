package io.shopdesk.cli;

import io.shopdesk.risk.model.FinancingModelStore;
import io.shopdesk.risk.model.SyntheticApplications;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code risk generate-applications}: writes the SYNTHETIC financing applications the demo model release is trained
 * on ({@link SyntheticApplications}); with the default rows and seed, the very file whose SHA-256 the release in
 * {@code nlp-models/financing-model} records as its training data.
 */
@Command(name = "generate-applications", mixinStandardHelpOptions = true,
        description = {"Write synthetic, labelled financing applications (label column defaulted, yes/no) for training "
                + "and demos: a known logistic structure (see rules/risk/README.md), no real applicant.",
                "Then: risk train --data FILE --label defaulted --positive yes --out DIR"})
class RiskGenerateApplicationsCommand implements Callable<Integer> {
    static final int MAX_ROWS = 10_000_000;
    /** From this many rows on, a progress bar on standard error. */
    static final int PROGRESS_FROM = 200_000;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the CSV file to write (replaced if it exists)")
    Path out;

    @Option(names = "--rows", defaultValue = "" + SyntheticApplications.RELEASE_ROWS,
            description = "applications to generate, 1 to " + MAX_ROWS + " (default: ${DEFAULT-VALUE}, as the shipped release)")
    int rows;

    @Option(names = "--seed", defaultValue = "" + SyntheticApplications.RELEASE_SEED,
            description = "random seed; the same seed and rows give the same file (default: ${DEFAULT-VALUE}, as the shipped release)")
    long seed;

    @Override
    public Integer call() {
        if (rows < 1 || rows > MAX_ROWS) {
            System.err.println("error: --rows must be 1 to " + MAX_ROWS + ", got " + rows);
            return 2;
        }
        Path folder = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            System.err.println("error: --out " + out + " is a folder; give a file name");
            return 2;
        }
        if (folder == null || !Files.isDirectory(folder)) {
            System.err.println("error: --out " + out + ": no such folder " + folder);
            return 2;
        }
        int defaulted;
        try {
            if (rows >= PROGRESS_FROM) {
                try (Progress progress = new Progress("Generating", rows)) {
                    defaulted = SyntheticApplications.write(out, rows, seed, progress::stepTo);
                }
            } else {
                defaulted = SyntheticApplications.write(out, rows, seed, done -> { });
            }
        } catch (UncheckedIOException e) {
            System.err.println("error: cannot write " + out + " (" + e.getCause().getMessage() + ")");
            return 2;
        }
        System.out.printf("Wrote %d SYNTHETIC financing applications to %s (seed %d): %d defaulted (%.1f%%), label "
                        + "column %s = %s%n", rows, out, seed, defaulted, 100.0 * defaulted / rows,
                SyntheticApplications.LABEL, SyntheticApplications.POSITIVE);
        System.out.printf("SHA-256 %s (a release trained on it records this as trainingDataSha256)%n",
                FinancingModelStore.sha256(out));
        return 0;
    }
}
