package io.shopdesk.ruleengine;

import io.micrometer.core.instrument.Timer;
import io.shopdesk.ruleengine.internal.FiringLimit;
import io.shopdesk.ruleengine.internal.RuleDescriptions;
import io.shopdesk.ruleengine.internal.SelectedValues;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One compiled version of a rule set. The KieBase is immutable and thread-safe. Every decision gets a session of
 * its own for its duration: sessions come from a pool ({@link KieBase#newKieSessionsPool}), because building a
 * session's node memories costs more than a whole decision, and {@link #fire} returns them reset (facts, globals,
 * agenda and the caller's listeners cleared), so nothing of one decision is seen by the next. Thread-safe.
 */
public final class CompiledRuleSet {
    private final String name;
    private final String version;
    private final Instant loadedAt;
    private final Map<String, String> sources;
    private final KieBase kieBase;
    private final Timer timer;
    private final KieSessionsPool sessions;
    private final Set<String> globals;
    private final List<String> ruleNames;
    /**
     * What the rules select, by fact property: worked out on first use and kept with this version (a reload is a new
     * version), so that {@code /current} and each release job do not read every rule again.
     */
    private final Map<String, SelectedValues> selectedByProperty = new ConcurrentHashMap<>();
    /** Worked out on first use (reading a decision table costs a few ms); then the same list. */
    private volatile List<RuleDescription> descriptions;

    /**
     * @param version a content hash of the rule files ({@link RuleVersion#contentHash})
     * @param sources the rule files compiled, by file name relative to the rule set's folder
     */
    public CompiledRuleSet(String name, String version, Instant loadedAt, Map<String, String> sources, KieBase kieBase,
                           Timer timer) {
        this.name = name;
        this.version = version;
        this.loadedAt = loadedAt;
        this.sources = Map.copyOf(sources);
        this.kieBase = kieBase;
        this.timer = timer;
        this.globals = globals(kieBase);
        this.ruleNames = kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(org.kie.api.definition.rule.Rule::getName).distinct().sorted().toList();
        // The pool grows on demand; this is only how many sessions it builds up front.
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    /**
     * How many rule firings one decision may take when its feature sets no limit of its own: far above any real
     * decision (the largest of the shipped scenarios fires 19, docs/benchmarks.md), low enough that a loop ends within a second or so.
     */
    public static final int DEFAULT_MAX_FIRINGS = 10_000;

    /** {@link #fire(int, Consumer)} with {@link #DEFAULT_MAX_FIRINGS}. */
    public int fire(Consumer<KieSession> work) {
        return fire(DEFAULT_MAX_FIRINGS, work);
    }

    /**
     * Takes a session, lets {@code work} insert facts (and set globals and listeners), fires all rules, and gives the
     * session back with the listeners {@code work} added removed. The decision may fire at most {@code maxFirings}
     * rules over all its {@code fireAllRules} calls ({@code work}'s own included): a rule file that loops ends with a
     * {@link RuleLoopException} naming the rules that fired most, never with a thread that spins for ever.
     *
     * @return how many rules fired in the decision
     * @throws RuleLoopException when the rules would fire more than {@code maxFirings} times
     */
    public int fire(int maxFirings, Consumer<KieSession> work) {
        long start = System.nanoTime();
        KieSession session = sessions.newKieSession();
        FiringLimit limit = new FiringLimit(name, maxFirings);
        try {
            session.addEventListener(limit);
            work.accept(session);
            session.fireAllRules();
            return limit.fired();
        } catch (RuntimeException e) {
            RuleLoopException loop = RuleLoopException.in(e);
            throw loop != null ? loop : e;
        } finally {
            removeListeners(session);
            session.dispose();
            timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** Removes every listener; the pool's reset clears them too, but a decision's listener must never outlive it. */
    private static void removeListeners(KieSession session) {
        for (AgendaEventListener listener : List.copyOf(session.getAgendaEventListeners())) {
            session.removeEventListener(listener);
        }
        for (RuleRuntimeEventListener listener : List.copyOf(session.getRuleRuntimeEventListeners())) {
            session.removeEventListener(listener);
        }
    }

    /**
     * Whether some rule file declares {@code global ... name}: a session refuses a global nobody declared, and a
     * caller that offers an optional one asks here (once per version, not per decision).
     */
    public boolean declaresGlobal(String name) {
        return globals.contains(name);
    }

    private static Set<String> globals(KieBase kieBase) {
        return kieBase.getKiePackages().stream().map(KiePackage::getGlobalVariables).flatMap(Collection::stream)
                .map(Global::getName).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Every rule's name, sorted; a decision table's rows under the names Drools gives them. What a fired-rules list
     * names, so that a rule that never fires can be found.
     */
    public List<String> ruleNames() {
        return ruleNames;
    }

    /**
     * Every rule described for people ({@link RuleDescription}): its readable label (a decision table's rows named by
     * their table, row and condition), file and the fact types its conditions need; sorted by name.
     */
    public List<RuleDescription> descriptions() {
        List<RuleDescription> described = descriptions;
        if (described == null) {
            described = RuleDescriptions.of(kieBase, sources);
            descriptions = described;
        }
        return described;
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public Map<String, String> sources() {
        return sources;
    }

    /** The rule files' names, sorted. */
    public List<String> files() {
        return sources.keySet().stream().sorted().toList();
    }

    /**
     * Of {@code candidates}, the values of the facts' {@code property} that this version's compiled rules select: a
     * constraint compares the property with the value, or passes it to a function of the rule set that is true for it
     * ({@link SelectedValues}), in a constraint or in an {@code eval( … )}. What the team's release warns about as
     * unanswered. The rules are read once per property for this version; each value's answer is kept too.
     */
    public Set<String> selectedValues(String property, Collection<String> candidates) {
        return selectedByProperty.computeIfAbsent(property, p -> SelectedValues.in(kieBase, sources, p)).of(candidates);
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public Timer timer() {
        return timer;
    }
}
