package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.RecommendationScenarios;
import io.shopdesk.recommendation.RecommendationSettings;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.ScenarioGate;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** A new version of the recommendation rules goes live only if every scenario in its folder passes. */
@Component
class RecommendationScenarioGate extends ScenarioGate {

    RecommendationScenarioGate(RecommendationSettings settings, ObjectProvider<RuleEngine> rules) {
        super(settings.ruleSet(), rules);
    }

    @Override
    protected List<RuleProblem> problems(CompiledRuleSet candidate, Path folder) {
        return RecommendationScenarios.problems(candidate, folder);
    }
}
