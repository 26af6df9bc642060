package io.shopdesk.cli;

import io.shopdesk.knowledge.KbEvaluator;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@code kb eval} as one self-contained {@code index.html} (inline CSS, no scripts, nothing fetched): the
 * figures of the FAQ search and of the BM25 baseline side by side, then every query with the rank of its first right
 * entry in each, misses first, so the queries worth a new question variant stand out. Stateless and thread-safe.
 */
final class KbReportWriter {

    private KbReportWriter() {
    }

    static Path write(Path dir, String title, KbEvaluator.Report ours, KbEvaluator.Report baseline, Map<String, Object> metrics) {
        StringBuilder html = new StringBuilder(32 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(Html.escape(title))
                .append("</title>\n<style>body{font:14px system-ui,sans-serif;margin:2em;color:#222}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px}"
                        + ".miss{background:#fde2e2}</style></head><body>\n<h1>").append(Html.escape(title)).append("</h1>\n");
        html.append("<table id=\"metrics\"><tr><th></th><th>FAQ search</th><th>BM25 baseline</th></tr>\n");
        row(html, "P@1", ours.pAt1(), baseline.pAt1());
        row(html, "MRR@10", ours.mrrAt10(), baseline.mrrAt10());
        row(html, "Recall@5", ours.recallAt5(), baseline.recallAt5());
        html.append("</table>\n<table id=\"json\">");
        metrics.forEach((k, v) -> html.append("<tr><td>").append(Html.escape(k)).append("</td><td>")
                .append(Html.escape(String.valueOf(v))).append("</td></tr>"));
        html.append("</table>\n<h2>Queries</h2>\n<table id=\"queries\"><tr><th>query</th><th>expected</th><th>rank</th>"
                + "<th>found first</th><th>baseline rank</th><th>baseline first</th></tr>\n");
        List<Integer> order = java.util.stream.IntStream.range(0, ours.perQuery().size()).boxed()
                .sorted(java.util.Comparator.comparingInt(i -> ours.perQuery().get(i).rank() == 1 ? 1 : 0)).toList();
        for (int i : order) {
            KbEvaluator.QueryResult q = ours.perQuery().get(i);
            KbEvaluator.QueryResult b = baseline.perQuery().get(i);
            html.append(q.rank() == 1 ? "<tr><td>" : "<tr class=\"miss\"><td>").append(Html.escape(q.query()))
                    .append("</td><td>").append(Html.escape(String.join(" | ", q.expectedIds()))).append("</td><td>")
                    .append(rank(q)).append("</td><td>").append(Html.escape(first(q))).append("</td><td>")
                    .append(rank(b)).append("</td><td>").append(Html.escape(first(b))).append("</td></tr>\n");
        }
        html.append("</table>\n</body></html>\n");
        return Html.write(dir, html);
    }

    private static void row(StringBuilder html, String name, double ours, double baseline) {
        html.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.3f</td><td>%.3f</td></tr>%n", name, ours, baseline));
    }

    private static String rank(KbEvaluator.QueryResult q) {
        return q.rank() == 0 ? "–" : String.valueOf(q.rank());
    }

    private static String first(KbEvaluator.QueryResult q) {
        return q.foundIds().isEmpty() ? "" : q.foundIds().getFirst();
    }
}
