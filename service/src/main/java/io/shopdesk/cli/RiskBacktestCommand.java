package io.shopdesk.cli;

import io.shopdesk.risk.backtest.Backtester;
import io.shopdesk.risk.backtest.PaymentHistory;
import io.shopdesk.risk.backtest.PaymentHistoryCsv;
import io.shopdesk.risk.backtest.SyntheticHistory;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleSetException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code risk backtest}: replays a history through the live and a candidate rule set and reports what changes. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Replay past payments through the live and a candidate rule set; report flips and, with labels, precision/recall/FPR.")
class RiskBacktestCommand implements Callable<Integer> {
    @Option(names = "--rules", required = true, description = "the candidate rule set folder")
    Path candidate;

    @Option(names = "--live", defaultValue = "rules/risk", description = "the live rule set folder (default: ${DEFAULT-VALUE})")
    Path live;

    @Option(names = "--history", required = true, description = "payment history CSV")
    Path history;

    @Option(names = "--label", description = "label column: 1/true/yes for fraud, 0/false/no for legitimate, blank for unknown")
    String label;

    @Option(names = "--ignore-column", paramLabel = "NAME", split = ",",
            description = "a column of the history to leave out (any other unknown column stops the run)")
    Set<String> ignored = new TreeSet<>();

    @Option(names = "--json-flips", defaultValue = "50", paramLabel = "N",
            description = "how many flips, the first in the history's time order, the JSON line lists (firstFlips); "
                    + "flips still counts them all (default: ${DEFAULT-VALUE}; 0 lists none)")
    int jsonFlips;

    /** How many flips the report lists above its summary; the JSON line lists {@code --json-flips} of them. */
    static final int PRINTED_FLIPS = 20;

