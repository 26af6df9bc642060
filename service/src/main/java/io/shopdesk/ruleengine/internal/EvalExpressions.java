package io.shopdesk.ruleengine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The expressions of the {@code eval( … )} conditions of a rule set's DRL files, by rule ({@code package.Rule}),
 * comments removed. Drools compiles an eval into a class of the rule's own and keeps no text of it, so these are read
 * with Drools' own DRL parser from the files that were compiled (never from lines: a commented-out eval is no eval).
 * Only the rules whose compiled conditions hold an eval are parsed (their texts, from {@code rule "Name"} to its
 * {@code end}, cut out and parsed together): parsing the whole 4,800-line dialogue file, or each rule on its own, took
 * longer than the rest of the check together (docs/benchmarks.md, "The intents the rules answer"). Decision tables ({@code .drl.csv},
 * {@code .drl.xlsx}) are not read; their conditions are constraints. Stateless and thread-safe.
 */
final class EvalExpressions {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(\"[^\"]*\"|'[^']*'|[^\\s\"']+)");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\s*;?\\s*$");

    private EvalExpressions() {
    }

    /**
     * The evals' expressions of {@code rules} ({@code package.Rule}, rules that hold an eval), read from the DRL files
     * among {@code sources} (file name to text); a rule not found or not parsed has none.
     */
    static Map<String, List<String>> of(Map<String, String> sources, Set<String> rules) {
        Map<String, List<String>> byRule = new HashMap<>();
        if (rules.isEmpty()) {
            return byRule;
        }
        for (var file : sources.entrySet()) {
            if (!file.getKey().endsWith(".drl")) {
                continue;
            }
            String text = withoutComments(file.getValue());
            Matcher pkg = PACKAGE.matcher(text);
            if (!pkg.find()) {
                continue;
            }
            // The rules wanted, cut out of the file and parsed together: one parse, of a few rules, not thousands.
            StringBuilder wanted = new StringBuilder("package ").append(pkg.group(1)).append('\n');
            Matcher start = RULE.matcher(text);
            while (start.find()) {
                String name = start.group(1).startsWith("\"") || start.group(1).startsWith("'")
                        ? start.group(1).substring(1, start.group(1).length() - 1) : start.group(1);
                Matcher end = END.matcher(text);
                if (rules.contains(pkg.group(1) + "." + name) && end.find(start.end())) {
                    wanted.append(text, start.start(), end.end()).append('\n');
                }
            }
            for (RuleDescr rule : parse(wanted.toString())) {
                List<String> evals = evals(rule.getLhs(), new ArrayList<>());
                byRule.computeIfAbsent(pkg.group(1) + "." + rule.getName(), k -> new ArrayList<>()).addAll(evals);
            }
        }
        return byRule;
    }

    /** The rules of {@code drl}; none when it does not parse (it compiled, so it should: an eval not read selects less). */
    private static List<RuleDescr> parse(String drl) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr parsed = parser.parse(false, drl);
            return parsed == null || parser.hasErrors() ? List.of() : parsed.getRules();
        } catch (DroolsParserException | RuntimeException e) {
            return List.of();
        }
    }

    private static List<String> evals(BaseDescr descr, List<String> into) {
        if (descr instanceof EvalDescr eval && eval.getContent() != null) {
            into.add(eval.getContent().toString());
        }
        if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr nested : element.getDescrs()) {
                evals(nested, into);
            }
        }
        if (descr instanceof PatternDescr pattern && pattern.getSource() != null) {
            evals(pattern.getSource(), into);
        }
        return into;
    }

    /** The text without its {@code //} and {@code /* … *&#47;} comments (the parser keeps them in an eval). */
    static String withoutComments(String expression) {
        StringBuilder kept = new StringBuilder(expression.length());
        boolean quoted = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"' && (i == 0 || expression.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && expression.startsWith("//", i)) {
                int end = expression.indexOf('\n', i);
                i = end < 0 ? expression.length() : end - 1;
                kept.append(' ');
                continue;
            } else if (!quoted && expression.startsWith("/*", i)) {
                int end = expression.indexOf("*/", i + 2);
                i = end < 0 ? expression.length() : end + 1;
                kept.append(' ');
                continue;
            }
            kept.append(c);
        }
        return kept.toString();
    }
}
