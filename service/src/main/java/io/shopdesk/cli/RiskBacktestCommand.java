package io.shopdesk.cli;

import io.shopdesk.risk.backtest.Backtester;
import io.shopdesk.risk.backtest.PaymentHistoryCsv;
import io.shopdesk.risk.backtest.SyntheticHistory;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleSetException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
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

    @Override
    public Integer call() {
        try {
            var rows = PaymentHistoryCsv.read(history, label);
            var report = new Backtester().run(rows, RuleEngine.compile(live), live, RuleEngine.compile(candidate), candidate);
            System.out.printf("Replayed %d payments through %s (live) and %s (candidate)%n", report.payments(), live, candidate);
            if (label != null && report.unlabelled() > 0) {
                System.out.printf("%d payments have no label (blank %s): replayed, but not counted in precision, recall or FPR%n",
                        report.unlabelled(), label);
            }
            System.out.printf("%d decisions flip%n", report.flips().size());
            report.flips().stream().limit(20).forEach(f -> System.out.printf("  %s: %s -> %s%s%n", f.paymentId(), f.live(),
                    f.candidate(), f.fraud() == null ? "" : (f.fraud() ? " (fraud)" : " (legitimate)")));
            System.out.printf("live:      flagged %d, declined %d, precision %.3f, recall %.3f, FPR %.4f%n", report.live().flagged(),
                    report.live().declined(), report.live().precision(), report.live().recall(), report.live().falsePositiveRate());
            System.out.printf("candidate: flagged %d, declined %d, precision %.3f, recall %.3f, FPR %.4f%n", report.candidate().flagged(),
                    report.candidate().declined(), report.candidate().precision(), report.candidate().recall(), report.candidate().falsePositiveRate());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("n", report.payments());
            json.put("unlabelled", report.unlabelled());
            json.put("flips", report.flips().size());
            json.put("live", report.live());
            json.put("candidate", report.candidate());
            System.out.println(JsonMapper.builder().build().writeValueAsString(json));
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        } catch (RuleSetException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    /** {@code risk generate-history}: writes the SYNTHETIC demo history the backtest documentation uses. */
    @Command(name = "generate-history", mixinStandardHelpOptions = true,
            description = "Write a synthetic, labelled payment history (column is_fraud) for demos and tests.")
    static class GenerateHistory implements Callable<Integer> {
        @Option(names = "--out", required = true)
        Path out;

        @Option(names = "--payments", defaultValue = "5000")
        int payments;

        @Option(names = "--seed", defaultValue = "42")
        long seed;

        @Override
        public Integer call() {
            PaymentHistoryCsv.write(out, SyntheticHistory.generate(payments, seed, Instant.parse("2026-11-01T00:00:00Z")));
            System.out.printf("Wrote %d synthetic payments to %s (label column: is_fraud)%n", payments, out);
            return 0;
        }
    }
}
