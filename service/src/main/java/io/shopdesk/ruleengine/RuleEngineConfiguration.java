package io.shopdesk.ruleengine;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(RuleSettings.class)
class RuleEngineConfiguration {

    /** Compiles on its own threads; start-up waits for it once every bean exists. */
    @Bean
    RuleEngine ruleEngine(RuleSettings settings, MeterRegistry meters, ObjectProvider<RuleSetGate> gates) {
        return new RuleEngine(settings, meters, gates);
    }
}
