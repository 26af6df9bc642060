package io.shopdesk.ruleengine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A version of a rule set that went live: its content hash, when, which rule files changed from the version
 * before, and the files' text (so that a rollback can restore them).
 */
public record RuleVersion(String version, Instant liveSince, List<String> changedFiles, Map<String, String> files) {
}
