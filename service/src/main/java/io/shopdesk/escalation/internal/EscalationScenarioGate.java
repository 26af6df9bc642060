package io.shopdesk.escalation.internal;

import io.shopdesk.escalation.EscalationScenarios;
import io.shopdesk.escalation.EscalationSettings;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.ScenarioGate;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** A new version of the escalation rules goes live only if every scenario in {@code rules/escalation/scenarios/} passes. */
@Component
class EscalationScenarioGate extends ScenarioGate {

    EscalationScenarioGate(EscalationSettings settings, ObjectProvider<RuleEngine> rules) {
        super(settings.ruleSet(), rules);
    }

    @Override
    protected List<RuleProblem> problems(CompiledRuleSet candidate, Path folder) {
        return EscalationScenarios.problems(candidate, folder);
    }
}
