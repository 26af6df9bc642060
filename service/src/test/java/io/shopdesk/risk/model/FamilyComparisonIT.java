package io.shopdesk.risk.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shopdesk.risk.model.FinancingModelTrainer.Family;
import io.shopdesk.risk.model.FinancingModelTrainer.Recipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Started by hand: each recipe's 10-fold figures on German Credit over several fold seeds, to choose the release
 * recipe. Without {@code -Dfamilies} it runs the release recipe; {@code -Dfamilies=A,B} runs those families with the
 * release's settings but without the forest's log-ratio columns. {@code -Dseeds=42,1,2} sets the seeds.
 */
@Tag("benchmark")
class FamilyComparisonIT {
    @TempDir
    Path dir;

    @Test
    void compareFamilies() throws Exception {
        assumeTrue(Files.isRegularFile(GermanCreditIT.DATA), "Skipped: German Credit not found");
        FinancingData data = FinancingData.read(GermanCreditIT.toCsv(GermanCreditIT.DATA, dir.resolve("g.csv")), "class", "2");
        long[] seeds = Arrays.stream(System.getProperty("seeds", "42,1,2").split(",")).mapToLong(Long::parseLong).toArray();
        List<Recipe> recipes = new ArrayList<>();
        for (String name : System.getProperty("families", "").split(",")) {
            if (!name.isBlank()) {
                Family family = Family.valueOf(name.strip());
                recipes.add(new Recipe(family, FinancingModelTrainer.RELEASE.lambda(),
                        FinancingModelTrainer.RELEASE.smoothing(), FinancingModelTrainer.RELEASE.trees(),
                        FinancingModelTrainer.RELEASE.splitFactor()));
            }
        }
        if (recipes.isEmpty()) {
            recipes.add(FinancingModelTrainer.RELEASE);
        }
        for (Recipe recipe : recipes) {
            double auc = 0;
            double cost = 0;
            for (long seed : seeds) {
                long start = System.nanoTime();
                var result = new FinancingCrossValidator(new FinancingModelTrainer(seed, recipe), 10,
                        new FinancingCrossValidator.Costs(1, 5)).evaluate(data);
                System.out.printf("%s seed %d: AUC %.4f, accuracy %.3f, cost %.3f, threshold %.3f (%.3f..%.3f), %.1f s%n",
                        recipe.label(), seed, result.auc(), result.accuracy(), result.expectedCost(), result.threshold(),
                        result.minThreshold(), result.maxThreshold(), (System.nanoTime() - start) / 1e9);
                auc += result.auc();
                cost += result.expectedCost();
            }
            System.out.printf("%s MEAN over %d seeds: AUC %.4f, cost %.3f%n", recipe.label(), seeds.length,
                    auc / seeds.length, cost / seeds.length);
        }
    }
}
