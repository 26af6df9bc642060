package io.shopdesk.health;

import io.shopdesk.knowledge.KnowledgeBase;
import io.shopdesk.nlp.NlpPipeline;
import io.shopdesk.nlp.Stage;
import io.shopdesk.ruleengine.RuleEngine;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * UP only once every NLP model (CoreNLP loads in the background), the FAQ index and every rule set are loaded;
 * details say what each serves, including a rule reload or index rebuild that was rejected.
 */
@Component("shopdesk")
class ReadinessHealth implements HealthIndicator {
    private final NlpPipeline nlp;
    private final KnowledgeBase knowledge;
    private final RuleEngine rules;

    ReadinessHealth(NlpPipeline nlp, KnowledgeBase knowledge, RuleEngine rules) {
        this.nlp = nlp;
        this.knowledge = knowledge;
        this.rules = rules;
    }

    @Override
    public Health health() {
        Map<String, Object> stages = new LinkedHashMap<>();
        for (Stage stage : nlp.stages()) {
            stages.put(stage.name(), stage.ready() ? "ready" : "loading");
        }
        Map<String, Object> ruleSets = new LinkedHashMap<>();
        for (String name : rules.names()) {
            ruleSets.put(name, rules.status(name));
        }
        Health.Builder health = nlp.ready() ? Health.up() : Health.down();
        return health.withDetail("nlpStages", stages)
                .withDetail("knowledgeBase", knowledge.status())
                .withDetail("ruleSets", ruleSets)
                .build();
    }
}
