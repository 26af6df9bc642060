package io.shopdesk.ruleengine;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(RuleSettings.class)
class RuleEngineConfiguration {
}
