package io.shopdesk.escalation.internal;

import io.shopdesk.escalation.EscalationScenarios;
import io.shopdesk.escalation.EscalationSettings;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.RuleSetGate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** A new version of the escalation rules goes live only if every scenario in {@code rules/escalation/scenarios/} passes. */
@Component
class EscalationScenarioGate implements RuleSetGate {
    private final EscalationSettings settings;
    private final ObjectProvider<RuleEngine> rules;

    EscalationScenarioGate(EscalationSettings settings, ObjectProvider<RuleEngine> rules) {
        this.settings = settings;
        this.rules = rules;
    }

    @Override
    public String ruleSet() {
        return settings.ruleSet();
    }

    @Override
    public List<RuleProblem> check(CompiledRuleSet candidate) {
        return EscalationScenarios.problems(candidate, rules.getObject().folder(settings.ruleSet()).resolve("scenarios"));
    }
}