    @Override
    public Integer call() {
        if (jsonFlips < 0) {
            System.err.println("error: --json-flips " + jsonFlips + ": give 0 or more (how many flips the JSON line lists)");
            return 2;
        }
        for (Path folder : new Path[] {candidate, live}) {
            if (!java.nio.file.Files.isDirectory(folder)) {
                System.err.println("error: " + (folder == candidate ? "--rules " : "--live ") + folder + ": no such folder; "
                        + "give a rule set folder such as rules/risk");
                return 2;
            }
        }
        try {
            PaymentHistory read = PaymentHistoryCsv.read(history, label, ignored);
            var report = new Backtester().run(read.payments(), RuleEngine.compile(live), live, RuleEngine.compile(candidate),
                    candidate);
            System.out.printf("Replayed %d payments through %s (live) and %s (candidate)%n", report.payments(), live, candidate);
            if (!read.defaulted().isEmpty()) {
                System.out.printf("Not in the history, so every payment got the default: %s%n", read.defaulted().entrySet()
                        .stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", ")));
            }
            if (label != null && report.unlabelled() > 0) {
                System.out.printf("%d payments have no label (blank %s): replayed, but not counted in precision, recall or FPR%n",
                        report.unlabelled(), label);
            }
            if (!report.live().measured()) {
                System.out.println(label != null ? "No payment has a label: precision, recall and FPR are not measured"
                        : "No labels (--label COLUMN): precision, recall and FPR are not measured"
                        + (read.columns().contains("is_fraud") ? "; the history has a column is_fraud (--label is_fraud)" : ""));
            }
            System.out.printf("%d decisions flip%n", report.flips().size());
            // Each side with the rule that decided it (a REVIEW by ReviewFarAboveOrderTotal is not one by ReviewAt40),
            // and the reasons the candidate added (+) and dropped (-): what made it flip.
            report.flips().stream().limit(PRINTED_FLIPS).forEach(f -> System.out.printf("  %s: %s (%s) -> %s (%s)%s%s%n",
                    f.paymentId(), f.live(), f.liveDecidedBy(), f.candidate(), f.candidateDecidedBy(), reasonChanges(f),
                    f.fraud() == null ? "" : (f.fraud() ? " (fraud)" : " (legitimate)")));
            if (report.flips().size() > PRINTED_FLIPS) {
                // The list stopped at 20 without a word, and read as if those were all the flips.
                System.out.printf("  ... and %d more (the JSON line lists the first %d, firstFlips)%n",
                        report.flips().size() - PRINTED_FLIPS, Math.min(jsonFlips, report.flips().size()));
            }
            System.out.println("live:      " + summary(report.live()));
            System.out.println("candidate: " + summary(report.candidate()));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("n", report.payments());
            json.put("unlabelled", report.unlabelled());
            json.put("flips", report.flips().size());
            // The flips themselves, bounded so the last line stays one a script can read: flips is the total.
            json.put("firstFlips", report.flips().stream().limit(jsonFlips).map(RiskBacktestCommand::json).toList());
            json.put("defaulted", read.defaulted());
            json.put("live", json(report.live()));
            json.put("candidate", json(report.candidate()));
            System.out.println(JsonMapper.builder().build().writeValueAsString(json));
            return 0;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        } catch (RuleSetException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    /** " +SECOND_CARD_NEW_ACCOUNT -NEW_IP": the reason codes the candidate added and dropped; "" when none. */
    private static String reasonChanges(Backtester.Flip f) {
        String changes = java.util.stream.Stream.concat(f.reasonsAdded().stream().map(c -> "+" + c),
                f.reasonsRemoved().stream().map(c -> "-" + c)).collect(Collectors.joining(" "));
        return changes.isEmpty() ? "" : " " + changes;
    }

    private static String summary(Backtester.Quality q) {
        String counts = String.format("flagged %d, declined %d", q.flagged(), q.declined());
        return q.measured() ? counts + String.format(", precision %.3f, recall %.3f, FPR %.4f", q.precision(), q.recall(),
                q.falsePositiveRate()) : counts;
    }

    /** One flip of the JSON line: the payment, each side's decision and deciding rule, the reasons added and dropped. */
    private static Map<String, Object> json(Backtester.Flip f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("paymentId", f.paymentId());
        json.put("live", f.live());
        json.put("liveDecidedBy", f.liveDecidedBy());
        json.put("candidate", f.candidate());
        json.put("candidateDecidedBy", f.candidateDecidedBy());
        json.put("reasonsAdded", f.reasonsAdded());
        json.put("reasonsDropped", f.reasonsRemoved());
        json.put("fraud", f.fraud());
        return json;
    }

    /** Precision, recall and FPR only when measured: never NaN, which is not JSON. */
    private static Map<String, Object> json(Backtester.Quality q) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("flagged", q.flagged());
        json.put("declined", q.declined());
        if (q.measured()) {
            json.put("precision", q.precision());
            json.put("recall", q.recall());
            json.put("falsePositiveRate", q.falsePositiveRate());
        }
        return json;
    }

    /** {@code risk generate-history}: writes the SYNTHETIC demo history the backtest documentation uses. */
    @Command(name = "generate-history", mixinStandardHelpOptions = true,
            description = "Write a synthetic, labelled payment history (column is_fraud) for demos and tests.")
    static class GenerateHistory implements Callable<Integer> {
        @Option(names = "--out", required = true, paramLabel = "FILE",
                description = "the CSV file to write (replaced if it exists)")
        Path out;

        @Option(names = "--payments", defaultValue = "5000", paramLabel = "N",
                description = "how many payments to write (default: ${DEFAULT-VALUE})")
        int payments;

        @Option(names = "--seed", defaultValue = "42", paramLabel = "S",
                description = "the random seed: the same seed and count write the same file (default: ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() {
            PaymentHistoryCsv.write(out, SyntheticHistory.generate(payments, seed, Instant.parse("2026-11-01T00:00:00Z")));
            System.out.printf("Wrote %d synthetic payments to %s (label column: is_fraud)%n", payments, out);
            return 0;
        }
    }
}
