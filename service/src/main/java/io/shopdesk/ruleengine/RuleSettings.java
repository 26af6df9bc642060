package io.shopdesk.ruleengine;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir          the {@code rules/} folder; each sub-folder with DRL or decision-table files is a rule set
 * @param pollInterval how often rule folders are checked for edits (hot reload)
 */
@ConfigurationProperties("shopdesk.rules")
public record RuleSettings(@DefaultValue("rules") Path dir, @DefaultValue("2s") Duration pollInterval) {
}
