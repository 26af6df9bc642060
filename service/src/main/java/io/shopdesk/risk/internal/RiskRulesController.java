package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskSettings;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleSetStatus;
import io.shopdesk.ruleengine.RuleVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Governance of the risk rules for risk officers: what is live, why the last edit was rejected, every version that
 * went live (hash, time, changed files), newest first as the console shows them, and rollback to one of them.
 * Stateless and thread-safe.
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

    /** The most history entries one answer lists: the history keeps the last 100 (older ones stay in the database). */
    static final int MAX_VERSIONS = 100;

    @GetMapping("/api/risk/rules")
    @Operation(summary = "The live rule version, the last rejected edit, and the version history, newest first",
            description = "status: the live version, since when this process serves it, whether the rule set is ready, "
                    + "the files, the last reload attempt and the last rejected edit's problems (lastProblems). "
                    + "interruptedChange: a publish or rollback a crash interrupted and the start-up finished or took "
                    + "back (null: none). versions: the history entries that went live, NEWEST FIRST (as the risk "
                    + "console lists them; entries of the same time keep the order they were recorded in, the later "
                    + "first), at most limit of the last " + MAX_VERSIONS + " entries; a version is listed once per "
                    + "entry (a list change or a rollback to it adds one). Each: version, liveSince, changedFiles and "
                    + "origin (who put it live through the service and why; null for an edit on disk). "
                    + "versionsTotal: how many entries the history holds (at most " + MAX_VERSIONS + "), so a "
                    + "caller sees whether limit cut the list.")
    @ApiResponse(responseCode = "200", description = "the status and history")
    @ApiResponse(responseCode = "400", description = "{\"error\":\"invalid_request\",\"fields\":{\"limit\":…}} for a limit that is no whole number from 1 to " + MAX_VERSIONS)
    @ApiResponse(responseCode = "401", description = "no valid X-Api-Key")
    Map<String, Object> status(
            @Parameter(description = "how many history entries to list, newest first, 1-" + MAX_VERSIONS,
                    schema = @Schema(type = "integer", minimum = "1", maximum = "" + MAX_VERSIONS, defaultValue = "" + MAX_VERSIONS))
            @RequestParam(required = false) String limit) {
        int shown = limit(limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", rules.status(settings.ruleSet()));
        // A publish or rollback a crash interrupted and the start-up finished or took back (null: none).
        body.put("interruptedChange", rules.interruptedChange(settings.ruleSet()).orElse(null));
        // The engine keeps them oldest first; the console listed them newest first and the API the other way round,
        // so a script reading versions[0] as "the latest" read the oldest (stop 33).
        List<RuleVersion> history = rules.history(settings.ruleSet());
        body.put("versionsTotal", history.size());
        body.put("versions", history.reversed().stream().limit(shown)
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

    /** Blank or absent: every entry the history keeps; anything but a whole number from 1 to 100 is a 400. */
    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return MAX_VERSIONS;
        }
        int n;
        try {
            n = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_VERSIONS) {
            throw new DecisionQuery.Invalid(Map.of("limit", "a whole number from 1 to " + MAX_VERSIONS
                    + " (the newest entries of the version history)"));
        }
        return n;
    }

    @ExceptionHandler(DecisionQuery.Invalid.class)
    ResponseEntity<Map<String, Object>> invalid(DecisionQuery.Invalid e) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid_request", "fields", e.fields()));
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
