package io.shopdesk.ruleengine.internal;

import io.shopdesk.ruleengine.RuleDescription;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import io.shopdesk.ruleengine.RuleFileContent;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * Describes the rules of a compiled rule set ({@link RuleDescription}): each rule's file and the fact types its
 * conditions need, read from the compiled conditions (Drools' own analysis of the rule, so a condition written in
 * any syntax counts), and a readable label for the rows of a decision table, read from the table itself as a build
 * reads it ({@link DecisionTable}). Stateless and thread-safe.
 */
public final class RuleDescriptions {
    private RuleDescriptions() {
    }

    /**
     * @param sources the rule files by name, as a version records them (a {@code .drl.xlsx} Base64-encoded)
     * @return one description per rule name, sorted by name
     */
    public static List<RuleDescription> of(KieBase kieBase, Map<String, String> sources) {
        Map<String, DecisionTableRow> rows = tableRows(sources);
        Map<String, RuleDescription> byName = new HashMap<>();
        for (var pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                DecisionTableRow row = rows.get(rule.getName());
                byName.putIfAbsent(rule.getName(), new RuleDescription(rule.getName(),
                        row == null ? rule.getName() : row.label(),
                        row == null ? file(rule) : row.file(), row == null ? null : row.row(), neededTypes(rule)));
            }
        }
        return byName.values().stream().sorted(Comparator.comparing(RuleDescription::name)).toList();
    }

    /** A decision table's rule: its file, row and label. */
    private record DecisionTableRow(String file, int row, String label) {
    }

    private static Map<String, DecisionTableRow> tableRows(Map<String, String> sources) {
        Map<String, DecisionTableRow> rows = new HashMap<>();
        sources.forEach((file, content) -> {
            if (!DecisionTable.isTable(file)) {
                return;
            }
            DecisionTable table = DecisionTable.read(file, RuleFileContent.bytes(file, content));
            for (DecisionTable.GeneratedRule rule : table.rules()) {
                rows.putIfAbsent(rule.name(), new DecisionTableRow(file, rule.row(), label(table, rule)));
            }
        });
        return rows;
    }

    /**
     * "FinancingScorecard row 12 (Employment: unemployed)": the table's name from its {@code RuleTable} cell, the
     * row, then the row's DESCRIPTION cell if the table has that column and the row fills it, else each condition the
     * row fills, with its column's label (the row under the code snippets), or the snippet when that is blank.
     */
    static String label(DecisionTable table, DecisionTable.GeneratedRule rule) {
        int header = rule.headerRow();
        String name = table.row(header).values().stream().map(String::strip)
                .filter(v -> v.toLowerCase(Locale.ROOT).startsWith("ruletable")).findFirst()
                .map(v -> v.substring("ruletable".length()).strip()).filter(v -> !v.isEmpty()).orElse("Table");
        Map<Integer, String> keywords = table.row(header + 1);
        Map<Integer, String> values = table.row(rule.row());
        List<String> description = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        values.forEach((column, value) -> {
            String keyword = keywords.getOrDefault(column, "").strip().toUpperCase(Locale.ROOT);
            if (keyword.equals("DESCRIPTION") || keyword.equals("I")) {
                description.add(value.strip());
            } else if (keyword.startsWith("CONDITION") || keyword.equals("C")) {
                String label = table.row(header + 4).getOrDefault(column, "").strip();
                String heading = label.isEmpty() ? table.row(header + 3).getOrDefault(column, "").strip() : label;
                conditions.add(heading.isEmpty() ? value.strip() : heading + ": " + value.strip());
            }
        });
        List<String> says = description.isEmpty() ? conditions : description;
        return name + " row " + rule.row() + (says.isEmpty() ? "" : " (" + String.join(", ", says) + ")");
    }

    /** The file a DRL rule was compiled from (its name, without folders); null when Drools does not say. */
    private static String file(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            String path = impl.getResource().getSourcePath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
        return null;
    }

    private static Set<String> neededTypes(Rule rule) {
        Set<String> types = new TreeSet<>();
        if (rule instanceof RuleImpl impl && impl.getLhs() != null) {
            collect(impl.getLhs(), types);
        }
        return Set.copyOf(types);
    }

    /**
     * The classes of the patterns that must match for the rule to fire: down through and, or and exists; not into
     * not (the fact must be absent), nor forall, accumulate, collect or eval, which hold without a particular fact;
     * a pattern taken {@code from} an expression or an accumulation matches no inserted fact.
     */
    private static void collect(RuleConditionElement element, Set<String> types) {
        if (element instanceof GroupElement group) {
            if (!group.isNot()) {
                group.getChildren().forEach(child -> collect(child, types));
            }
        } else if (element instanceof Pattern pattern && pattern.getSource() == null
                && pattern.getObjectType() instanceof ClassObjectType type
                && !type.getClassName().startsWith("org.drools.")) {
            types.add(type.getClassName());
        }
    }

}
