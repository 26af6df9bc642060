package io.shopdesk.ruleengine.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleSetException;
import io.shopdesk.ruleengine.RuleVersion;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * Turns a rule set's files into a {@link CompiledRuleSet} whose decisions are timed ({@code shopdesk.rules.fire},
 * tagged with the rule set), so that start-up, reloads, rollbacks and the command line build versions alike.
 * Thread-safe.
 */
public final class RuleSetBuilder {
    private final MeterRegistry meters;

    public RuleSetBuilder(MeterRegistry meters) {
        this.meters = meters;
    }

    /**
     * Compiles {@code sources} (rule files by name, as {@link RuleCompiler#read} returns them) as the rule set
     * {@code name}; {@code folder} only names the files in problems.
     *
     * @throws RuleSetException with every problem, by file and line
     */
    public CompiledRuleSet build(String name, Path folder, Map<String, String> sources) {
        KieBase base = RuleCompiler.compile(name, folder, sources, RuleSetBuilder.class.getClassLoader());
        Timer timer = Timer.builder("shopdesk.rules.fire").tag("ruleSet", name)
                .description("Time to decide with one rule set (session, facts, firing)").register(meters);
        return new CompiledRuleSet(name, RuleVersion.contentHash(sources), Instant.now(), sources, base, timer);
    }
}
