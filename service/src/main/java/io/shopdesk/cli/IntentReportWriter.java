package io.shopdesk.cli;

import io.shopdesk.nlp.intent.IntentEvaluator;
import io.shopdesk.nlp.intent.IntentEvaluator.Prediction;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an intent evaluation as one self-contained {@code index.html} (inline CSS and SVG, no scripts, nothing
 * fetched), so a report can be mailed or archived as a CI artefact and still open years later: the figures,
 * per-intent precision/recall/F1, the largest confusions, a confusion-matrix heat map, confidence histograms of
 * right and wrong answers and the out-of-scope threshold curve. All data text is escaped. Stateless and thread-safe.
 */
final class IntentReportWriter {
    /** More rows than this make an unreadable heat map; the labels with the most errors are shown. */
    static final int HEAT_MAP_LABELS = 40;
    private static final int BINS = 20;

    private IntentReportWriter() {
    }

    /**
     * @param raw       predictions without a threshold (best label and its probability), for histograms and the curve
     * @param threshold the threshold {@code scores} was computed with
     */
    static Path write(Path dir, String title, IntentEvaluator.Report scores, List<Prediction> raw, double threshold,
                      Map<String, Object> metrics) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title>\n<style>body{font:14px system-ui,sans-serif;margin:2em;color:#222}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}"
                        + "td:first-child,th:first-child,#confusions td{text-align:left}h2{margin-top:1.5em}.low{background:#fde2e2}"
                        + "svg text{font:10px sans-serif}</style></head><body>\n");
        html.append("<h1>").append(esc(title)).append("</h1>\n<table id=\"metrics\">");
        metrics.forEach((k, v) -> html.append("<tr><td>").append(esc(k)).append("</td><td>").append(esc(String.valueOf(v)))
                .append("</td></tr>"));
        html.append("</table>\n");
        // The long per-intent table (150 rows for CLINC150) goes last so the pictures are seen first.
        confusions(html, scores);
        heatMap(html, scores);
        histograms(html, IntentEvaluator.withThreshold(raw, threshold));
        thresholdCurve(html, raw, threshold);
        perIntent(html, scores);
        html.append("</body></html>\n");
        return Html.write(dir, html);
    }

    private static void perIntent(StringBuilder html, IntentEvaluator.Report scores) {
        html.append("<h2>Per intent</h2>\n<table id=\"per-intent\"><tr><th>intent</th><th>support</th><th>precision</th>"
                + "<th>recall</th><th>F1</th></tr>\n");
        for (IntentEvaluator.PerIntent p : scores.perIntent()) {
            html.append(p.f1() < 0.7 ? "<tr class=\"low\"><td>" : "<tr><td>").append(esc(p.intent())).append("</td><td>")
                    .append(p.support()).append("</td><td>").append(f3(p.precision())).append("</td><td>")
                    .append(f3(p.recall())).append("</td><td>").append(f3(p.f1())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void confusions(StringBuilder html, IntentEvaluator.Report scores) {
        html.append("<h2>Largest confusions</h2>\n");
        if (scores.confusions().isEmpty()) {
            // An empty table with only its header read as a broken report.
            html.append("<p id=\"confusions\">None: every test message got its own label.</p>\n");
            return;
        }
        html.append("<table id=\"confusions\"><tr><th>expected</th><th>predicted</th><th>count</th></tr>\n");
        scores.confusions().forEach(c -> html.append("<tr><td>").append(esc(c.gold())).append("</td><td>")
                .append(esc(c.predicted())).append("</td><td>").append(c.count()).append("</td></tr>\n"));
        html.append("</table>\n");
    }

    /** Rows are expected labels, columns predicted ones; a cell's shade is its share of the row. */
    private static void heatMap(StringBuilder html, IntentEvaluator.Report scores) {
        Map<String, Integer> errors = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> rowTotals = new HashMap<>();
        for (Prediction p : scores.predictions()) {
            counts.merge(p.gold() + "\u0000" + p.predicted(), 1, Integer::sum);
            rowTotals.merge(p.gold(), 1, Integer::sum);
            errors.putIfAbsent(p.gold(), 0);
            errors.putIfAbsent(p.predicted(), 0);
            if (!p.right()) {
                errors.merge(p.gold(), 1, Integer::sum);
                errors.merge(p.predicted(), 1, Integer::sum);
            }
        }
        List<String> labels = errors.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(HEAT_MAP_LABELS).map(Map.Entry::getKey).sorted().toList();
        int cell = 14;
        int margin = 150;
        int size = margin + cell * labels.size() + 10;
        html.append("<h2>Confusion matrix</h2>\n<p>Rows: expected; columns: predicted; shade: share of the row")
                .append(errors.size() > labels.size() ? " (the " + labels.size() + " labels with the most errors)" : "")
                .append(".</p>\n<svg id=\"heat-map\" width=\"").append(size + margin / 2)
                .append("\" height=\"").append(size).append("\">\n");
        for (int i = 0; i < labels.size(); i++) {
            int pos = margin + i * cell;
            html.append("<text x=\"").append(margin - 4).append("\" y=\"").append(pos + cell - 3)
                    .append("\" text-anchor=\"end\">").append(esc(labels.get(i))).append("</text>");
            html.append("<text transform=\"translate(").append(pos + cell - 3).append(',').append(margin - 4)
                    .append(") rotate(-60)\">").append(esc(labels.get(i))).append("</text>\n");
        }
        for (int r = 0; r < labels.size(); r++) {
            for (int c = 0; c < labels.size(); c++) {
                int n = counts.getOrDefault(labels.get(r) + "\u0000" + labels.get(c), 0);
                if (n == 0) {
                    continue;
                }
                double share = (double) n / rowTotals.getOrDefault(labels.get(r), 1);
                String colour = r == c ? "33,102,172" : "202,0,32";
                html.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
                                + "fill=\"rgba(%s,%.3f)\"><title>", margin + c * cell, margin + r * cell, cell - 1, cell - 1,
                        colour, 0.1 + 0.9 * share))
                        .append(esc(labels.get(r) + " → " + labels.get(c) + ": " + n)).append("</title></rect>\n");
            }
        }
        html.append("</svg>\n");
    }

    private static void histograms(StringBuilder html, List<Prediction> predictions) {
        int[] right = new int[BINS];
        int[] wrong = new int[BINS];
        for (Prediction p : predictions) {
            int bin = Math.min(BINS - 1, (int) (p.confidence() * BINS));
            (p.right() ? right : wrong)[bin]++;
        }
        html.append("<h2>Confidence of right and wrong answers</h2>\n");
        histogram(html, "right", right, "33,102,172");
        histogram(html, "wrong", wrong, "202,0,32");
    }

    private static void histogram(StringBuilder html, String name, int[] bins, String colour) {
        int max = java.util.Arrays.stream(bins).max().orElse(0);
        int width = 400;
        int height = 120;
        html.append("<p>").append(name).append(" (").append(java.util.Arrays.stream(bins).sum()).append(")</p>\n")
                .append("<svg id=\"histogram-").append(name).append("\" width=\"")
                .append(width + 40).append("\" height=\"").append(height + 20).append("\">\n");
        for (int i = 0; i < bins.length; i++) {
            double h = max == 0 ? 0 : (double) bins[i] / max * height;
            html.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"rgb(%s)\">"
                            + "<title>%.2f–%.2f: %d</title></rect>\n", 20 + i * width / bins.length, height - h,
                    width / bins.length - 2, h, colour, (double) i / bins.length, (double) (i + 1) / bins.length, bins[i]));
        }
        html.append(String.format("<text x=\"20\" y=\"%d\">0</text><text x=\"%d\" y=\"%d\">1</text></svg>\n",
                height + 14, width + 14, height + 14));
    }

    /** In-scope accuracy and out-of-scope recall as the threshold moves from 0 to 1; the chosen one is marked. */
    private static void thresholdCurve(StringBuilder html, List<Prediction> raw, double chosen) {
        int width = 400;
        int height = 200;
        StringBuilder inScope = new StringBuilder();
        StringBuilder oos = new StringBuilder();
        for (int step = 0; step <= 50; step++) {
            double t = step / 50.0;
            IntentEvaluator.Report r = IntentEvaluator.score(IntentEvaluator.withThreshold(raw, t));
            double x = 30 + t * width;
            if (!Double.isNaN(r.inScopeAccuracy())) {
                inScope.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, 10 + (1 - r.inScopeAccuracy()) * height));
            }
            if (!Double.isNaN(r.oosRecall())) {
                oos.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, 10 + (1 - r.oosRecall()) * height));
            }
        }
        html.append("<h2>Out-of-scope threshold</h2>\n<p><span style=\"color:#2166ac\">in-scope accuracy</span>, "
                + "<span style=\"color:#ca0020\">out-of-scope recall</span>; dashed: the threshold used (")
                .append(f3(chosen)).append(").</p>\n<svg id=\"threshold-curve\" width=\"")
                .append(width + 60).append("\" height=\"").append(height + 40).append("\">\n")
                .append(String.format(Locale.ROOT, "<rect x=\"30\" y=\"10\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>"
                        + "<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"%d\" stroke=\"#555\" stroke-dasharray=\"4\"/>"
                        + "<text x=\"30\" y=\"%d\">0</text><text x=\"%d\" y=\"%d\">1</text><text x=\"2\" y=\"16\">1</text>"
                        + "<text x=\"2\" y=\"%d\">0</text>\n", width, height, 30 + chosen * width, 30 + chosen * width,
                        height + 10, height + 24, width + 26, height + 24, height + 10))
                .append("<polyline fill=\"none\" stroke=\"#2166ac\" stroke-width=\"2\" points=\"").append(inScope).append("\"/>\n")
                .append("<polyline fill=\"none\" stroke=\"#ca0020\" stroke-width=\"2\" points=\"").append(oos).append("\"/>\n")
                .append("</svg>\n");
    }

    private static String f3(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String esc(String text) {
        return Html.escape(text);
    }
}
