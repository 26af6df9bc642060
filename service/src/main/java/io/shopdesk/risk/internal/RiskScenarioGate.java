package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskScenarios;
import io.shopdesk.risk.RiskSettings;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.ScenarioGate;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** A new version of the risk rules goes live only if every scenario in {@code rules/risk/scenarios/} passes. */
@Component
class RiskScenarioGate extends ScenarioGate {

    RiskScenarioGate(RiskSettings settings, ObjectProvider<RuleEngine> rules) {
        super(settings.ruleSet(), rules);
    }

    @Override
    protected List<RuleProblem> problems(CompiledRuleSet candidate, Path folder) {
        return RiskScenarios.problems(candidate, folder);
    }
}
