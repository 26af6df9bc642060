package io.shopdesk.risk.model;

import io.shopdesk.risk.model.FinancingModelTrainer.Family;
import io.shopdesk.risk.model.FinancingModelTrainer.Recipe;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("benchmark")
class ScratchDumpIT {
    @TempDir
    Path dir;

    @Test
    void dump() throws Exception {
        FinancingData data = FinancingData.read(GermanCreditIT.toCsv(GermanCreditIT.DATA, dir.resolve("g.csv")), "class", "2");
        String[] members = System.getProperty("members").split(",");
        long[] seeds = java.util.Arrays.stream(System.getProperty("seeds", "42,1,2").split(",")).mapToLong(Long::parseLong).toArray();
        int innerFolds = Integer.getInteger("inner", 5);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(System.getProperty("out"))))) {
            out.println("seed,fold,kind,index,label,member,p");
            for (long seed : seeds) {
                int[] foldOf = FinancingCrossValidator.assignFolds(data, 10, seed);
                for (int fold = 0; fold < 10; fold++) {
                    int f = fold;
                    int[] trainIdx = IntStream.range(0, data.size()).filter(i -> foldOf[i] != f).toArray();
                    int[] testIdx = IntStream.range(0, data.size()).filter(i -> foldOf[i] == f).toArray();
                    FinancingData train = data.subset(trainIdx);
                    int[] innerOf = FinancingCrossValidator.assignFolds(train, innerFolds, seed + 1);
                    for (String member : members) {
                        String[] parts = member.split(":");
                        Recipe recipe = new Recipe(Family.valueOf(parts[0]), Double.parseDouble(parts[1]),
                                Double.parseDouble(parts[2]), Integer.parseInt(parts[3]));
                        var trainer = new FinancingModelTrainer(seed, recipe);
                        for (int inner = 0; inner < innerFolds; inner++) {
                            int g = inner;
                            FinancingModel m = trainer.train(train.subset(IntStream.range(0, train.size()).filter(i -> innerOf[i] != g).toArray()));
                            for (int i = 0; i < train.size(); i++) {
                                if (innerOf[i] == inner) {
                                    out.printf("%d,%d,inner,%d,%d,%s,%.6f%n", seed, fold, trainIdx[i], train.isPositive(i) ? 1 : 0, member, m.probability(train.rows().get(i)));
                                }
                            }
                        }
                        FinancingModel m = trainer.train(train);
                        for (int i : testIdx) {
                            out.printf("%d,%d,outer,%d,%d,%s,%.6f%n", seed, fold, i, data.isPositive(i) ? 1 : 0, member, m.probability(data.rows().get(i)));
                        }
                    }
                }
                System.out.println("seed " + seed + " done");
            }
        }
    }
}
