package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskScenarios;
import io.shopdesk.risk.RiskSettings;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.RuleSetGate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** A new version of the risk rules goes live only if every scenario in {@code rules/risk/scenarios/} passes. */
@Component
class RiskScenarioGate implements RuleSetGate {
    private final RiskSettings settings;
    private final ObjectProvider<RuleEngine> rules;

    RiskScenarioGate(RiskSettings settings, ObjectProvider<RuleEngine> rules) {
        this.settings = settings;
        this.rules = rules;
    }

    @Override
    public String ruleSet() {
        return settings.ruleSet();
    }

    @Override
    public List<RuleProblem> check(CompiledRuleSet candidate) {
        return RiskScenarios.problems(candidate, rules.getObject().folder(settings.ruleSet()).resolve("scenarios"));
    }
}
