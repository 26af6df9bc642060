package io.shopdesk.ruleengine.internal;

import io.shopdesk.ruleengine.RuleProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places a compile error of a decision table ({@code .drl.csv}, {@code .drl.xlsx}) in the spreadsheet. Drools
 * compiles a table into DRL and reports errors at lines of that generated DRL, which nobody edits or sees
 * ({@code financing-scorecard.drl.csv:94} in a 21-line table). The generated DRL marks each rule with the row it
 * comes from ({@code // rule values at A21, header at A5}), so the rule holding the error line gives the row and the
 * rule's name; the column is the one cell of that row holding what the message names ({@code lots cannot be
 * resolved}), when exactly one does. An error that cannot be placed is said to be in the rules generated from the
 * table, with no line, rather than at a wrong one. Built only when a build has failed. Immutable and thread-safe.
 */
final class DecisionTableProblems {
    static final String UNPLACED = "in the rules generated from this table: ";

    /** What Drools' messages name: a quoted token, an unresolved name, a duplicate rule, a missing method. */
    private static final List<Pattern> NAMED = List.of(Pattern.compile("'([^']+)'"),
            Pattern.compile("(?:^|\\s)(\\S+) cannot be resolved"), Pattern.compile("Duplicate rule name: (\\S+)"),
            Pattern.compile("unable to resolve method using [\\w-]+: [\\w.$]*\\.(\\w+)\\("));
    /** An MVEL constraint Drools could not analyse; it reports it at no line, but the text is in one rule. */
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):");

    private final DecisionTable table;

    private DecisionTableProblems(DecisionTable table) {
        this.table = table;
    }

    static boolean isTable(String fileName) {
        return DecisionTable.isTable(fileName);
    }

    /** Reads the table as the build did; a table Drools cannot even turn into DRL places nothing. */
    static DecisionTableProblems of(String fileName, byte[] table) {
        return new DecisionTableProblems(DecisionTable.read(fileName, table));
    }

    /** Drools' error at {@code line} of the generated DRL, as a problem of the table's {@code file}. */
    RuleProblem locate(String file, int line, String message) {
        List<String> named = named(message);
        DecisionTable.GeneratedRule rule = line > 0 ? table.rules().stream()
                .filter(r -> r.firstLine() <= line && line <= r.lastLine()).findFirst().orElse(null)
                : byExpression(message);
        if (rule != null) {
            String column = column(rule.row(), rule.headerRow(), named);
            return new RuleProblem(file, rule.row(), "rule " + rule.name() + (column.isEmpty() ? "" : ", " + column)
                    + ": " + message);
        }
        // Not in a rule (the table's Import or RuleSet rows, say): the one cell of the sheet naming what failed.
        List<int[]> hits = new ArrayList<>();
        table.cells().forEach((r, row) -> row.forEach((c, text) -> {
            if (named.stream().anyMatch(n -> holds(text, n))) {
                hits.add(new int[] {r, c});
            }
        }));
        if (hits.size() == 1) {
            return new RuleProblem(file, hits.getFirst()[0], "column " + letter(hits.getFirst()[1]) + ": " + message);
        }
        return new RuleProblem(file, 0, UNPLACED + message);
    }

    private DecisionTable.GeneratedRule byExpression(String message) {
        Matcher m = EXPRESSION.matcher(message);
        if (!m.find()) {
            return null;
        }
        List<DecisionTable.GeneratedRule> holding = table.rules().stream().filter(r -> r.text().contains(m.group(1))).toList();
        return holding.size() == 1 ? holding.getFirst() : null;
    }

    /** "column H (Code, points, English, Chinese)": the one cell of the row holding a name; empty unless one does. */
    private String column(int row, int headerRow, List<String> named) {
        List<Integer> columns = table.row(row).entrySet().stream()
                .filter(c -> named.stream().anyMatch(n -> holds(c.getValue(), n))).map(Map.Entry::getKey).toList();
        if (columns.size() != 1) {
            return "";
        }
        int column = columns.getFirst();
        // The row after the code snippets labels the columns (it is not compiled).
        int labelRow = headerRow + 4;
        String label = labelRow < row ? table.row(labelRow).getOrDefault(column, "").strip() : "";
        return "column " + letter(column) + (label.isEmpty() ? "" : " (" + label + ")");
    }

    private static List<String> named(String message) {
        String first = message.lines().findFirst().orElse("");
        List<String> named = new ArrayList<>();
        for (Pattern p : NAMED) {
            Matcher m = p.matcher(first);
            while (m.find()) {
                if (!m.group(1).isBlank()) {
                    named.add(m.group(1).strip());
                }
            }
        }
        // MVEL puts the method it could not find on a later line.
        Matcher method = NAMED.getLast().matcher(message);
        if (method.find()) {
            named.add(method.group(1));
        }
        return named;
    }

    /** Whether {@code cell} holds {@code name} as a whole word (not as part of a longer name or a dotted one). */
    private static boolean holds(String cell, String name) {
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "(?![\\w.])").matcher(cell).find();
    }

    /** A spreadsheet column's letters: 0 is A, 25 Z, 26 AA. */
    static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }
}
