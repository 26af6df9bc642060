package io.shopdesk.cli;

import io.shopdesk.recommendation.RatingData;
import io.shopdesk.recommendation.RatingDataException;
import io.shopdesk.recommendation.RecommenderCrossValidator;
import io.shopdesk.recommendation.RecommenderEvaluator;
import io.shopdesk.recommendation.RecommenderMetrics;
import io.shopdesk.recommendation.RecommenderModelStore;
import io.shopdesk.recommendation.SyntheticRatings;
import io.shopdesk.recommendation.TrainedRecommenders;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code reco train}, {@code reco eval} and {@code reco generate}: the recommenders from a ratings file, measured by
 * k-fold cross-validation or released for the service. Bad input ends with a one-line message and exit code 2.
 */
@Command(name = "reco", description = "Train and measure the product recommenders.", mixinStandardHelpOptions = true,
        subcommands = {RecoCommand.Train.class, RecoCommand.Eval.class, RecoCommand.Generate.class})
class RecoCommand {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Command(name = "train", description = "Train popularity, item-cf and mf on all ratings and write them to a folder.",
            mixinStandardHelpOptions = true)
    static class Train implements Callable<Integer> {
        @Option(names = "--ratings", required = true, description = "CSV user,item,rating[,timestamp] or MovieLens u.data")
        Path ratings;

        @Option(names = "--out", required = true, description = "folder for models.bin.gz and manifest.json")
        Path out;

        @Override
        public Integer call() {
            if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
                System.err.println("error: --out " + out + " is a file; give a folder for the models");
                return 2;
            }
            try {
                RatingData data = RatingData.read(ratings);
                System.out.println(describe(ratings, data));
                long start = System.nanoTime();
                TrainedRecommenders models = TrainedRecommenders.train(data);
                double seconds = (System.nanoTime() - start) / 1e9;
                RecommenderModelStore.write(out, models, Map.of("source", ratings.getFileName().toString(),
                        "trainingSeconds", Math.round(seconds * 100) / 100.0));
                System.out.printf("Trained popularity, item-cf and mf in %.2f s; wrote %s%n", seconds,
                        out.resolve(RecommenderModelStore.MODEL_FILE));
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("ratings", data.size());
                json.put("users", data.userCount());
                json.put("items", data.itemCount());
                json.put("trainingSeconds", Math.round(seconds * 100) / 100.0);
                json.put("out", out.toString());
                System.out.println(JSON.writeValueAsString(json));
                return 0;
            } catch (RatingDataException e) {
                System.err.println("error: " + e.getMessage());
                return 2;
            } catch (java.io.UncheckedIOException e) {
                System.err.println("error: cannot write the models to " + out + " (" + e.getMessage() + ")");
                return 2;
            }
        }
    }

    @Command(name = "eval", description = "K-fold cross-validation: RMSE, MAE, precision@10, recall@10, NDCG@10 per algorithm.",
            mixinStandardHelpOptions = true)
    static class Eval implements Callable<Integer> {
        @Option(names = "--ratings", required = true, description = "CSV user,item,rating[,timestamp] or MovieLens u.data")
        Path ratings;

        @Option(names = "--folds", defaultValue = "5", description = "number of folds (default: ${DEFAULT-VALUE})")
        int folds;

        @Option(names = "--algo", description = "only this algorithm: popularity, item-cf, mf or mf+item-cf (default: all)")
        String algo;

        @Option(names = "--seed", defaultValue = "42", description = "fold shuffling seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() {
            try {
                List<RecommenderCrossValidator.Algorithm> algorithms = RecommenderCrossValidator.algorithms().stream()
                        .filter(a -> algo == null || a.name().equals(algo)).toList();
                if (algorithms.isEmpty()) {
                    throw new RatingDataException("unknown --algo " + algo + "; choose popularity, item-cf, mf or mf+item-cf");
                }
                if (folds < 2) {
                    throw new RatingDataException("--folds must be at least 2, got " + folds);
                }
                RatingData data = RatingData.read(ratings);
                if (data.size() < folds) {
                    throw new RatingDataException(data.size() + " ratings cannot be split into " + folds + " folds");
                }
                System.out.println(describe(ratings, data));
                RecommenderEvaluator evaluator = new RecommenderEvaluator();
                System.out.printf("%d-fold cross-validation (seed %d); ranking: top %d, relevant = rating >= 4%n",
                        folds, seed, evaluator.n());
                long start = System.nanoTime();
                Map<String, RecommenderMetrics> results;
                try (Progress progress = new Progress("folds", (long) folds * algorithms.size())) {
                    results = new RecommenderCrossValidator(folds, seed, evaluator)
                            .run(data, algorithms, (name, fold, metrics) -> progress.step());
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%-12s %7s %7s %7s %7s %8s%n", "algorithm", "RMSE", "MAE", "P@10", "R@10", "NDCG@10");
                results.forEach((name, m) -> System.out.printf("%-12s %7.4f %7.4f %7.4f %7.4f %8.4f%n", name, m.rmse(),
                        m.mae(), m.precision(), m.recall(), m.ndcg()));
                String best = results.entrySet().stream().min(Comparator.comparingDouble(e -> e.getValue().rmse()))
                        .orElseThrow().getKey();
                System.out.printf("Best by RMSE: %s (%.1f s)%n", best, seconds);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("best", best);
                json.put("rmse", round(results.get(best).rmse()));
                json.put("mae", round(results.get(best).mae()));
                json.put("folds", folds);
                json.put("ratings", data.size());
                Map<String, Object> all = new LinkedHashMap<>();
                results.forEach((name, m) -> all.put(name, ordered("rmse", round(m.rmse()), "mae", round(m.mae()),
                        "precision_at_10", round(m.precision()), "recall_at_10", round(m.recall()),
                        "ndcg_at_10", round(m.ndcg()))));
                json.put("algorithms", all);
                json.put("seconds", Math.round(seconds * 10) / 10.0);
                System.out.println(JSON.writeValueAsString(json));
                return 0;
            } catch (RatingDataException e) {
                System.err.println("error: " + e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "generate", description = "Write synthetic ratings with a known latent structure (see docs/recommendation.md).",
            mixinStandardHelpOptions = true)
    static class Generate implements Callable<Integer> {
        @Option(names = "--users", defaultValue = "943") int users;
        @Option(names = "--items", defaultValue = "1682") int items;
        @Option(names = "--ratings", defaultValue = "100000") int ratings;
        @Option(names = "--seed", defaultValue = "42") long seed;
        @Option(names = "--out", required = true) Path out;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (users < 2 || items < 2 || ratings < 1 || (long) ratings > (long) users * items) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--users and --items must be at least 2, "
                        + "and --ratings between 1 and users × items (" + (long) users * items + ")");
            }
            RatingData data = SyntheticRatings.generate(users, items, ratings, seed);
            SyntheticRatings.write(data, out);
            System.out.println(describe(out, data));
            return 0;
        }
    }

    private static String describe(Path file, RatingData data) {
        return String.format("%s: %d ratings, %d users, %d items, scale %s-%s", file, data.size(), data.userCount(),
                data.itemCount(), number(data.min()), number(data.max()));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int x = 0; x < keysAndValues.length; x += 2) {
            map.put((String) keysAndValues[x], keysAndValues[x + 1]);
        }
        return map;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
