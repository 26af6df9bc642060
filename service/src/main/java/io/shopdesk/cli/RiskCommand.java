package io.shopdesk.cli;

import io.shopdesk.risk.model.FinancingCrossValidator;
import io.shopdesk.risk.model.FinancingData;
import io.shopdesk.risk.model.FinancingDataException;
import io.shopdesk.risk.model.FinancingModel;
import io.shopdesk.risk.model.FinancingModelStore;
import io.shopdesk.risk.model.FinancingModelTrainer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code risk train}: trains the financing default model from a CSV, optionally cross-validates it, and releases it. */
@Command(name = "risk", description = "Train and measure risk models.", mixinStandardHelpOptions = true,
        subcommands = {RiskCommand.Train.class, RiskBacktestCommand.class, RiskBacktestCommand.GenerateHistory.class,
                RiskGenerateApplicationsCommand.class})
class RiskCommand {

    @Command(name = "train", description = "Train the financing default model and write model.bin with its manifest.",
            mixinStandardHelpOptions = true)
    static class Train implements Callable<Integer> {
        @Option(names = "--data", required = true, description = "CSV file with a header, one applicant per row (lines starting with # are comments)")
        Path data;

        @Option(names = "--label", required = true, description = "the label column")
        String label;

        @Option(names = "--positive", required = true, description = "the label value meaning 'defaulted'")
        String positive;

        @Option(names = "--folds", defaultValue = "0", description = "stratified k-fold cross-validation first (0: none)")
        int folds;

        @Option(names = "--cost-fp", defaultValue = "1", description = "cost of refusing a good payer (default: ${DEFAULT-VALUE})")
        double costFp;

        @Option(names = "--cost-fn", defaultValue = "5", description = "cost of approving a defaulter (default: ${DEFAULT-VALUE})")
        double costFn;

        @Option(names = "--seed", defaultValue = "42", description = "fold shuffling seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--out", required = true, description = "release folder for model.bin and manifest.json")
        Path out;

        @Override
        public Integer call() {
            try {
                if (folds == 1 || folds < 0) {
                    throw new FinancingDataException("--folds must be 0 (none) or at least 2, got " + folds);
                }
                OutputFolder.problem("--out", out, FinancingModelStore.MODEL_FILE).ifPresent(problem -> {
                    throw new FinancingDataException(problem);
                });
                var costs = new FinancingCrossValidator.Costs(costFp, costFn);
                FinancingData applicants = FinancingData.read(data, label, positive);
                FinancingModelTrainer trainer = new FinancingModelTrainer(seed);
                FinancingCrossValidator validator = new FinancingCrossValidator(trainer, Math.max(folds, 2), costs);
                System.out.printf("%s: %d applicants, %d with %s = %s (%.1f%%), %d columns%n", data, applicants.size(),
                        applicants.positives(), label, positive, 100.0 * applicants.positives() / applicants.size(),
                        applicants.columns().size());
                Map<String, Object> metrics = new LinkedHashMap<>();
                metrics.put("n", applicants.size());
                metrics.put("positives", applicants.positives());
                if (folds >= 2) {
                    long start = System.nanoTime();
                    FinancingCrossValidator.Result result;
                    try {
                        result = validator.evaluate(applicants);
                    } catch (FinancingDataException e) {
                        throw new FinancingDataException(data + ": " + e.getMessage());
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("Stratified %d-fold cross-validation (threshold chosen inside each training fold, "
                                    + "costs FP %.3g, FN %.3g) in %.1f s:%n", folds, costFp, costFn, seconds);
                    System.out.printf("  AUC %.4f pooled, %.4f mean of folds%n", result.auc(), result.meanFoldAuc());
                    System.out.printf("  accuracy %.4f, expected cost %.4f per applicant%n", result.accuracy(), result.expectedCost());
                    System.out.printf("  fold thresholds %.3f mean (%.3f..%.3f)%n", result.threshold(),
                            result.minThreshold(), result.maxThreshold());
                    metrics.put("folds", folds);
                    metrics.put("auc", round(result.auc()));
                    metrics.put("auc_fold_mean", round(result.meanFoldAuc()));
                    metrics.put("accuracy", round(result.accuracy()));
                    metrics.put("expected_cost", round(result.expectedCost()));
                    metrics.put("threshold", round(result.threshold()));
                    metrics.put("cv_seconds", Math.round(seconds * 100) / 100.0);
                } else {
                    System.out.println("No --folds: no held-out figures (auc, accuracy and expected_cost are null).");
                    metrics.put("auc", null);
                    metrics.put("accuracy", null);
                    metrics.put("expected_cost", null);
                }
                long start = System.nanoTime();
                FinancingModel model = trainer.train(applicants);
                double seconds = (System.nanoTime() - start) / 1e9;
                double releaseThreshold = validator.chooseThreshold(applicants);
                if (folds < 2) {
                    metrics.put("threshold", round(releaseThreshold));
                }
                metrics.put("release_threshold", round(releaseThreshold));
                metrics.put("features", model.featureCount());
                metrics.put("log_ratios", model.logRatios().size());
                metrics.put("train_seconds", Math.round(seconds * 1000) / 1000.0);
                var manifest = FinancingModelStore.write(out, model, FinancingModelStore.sha256(data), label, positive,
                        releaseThreshold, costs, metrics);
                System.out.printf("Trained on all %d applicants (%d features, %d of them log-ratios) in %.2f s; "
                                + "release threshold %.3f%n", applicants.size(), model.featureCount(),
                        model.logRatios().size(), seconds, releaseThreshold);
                System.out.printf("Wrote %s (version %s)%n", out, manifest.version());
                System.out.println(NluCommand.JSON.writeValueAsString(metrics));
                return 0;
            } catch (FinancingDataException | IllegalArgumentException e) {
                System.err.println("error: " + e.getMessage());
                return 2;
            } catch (java.io.UncheckedIOException e) {
                System.err.println("error: cannot write the release to " + out + " (" + e.getCause().getMessage() + ")");
                return 2;
            }
        }

        private static double round(double value) {
            return Math.round(value * 10000) / 10000.0;
        }
    }
}
