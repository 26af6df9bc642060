package io.shopdesk.ruleengine;

import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * One compiled version of a rule set. The KieBase is immutable and thread-safe; every decision gets its own
 * session, which {@link #fire} disposes, so no session outlives its decision.
 *
 * @param version a content hash of the rule files ({@link RuleVersion#contentHash})
 * @param sources the rule files compiled, by file name relative to the rule set's folder
 */
public record CompiledRuleSet(String name, String version, Instant loadedAt, Map<String, String> sources,
                              KieBase kieBase, Timer timer) {

    public CompiledRuleSet {
        sources = Map.copyOf(sources);
    }

    /** The rule files' names, sorted. */
    public List<String> files() {
        return sources.keySet().stream().sorted().toList();
    }

    /** Opens a session, lets {@code work} insert facts, fires all rules, and disposes the session. */
    public int fire(Consumer<KieSession> work) {
        long start = System.nanoTime();
        KieSession session = kieBase.newKieSession();
        try {
            work.accept(session);
            return session.fireAllRules();
        } finally {
            session.dispose();
            timer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
