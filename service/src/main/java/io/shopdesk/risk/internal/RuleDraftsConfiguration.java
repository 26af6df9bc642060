package io.shopdesk.risk.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The settings of the risk officers' drafts and names and of the rule activity's evidence, and the schedule that
 * expires old drafts ({@link DraftExpiry}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({RuleDraftSettings.class, RiskOfficerSettings.class, RuleActivitySettings.class})
class RuleDraftsConfiguration {
}
