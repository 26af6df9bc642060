package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskSettings;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleSetStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Governance of the risk rules for risk officers: what is live, why the last edit was rejected, every version that
 * went live (hash, time, changed files), and rollback to one of them.
 */
@RestController
class RiskRulesController {
    private final RuleEngine rules;
    private final RiskSettings settings;
    private final OfficerIdentity officers;

    RiskRulesController(RuleEngine rules, RiskSettings settings, OfficerIdentity officers) {
        this.rules = rules;
        this.settings = settings;
        this.officers = officers;
    }

    @GetMapping("/api/risk/rules")
    Map<String, Object> status() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", rules.status(settings.ruleSet()));
        // A publish or rollback a crash interrupted and the start-up finished or took back (null: none).
        body.put("interruptedChange", rules.interruptedChange(settings.ruleSet()).orElse(null));
        body.put("versions", rules.history(settings.ruleSet()).stream()
                .map(v -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("version", v.version());
                    entry.put("liveSince", v.liveSince());
                    entry.put("changedFiles", v.changedFiles());
                    // Who put it live through the service (a published draft, a list change, a rollback), by the
                    // officer's name when one is configured; null for an edit on disk.
                    entry.put("origin", v.origin());
                    return entry;
                })
                .toList());
        return body;
    }

    /**
     * A rollback request: the version to go back to and why, required (kept in the history entry's origin, where
     * an auditor reads who rolled back and why; at most {@value #REASON_MAX} characters, line breaks made spaces).
     */
    record Rollback(String version, String reason) {
    }

    /** The longest rollback reason: the origin column holds 500 characters, version and officer's name included. */
    static final int REASON_MAX = 300;

    @RiskOfficerOnly("changing the rules")
    @PostMapping("/api/risk/rules/rollback")
    ResponseEntity<Object> rollback(@RequestBody Rollback request,
                                    @RequestHeader(RiskApiKeyInterceptor.HEADER) String key) {
        if (request == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "invalid_request", "fields", Map.of("version", "required")));
        }
        String reason = request.reason() == null ? "" : request.reason().strip().replaceAll("\\s+", " ");
        Map<String, String> fields = new java.util.TreeMap<>();
        if (request.version() == null) {
            fields.put("version", "required");
        }
        if (reason.isEmpty()) {
            // An auditor must read why every rollback was made: the history entry's origin keeps it.
            fields.put("reason", "required: say why you roll back (at most " + REASON_MAX + " characters)");
        } else if (reason.length() > REASON_MAX) {
            fields.put("reason", "at most " + REASON_MAX + " characters (" + reason.length() + " given)");
        }
        if (!fields.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("error", "invalid_request", "fields", fields));
        }
        try {
            RuleSetStatus status = rules.rollback(settings.ruleSet(), request.version(),
                    "rollback to " + request.version() + " by " + officers.of(key) + ": " + reason);
            boolean live = request.version().equals(status.liveVersion());
            return ResponseEntity.status(live ? 200 : 409).body(Map.of("rolledBack", live, "status", status,
                    "problems", status.lastProblems() == null ? List.of() : status.lastProblems()));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.status(404).body(Map.of("error", "unknown_version", "message", e.getMessage()));
        }
    }
}
