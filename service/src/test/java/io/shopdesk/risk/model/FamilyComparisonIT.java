package io.shopdesk.risk.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Started by hand: each model family's 10-fold figures on German Credit, to choose the release recipe. */
@Tag("benchmark")
class FamilyComparisonIT {
    @TempDir
    Path dir;

    @Test
    void compareFamilies() throws Exception {
        assumeTrue(Files.isRegularFile(GermanCreditIT.DATA), "Skipped: German Credit not found");
        FinancingData data = FinancingData.read(GermanCreditIT.toCsv(GermanCreditIT.DATA, dir.resolve("g.csv")), "class", "2");
        for (var family : FinancingModelTrainer.Family.values()) {
            long start = System.nanoTime();
            var result = new FinancingCrossValidator(new FinancingModelTrainer(42, family), 10,
                    new FinancingCrossValidator.Costs(1, 5)).evaluate(data);
            System.out.printf("%-14s %s %.1f s%n", family, result, (System.nanoTime() - start) / 1e9);
        }
    }
}
