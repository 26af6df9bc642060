package io.shopdesk.cli;

import io.shopdesk.knowledge.KbEvaluator;
import io.shopdesk.nlp.Language;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures {@code kb eval} reports: the FAQ search's and the plain BM25 baseline's retrieval scores side by side,
 * as the table a person reads and as the metrics of the JSON line and the HTML report (the same numbers, so the two
 * never disagree). Apart from {@link KbCommand} so that the command reads its files and runs the evaluation, and this
 * says what came of it. Immutable; thread-safe.
 *
 * @param withUnrelated whether questions the FAQ should not answer were measured ({@code --unrelated})
 */
record KbEvalFigures(Language language, int entries, KbEvaluator.Report ours, KbEvaluator.Report plain,
                     double buildSeconds, boolean withUnrelated) {

    /** The metrics of the JSON line and the report, in the order they are printed. */
    Map<String, Object> metrics() {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("p_at_1", NluData.figure(ours.pAt1()));
        metrics.put("mrr_at_10", NluData.figure(ours.mrrAt10()));
        metrics.put("recall_at_5", NluData.figure(ours.recallAt5()));
        metrics.put("n_queries", ours.queries());
        metrics.put("n_entries", entries);
        metrics.put("language", language.code());
        metrics.put("answered_correctly", NluData.figure(ours.answeredCorrectly()));
        metrics.put("answered_wrongly", NluData.figure(ours.answeredWrongly()));
        if (withUnrelated) {
            metrics.put("unrelated_rejected", NluData.figure(ours.unrelatedRejected()));
        }
        metrics.put("baseline_p_at_1", NluData.figure(plain.pAt1()));
        metrics.put("baseline_mrr_at_10", NluData.figure(plain.mrrAt10()));
        metrics.put("baseline_recall_at_5", NluData.figure(plain.recallAt5()));
        metrics.put("p_at_1_gain_points", Math.round((ours.pAt1() - plain.pAt1()) * 1000) / 10.0);
        metrics.put("build_seconds", Math.round(buildSeconds * 100) / 100.0);
        return metrics;
    }

    /** The table a person reads: what was measured, both searches' scores, the difference and the confident answers. */
    void print(PrintStream out, Path faq, Path queries) {
        String analyser = language == Language.ZH ? "SmartChineseAnalyzer" : "EnglishAnalyzer";
        out.printf(Locale.ROOT, "FAQ %s: %d entries (%s); %d queries from %s%n", faq, entries, language.code(),
                ours.queries(), queries);
        out.printf(Locale.ROOT, "%-28s %6s %8s %9s%n", "", "P@1", "MRR@10", "Recall@5");
        out.printf(Locale.ROOT, "%-28s %6.3f %8.3f %9.3f%n", "FAQ search", ours.pAt1(), ours.mrrAt10(), ours.recallAt5());
        out.printf(Locale.ROOT, "%-28s %6.3f %8.3f %9.3f%n", "BM25 + " + analyser, plain.pAt1(), plain.mrrAt10(),
                plain.recallAt5());
        out.printf(Locale.ROOT, "P@1 difference: %+.1f points%n", (ours.pAt1() - plain.pAt1()) * 100);
        out.printf(Locale.ROOT, "Answered (confident): %.3f right, %.3f wrong%n", ours.answeredCorrectly(),
                ours.answeredWrongly());
        if (withUnrelated) {
            out.printf(Locale.ROOT, "Unrelated questions left unanswered: %.3f of %d%n", ours.unrelatedRejected(),
                    ours.unrelated());
        }
    }
}
