package io.shopdesk.escalation.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The per-agent figures as CSV (RFC 4180: CRLF line ends, a field with a comma, quote or line break in double quotes,
 * quotes doubled), UTF-8 with a byte-order mark so that Excel shows Chinese names, a header row, one row per agent,
 * durations in whole seconds, an empty field where there is nothing to measure. A text field starting with
 * {@code = + - @} gets a leading apostrophe so a spreadsheet does not run it as a formula. Stateless.
 */
final class AgentReportCsv {
    static final List<String> HEADER = List.of("username", "display_name", "team", "handled", "resolved",
            "returned_to_bot", "transferred_away", "first_response_median_s", "first_response_p90_s",
            "handling_median_s", "handling_p90_s", "csat", "ratings");

    private AgentReportCsv() {
    }

    static byte[] of(List<AgentReports.Figures> agents) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(line(HEADER.stream()));
        for (AgentReports.Figures f : agents) {
            out.append(line(Stream.of(text(f.username()), text(f.displayName()), text(f.team()), f.handled(),
                    f.resolved(), f.returned(), f.transferredAway(), f.firstResponseMedianSeconds(),
                    f.firstResponseP90Seconds(), f.handlingMedianSeconds(), f.handlingP90Seconds(), f.csat(),
                    f.ratings()).map(v -> v == null ? "" : v.toString())));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(Stream<String> fields) {
        return fields.map(AgentReportCsv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String text(String value) {
        String v = Objects.requireNonNullElse(value, "");
        return !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
