package io.shopdesk.ruleengine.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.template.parser.DataListener;

/**
 * A decision table ({@code .drl.csv}, {@code .drl.xlsx}) as Drools reads it: the DRL it generates, each rule with the
 * spreadsheet row it comes from (Drools marks them {@code // rule values at A21, header at A5}), and the first
 * sheet's cells. What both the placing of a table's compile errors ({@link DecisionTableProblems}) and the readable
 * names of its rows ({@link RuleDescriptions}) read. Immutable and thread-safe.
 */
final class DecisionTable {
    private static final Pattern ROW_MARK = Pattern.compile("^// rule values at [A-Z]+(\\d+), header at [A-Z]+(\\d+)");
    private static final Pattern RULE = Pattern.compile("^rule \"(.*)\"");
    private static final Pattern END = Pattern.compile("^end\\s*$");
    static final DecisionTable EMPTY = new DecisionTable(List.of(), Map.of());

    /** A rule of the generated DRL: the spreadsheet row it comes from, its table's header row, the lines it spans. */
    record GeneratedRule(String name, int row, int headerRow, int firstLine, int lastLine, String text) {
    }

    private final List<GeneratedRule> rules;
    /** The first sheet's non-blank cells, as Drools reads them: row (1-based) to column (0-based) to text. */
    private final Map<Integer, Map<Integer, String>> cells;

    private DecisionTable(List<GeneratedRule> rules, Map<Integer, Map<Integer, String>> cells) {
        this.rules = rules;
        this.cells = cells;
    }

    static boolean isTable(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx");
    }

    /** Reads the table as a build does; one Drools cannot even turn into DRL is {@link #EMPTY}. */
    static DecisionTable read(String fileName, byte[] table) {
        InputType type = fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? InputType.CSV : InputType.XLS;
        try {
            String drl = new SpreadsheetCompiler(true).compile(new ByteArrayInputStream(table), type);
            Map<Integer, Map<Integer, String>> cells = new TreeMap<>();
            type.createParser(new CellCollector(cells)).parseFile(new ByteArrayInputStream(table));
            return new DecisionTable(rules(drl), cells);
        } catch (RuntimeException e) {
            return EMPTY;
        }
    }

    List<GeneratedRule> rules() {
        return rules;
    }

    Map<Integer, Map<Integer, String>> cells() {
        return cells;
    }

    /** The non-blank cells of a row (1-based), by column (0-based). */
    Map<Integer, String> row(int row) {
        return cells.getOrDefault(row, Map.of());
    }

    Optional<GeneratedRule> rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst();
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
        return List.copyOf(rules);
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
