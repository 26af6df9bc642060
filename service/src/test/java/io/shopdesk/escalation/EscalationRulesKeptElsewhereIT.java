package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.ShippedRulesCopy;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleSetStatus;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The rules kept in a folder of their own, with no {@code knowledge-base/} beside it (a deployment's
 * {@code shopdesk.rules.dir}, the load benchmark's copy): the escalation rules still go live, because the scenarios
 * that name an FAQ entry in a reason read the FAQ from the service's knowledge source. Before, they looked beside the
 * rules folder, found nothing, failed, and the escalation rule set stayed NOT READY with health DOWN.
 */
@OwnDatabaseTest(database = "shopdesk-rules-elsewhere")
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
