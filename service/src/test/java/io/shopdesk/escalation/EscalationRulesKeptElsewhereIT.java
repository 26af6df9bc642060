package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShippedRulesCopy;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleSetStatus;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The rules kept in a folder of their own, with no {@code knowledge-base/} beside it (a deployment's
 * {@code shopdesk.rules.dir}, the load benchmark's copy): the escalation rules still go live, because the scenarios
 * that name an FAQ entry in a reason read the FAQ from the service's knowledge source. Before, they looked beside the
 * rules folder, found nothing, failed, and the escalation rule set stayed NOT READY with health DOWN.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:shopdesk-rules-elsewhere;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "shopdesk.nlp.core-nlp=false",
        "shopdesk.escalation.english-sentiment=off"
})
class EscalationRulesKeptElsewhereIT {
    @TempDir
    static Path elsewhere;

    @DynamicPropertySource
    static void rulesElsewhere(DynamicPropertyRegistry registry) throws IOException {
        ShippedRulesCopy.into(elsewhere.resolve("deployed-rules"), registry);
    }

    @Autowired
    RuleEngine engine;

    @Test
    void theEscalationRulesGoLiveWithTheFaqReadFromTheKnowledgeSource() {
        RuleSetStatus escalation = engine.status("escalation");
        assertThat(escalation.ready()).as("problems: %s", escalation.lastProblems()).isTrue();
        assertThat(escalation.lastProblems()).isEmpty();
    }
}
