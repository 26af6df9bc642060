package io.shopdesk.ruleengine.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.EvalCondition;
import org.drools.base.rule.Function;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.core.base.FieldNameSupplier;
import org.drools.mvel.MVELConstraint;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Which values of a fact property the compiled rules of a rule set select: read from the constraints the engine
 * compiled (comments are gone, {@code in ( … )} is already a disjunction of {@code ==}), not from the rule files' lines.
 * A value counts when a constraint compares the property with it ({@code intent == "order_status"},
 * {@code intent in ( "a", "b" )}, {@code "a".equals( intent )}), or when a constraint passes the property to a function
 * of the rule set ({@code Turn( asksAboutGiftWrap( intent ) )}) that the compiled function answers true for with that
 * value and false for a value no rule names (its other arguments empty: {@code ""}, {@code false}, 0, null). Negations
 * ({@code intent != "thanks"}, {@code not in}) select nothing. An {@code eval( … )} counts the same way: Drools keeps no
 * text of it, so its expression is read by the DRL parser from the compiled files ({@link EvalExpressions}), and there
 * the property is also read through a variable bound to it ({@code Turn( $i : intent )} then
 * {@code eval( welcomes( $i ) )}) or to its fact ({@code $t.getIntent()}).
 *
 * <p>Made once per compiled version and property ({@link #in}), which is the costly part (every constraint of every
 * rule read with regular expressions, the functions' classes looked up); {@link #of} then costs a set look-up and a
 * call of each function that takes the property, per value, and remembers each value's answer. Thread-safe.
 */
public final class SelectedValues {
    /** A value no rule names: a function true for it too does not select by the property. */
    private static final String NEUTRAL = "\u0000no such value";
    private static final Pattern CALL = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*\\(");

    /** A function of the rule set and the position at which the rules give it the property. */
    private record Probe(Method method, int position) {
    }

    private final Set<String> compared;
    private final List<Probe> probes;
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

    private SelectedValues(Set<String> compared, List<Probe> probes) {
        this.compared = compared;
        this.probes = probes;
    }

    /**
     * What the rules of {@code kieBase}, compiled from {@code sources} (file name to text, for the evals), select for
     * {@code property} (a property name such as {@code intent}; also read as {@code $t.intent}, {@code getIntent()},
     * a longer name ending in it, {@code lastIntent}, and a variable bound to one of those).
     */
    public static SelectedValues in(KieBase kieBase, Map<String, String> sources, String property) {
        String name = Pattern.quote(property.substring(1));
        String first = "[" + Character.toLowerCase(property.charAt(0)) + Character.toUpperCase(property.charAt(0)) + "]";
        String access = "(?<![\\w$])(?:[\\w$]+\\.)*(?:get)?(?:[\\w$]*)" + first + name + "(?:\\(\\s*\\))?(?![\\w$])";
        Pattern comparison = Pattern.compile(access + "\\s*==\\s*\"([^\"]*)\"|\"([^\"]*)\"\\s*==\\s*" + access
                + "|\"([^\"]*)\"\\s*\\.\\s*equals\\s*\\(\\s*" + access + "\\s*\\)");
        Pattern argument = Pattern.compile(access);
        Pattern field = Pattern.compile("(?:[\\w$]*)" + first + name);
        Set<String> withEval = new HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (var rule : pkg.getRules()) {
                if (holdsEval(((RuleImpl) rule).getLhs())) {
                    withEval.add(pkg.getName() + "." + rule.getName());
                }
            }
        }
        Map<String, List<String>> evals = EvalExpressions.of(sources, withEval);
        Set<String> selected = new LinkedHashSet<>();
        Map<String, Set<Integer>> calls = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (var rule : pkg.getRules()) {
                RuleImpl compiled = (RuleImpl) rule;
                List<String> expressions = expressions(compiled.getLhs(), new ArrayList<>());
                expressions.addAll(evals.getOrDefault(pkg.getName() + "." + rule.getName(), List.of()));
                Pattern bound = boundTo(compiled, field);
                for (String written : expressions) {
                    String expression = bound == null ? written : bound.matcher(written).replaceAll(property);
                    Matcher m = comparison.matcher(expression);
                    while (m.find()) {
                        for (int g = 1; g <= 3; g++) {
                            if (m.group(g) != null) {
                                selected.add(m.group(g));
                            }
                        }
                    }
                    functionArguments(expression, argument, calls);
                }
            }
        }
        List<Probe> probes = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            if (!(pkg instanceof InternalKnowledgePackage internal)) {
                continue;
            }
            for (Function function : internal.getFunctions().values()) {
                Set<Integer> positions = calls.get(function.getName());
                Method method = positions == null ? null : method(internal, function);
                if (method == null) {
                    continue;
                }
                for (int position : positions) {
                    if (position < method.getParameterCount() && method.getParameterTypes()[position] == String.class
                            && !Boolean.TRUE.equals(call(method, position, NEUTRAL))) {
                        probes.add(new Probe(method, position));
                    }
                }
            }
        }
        return new SelectedValues(Set.copyOf(selected), List.copyOf(probes));
    }

    /** Of {@code candidates}, those the rules select, in the order given. */
    public Set<String> of(Collection<String> candidates) {
        Set<String> result = new LinkedHashSet<>();
        for (String candidate : candidates) {
            if (answers.computeIfAbsent(candidate, this::selects)) {
                result.add(candidate);
            }
        }
        return result;
    }

    private boolean selects(String candidate) {
        if (compared.contains(candidate)) {
            return true;
        }
        for (Probe probe : probes) {
            if (Boolean.TRUE.equals(call(probe.method(), probe.position(), candidate))) {
                return true;
            }
        }
        return false;
    }

    /** The variables of {@code rule} bound to the property ({@code $i : intent}), as one pattern; null when none. */
    private static Pattern boundTo(RuleImpl rule, Pattern field) {
        List<String> names = new ArrayList<>();
        for (Declaration declaration : rule.getDeclarations().values()) {
            if (declaration.getExtractor() instanceof FieldNameSupplier reader && reader.getFieldName() != null
                    && field.matcher(reader.getFieldName()).matches()) {
                names.add(Pattern.quote(declaration.getIdentifier()));
            }
        }
        return names.isEmpty() ? null : Pattern.compile("(?<![\\w$.])(?:" + String.join("|", names) + ")(?![\\w$])");
    }

    private static boolean holdsEval(RuleConditionElement element) {
        if (element instanceof EvalCondition) {
            return true;
        }
        if (element instanceof org.drools.base.rule.Pattern pattern && pattern.getSource() != null
                && holdsEval(pattern.getSource())) {
            return true;
        }
        return element.getNestedElements().stream().anyMatch(SelectedValues::holdsEval);
    }

    /** The compiled MVEL constraints' expressions of a rule's conditions, nested ones ({@code not}, {@code or}) too. */
    private static List<String> expressions(RuleConditionElement element, List<String> into) {
        if (element instanceof org.drools.base.rule.Pattern pattern) {
            for (Constraint constraint : pattern.getConstraints()) {
                if (constraint instanceof MVELConstraint mvel && mvel.getExpression() != null) {
                    into.add(mvel.getExpression());
                }
            }
            if (pattern.getSource() != null) {
                expressions(pattern.getSource(), into);
            }
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            expressions(nested, into);
        }
        return into;
    }

    /** Records, for each function called in {@code expression}, the positions at which it is given the property. */
    private static void functionArguments(String expression, Pattern argument, Map<String, Set<Integer>> calls) {
        Matcher call = CALL.matcher(expression);
        while (call.find()) {
            List<String> args = arguments(expression, call.end());
            for (int i = 0; i < args.size(); i++) {
                if (argument.matcher(args.get(i).strip()).matches()) {
                    calls.computeIfAbsent(call.group(1), k -> new LinkedHashSet<>()).add(i);
                }
            }
        }
    }

    /** The top-level arguments of a call whose opening parenthesis ends at {@code start}. */
    private static List<String> arguments(String expression, int start) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder current = new StringBuilder();
        for (int i = start; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"' && (i == 0 || expression.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']')) {
                if (depth == 0) {
                    if (!current.isEmpty() || !args.isEmpty()) {
                        args.add(current.toString());
                    }
                    return args;
                }
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                args.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return args;
    }

    private static Method method(InternalKnowledgePackage pkg, Function function) {
        try {
            Class<?> type = Class.forName(function.getClassName(), true, pkg.getPackageClassLoader());
            for (Method m : type.getMethods()) {
                if (m.getName().equals(function.getName()) && Modifier.isStatic(m.getModifiers())
                        && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)) {
                    return m;
                }
            }
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        return null;
    }

    /** The function with {@code value} at {@code position} and empty values elsewhere; null when it throws. */
    private static Object call(Method method, int position, String value) {
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = i == position ? value : empty(types[i]);
        }
        try {
            return method.invoke(null, args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object empty(Class<?> type) {
        if (type == String.class) {
            return "";
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class) {
            return switch (type.getName()) {
                case "int" -> 0;
                case "long" -> 0L;
                case "short" -> (short) 0;
                default -> (byte) 0;
            };
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == float.class) {
            return 0.0f;
        }
        if (type == char.class) {
            return ' ';
        }
        return null;
    }
}
