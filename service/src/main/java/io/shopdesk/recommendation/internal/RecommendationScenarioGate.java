package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.RecommendationScenarios;
import io.shopdesk.recommendation.RecommendationSettings;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.RuleSetGate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** A new version of the recommendation rules goes live only if every scenario in its folder passes. */
@Component
class RecommendationScenarioGate implements RuleSetGate {
    private final RecommendationSettings settings;
    private final ObjectProvider<RuleEngine> rules;

    RecommendationScenarioGate(RecommendationSettings settings, ObjectProvider<RuleEngine> rules) {
        this.settings = settings;
        this.rules = rules;
    }

    @Override
    public String ruleSet() {
        return settings.ruleSet();
    }

    @Override
    public List<RuleProblem> check(CompiledRuleSet candidate) {
        return RecommendationScenarios.problems(candidate, rules.getObject().folder(settings.ruleSet()).resolve("scenarios"));
    }
}
