package io.shopdesk.health;

import io.shopdesk.knowledge.KnowledgeBase;
import io.shopdesk.nlp.NlpPipeline;
import io.shopdesk.nlp.Stage;
import io.shopdesk.risk.RiskService;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleSetStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * UP only once every NLP model (CoreNLP loads in the background), the FAQ index and every rule set are loaded and the
 * risk engine has read the payment history (velocity and known devices from before the start);
 * DOWN while a rule set is not ready (its files failed their checks at start-up and no earlier version went live).
 * A stage that serves while its data is broken (a training file of {@code nlp-models/intents/} that cannot be read:
 * the intent stage serves the last release) stays UP and names the problem under {@code nlpDataProblems}.
 * Details say what each serves, including rule files or an index rebuild that were rejected.
 */
@Component("shopdesk")
class ReadinessHealth implements HealthIndicator {
    private final NlpPipeline nlp;
    private final KnowledgeBase knowledge;
    private final RuleEngine rules;
    private final RiskService risk;

    ReadinessHealth(NlpPipeline nlp, KnowledgeBase knowledge, RuleEngine rules, RiskService risk) {
        this.nlp = nlp;
        this.knowledge = knowledge;
        this.rules = rules;
        this.risk = risk;
    }

    @Override
    public Health health() {
        Map<String, Object> stages = new LinkedHashMap<>();
        Map<String, Object> problems = new LinkedHashMap<>();
        for (Stage stage : nlp.stages()) {
            stages.put(stage.name(), stage.ready() ? "ready" : "loading");
            String problem = stage.problem();
            if (problem != null) {
                problems.put(stage.name(), problem);
            }
        }
        Map<String, Object> ruleSets = new LinkedHashMap<>();
        boolean rulesReady = true;
        for (String name : rules.names()) {
            RuleSetStatus status = rules.status(name);
            ruleSets.put(name, status);
            rulesReady &= status.ready();
        }
        String history = risk.historyStatus();
        Health.Builder health = nlp.ready() && rulesReady && !"reading".equals(history) ? Health.up() : Health.down();
        return health.withDetail("nlpStages", stages)
                .withDetail("nlpDataProblems", problems)
                .withDetail("knowledgeBase", knowledge.status())
                .withDetail("ruleSets", ruleSets)
                .withDetail("paymentHistory", history)
                .build();
    }
}
