package io.shopdesk.ruleengine;

import io.micrometer.core.instrument.MeterRegistry;
import io.shopdesk.ruleengine.internal.JdbcRuleVersionStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration
@EnableConfigurationProperties(RuleSettings.class)
class RuleEngineConfiguration {

    /** In the service, rule versions are kept in the database, so history and rollback survive a restart. */
    @Bean
    RuleVersionStore ruleVersionStore(JdbcClient jdbc, JsonMapper json) {
        return new JdbcRuleVersionStore(jdbc, json);
    }

    /** Compiles on its own threads; start-up waits for it once every bean exists. */
    @Bean
    RuleEngine ruleEngine(RuleSettings settings, MeterRegistry meters, ObjectProvider<RuleSetGate> gates,
                          RuleVersionStore store) {
        return new RuleEngine(settings, meters, gates, store);
    }
}
