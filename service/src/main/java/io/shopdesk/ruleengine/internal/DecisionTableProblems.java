package io.shopdesk.ruleengine.internal;

import io.shopdesk.ruleengine.RuleProblem;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.template.parser.DataListener;

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

    private static final Pattern ROW_MARK = Pattern.compile("^// rule values at [A-Z]+(\\d+), header at [A-Z]+(\\d+)");
    private static final Pattern RULE = Pattern.compile("^rule \"(.*)\"");
    private static final Pattern END = Pattern.compile("^end\\s*$");
    /** What Drools' messages name: a quoted token, an unresolved name, a duplicate rule, a missing method. */
    private static final List<Pattern> NAMED = List.of(Pattern.compile("'([^']+)'"),
            Pattern.compile("(?:^|\\s)(\\S+) cannot be resolved"), Pattern.compile("Duplicate rule name: (\\S+)"),
            Pattern.compile("unable to resolve method using [\\w-]+: [\\w.$]*\\.(\\w+)\\("));
    /** An MVEL constraint Drools could not analyse; it reports it at no line, but the text is in one rule. */
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):");

    /** A rule of the generated DRL: the spreadsheet row it comes from and the lines it spans. */
    private record GeneratedRule(String name, int row, int headerRow, int firstLine, int lastLine, String text) {
    }

    private final List<GeneratedRule> rules;
    /** The first sheet's cells, as Drools reads them: row (1-based) to column (0-based) to text. */
    private final Map<Integer, Map<Integer, String>> cells;

    private DecisionTableProblems(List<GeneratedRule> rules, Map<Integer, Map<Integer, String>> cells) {
        this.rules = rules;
        this.cells = cells;
    }

    static boolean isTable(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx");
    }

    /** Reads the table as the build did; a table Drools cannot even turn into DRL places nothing. */
    static DecisionTableProblems of(String fileName, byte[] table) {
        InputType type = fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? InputType.CSV : InputType.XLS;
        try {
            String drl = new SpreadsheetCompiler(true).compile(new ByteArrayInputStream(table), type);
            Map<Integer, Map<Integer, String>> cells = new TreeMap<>();
            type.createParser(new CellCollector(cells)).parseFile(new ByteArrayInputStream(table));
            return new DecisionTableProblems(rules(drl), cells);
        } catch (RuntimeException e) {
            return new DecisionTableProblems(List.of(), Map.of());
        }
    }

    private static List<GeneratedRule> rules(String drl) {
        List<GeneratedRule> rules = new ArrayList<>();
        String[] lines = drl.split("\\R", -1);
        int row = 0;
        int headerRow = 0;
        int mark = 0;
        String name = null;
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher m;
            if ((m = ROW_MARK.matcher(lines[i])).find()) {
                row = Integer.parseInt(m.group(1));
                headerRow = Integer.parseInt(m.group(2));
                mark = i + 1;
            } else if ((m = RULE.matcher(lines[i])).find()) {
                name = m.group(1);
                start = mark == i ? mark : i + 1;
            } else if (name != null && END.matcher(lines[i]).find()) {
                if (mark == start) {
                    rules.add(new GeneratedRule(name, row, headerRow, start, i + 1,
                            String.join("\n", List.of(lines).subList(start - 1, i + 1))));
                }
                name = null;
            }
        }
        return rules;
    }

    /** Drools' error at {@code line} of the generated DRL, as a problem of the table's {@code file}. */
    RuleProblem locate(String file, int line, String message) {
        List<String> named = named(message);
        GeneratedRule rule = line > 0 ? rules.stream().filter(r -> r.firstLine() <= line && line <= r.lastLine())
                .findFirst().orElse(null) : byExpression(message);
        if (rule != null) {
            String column = column(rule.row(), rule.headerRow(), named);
            return new RuleProblem(file, rule.row(), "rule " + rule.name() + (column.isEmpty() ? "" : ", " + column)
                    + ": " + message);
        }
        // Not in a rule (the table's Import or RuleSet rows, say): the one cell of the sheet naming what failed.
        List<int[]> hits = new ArrayList<>();
        cells.forEach((r, row) -> row.forEach((c, text) -> {
            if (named.stream().anyMatch(n -> holds(text, n))) {
                hits.add(new int[] {r, c});
            }
        }));
        if (hits.size() == 1) {
            return new RuleProblem(file, hits.getFirst()[0], "column " + letter(hits.getFirst()[1]) + ": " + message);
        }
        return new RuleProblem(file, 0, UNPLACED + message);
    }

    private GeneratedRule byExpression(String message) {
        Matcher m = EXPRESSION.matcher(message);
        if (!m.find()) {
            return null;
        }
        List<GeneratedRule> holding = rules.stream().filter(r -> r.text().contains(m.group(1))).toList();
        return holding.size() == 1 ? holding.getFirst() : null;
    }

    /** "column H (Code, points, English, Chinese)": the one cell of the row holding a name; empty unless one does. */
    private String column(int row, int headerRow, List<String> named) {
        List<Integer> columns = cells.getOrDefault(row, Map.of()).entrySet().stream()
                .filter(c -> named.stream().anyMatch(n -> holds(c.getValue(), n))).map(Map.Entry::getKey).toList();
        if (columns.size() != 1) {
            return "";
        }
        int column = columns.getFirst();
        // The row after the code snippets labels the columns (it is not compiled).
        int labelRow = headerRow + 4;
        String label = labelRow < row ? cells.getOrDefault(labelRow, Map.of()).getOrDefault(column, "").strip() : "";
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

    /** Keeps the non-blank cells of the first sheet Drools reads. */
    private record CellCollector(Map<Integer, Map<Integer, String>> cells) implements DataListener {
        @Override
        public void startSheet(String name) {
        }

        @Override
        public void finishSheet() {
        }

        @Override
        public void newRow(int row, int columns) {
        }

        @Override
        public void newCell(int row, int column, String value, int mergedColStart) {
            if (value != null && !value.isBlank()) {
                cells.computeIfAbsent(row + 1, r -> new TreeMap<>()).put(column, value);
            }
        }
    }
}
