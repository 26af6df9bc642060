package io.shopdesk.escalation.internal;

import io.shopdesk.escalation.EscalationScenarios;
import io.shopdesk.escalation.EscalationSettings;
import io.shopdesk.knowledge.KnowledgeSettings;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.ScenarioGate;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A new version of the escalation rules goes live only if every scenario in {@code rules/escalation/scenarios/} passes.
 * The FAQ entries a reason names are read from the service's knowledge source ({@code shopdesk.knowledge.source}), not
 * from a folder guessed beside the rules: with the rules kept elsewhere (a copy, a deployment's own folder) the guess
 * found no FAQ, two scenarios failed and the escalation rules never went live. Thread-safe (no state of its own).
 */
@Component
class EscalationScenarioGate extends ScenarioGate {

    private final Path knowledgeSource;

    EscalationScenarioGate(EscalationSettings settings, KnowledgeSettings knowledge, ObjectProvider<RuleEngine> rules) {
        super(settings.ruleSet(), rules);
        this.knowledgeSource = knowledge.source();
    }

    @Override
    protected List<RuleProblem> problems(CompiledRuleSet candidate, Path folder) {
        return EscalationScenarios.problems(candidate, folder, knowledgeSource);
    }
}
