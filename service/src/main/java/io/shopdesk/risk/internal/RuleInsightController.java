package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskSettings;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleSetException;
import io.shopdesk.ruleengine.RuleSetUnavailableException;
import io.shopdesk.ruleengine.RuleVersionDiff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a risk officer asks of the rules before and after changing them: which rules fire and which never do, what a
 * version changed, and what a rollback would flip. Officers' keys only ({@link RiskOfficerOnly}): the activity and
 * the flips are drawn from every stored decision, and a diff shows the rules' thresholds, which the checkout's key,
 * sitting on many servers, has no need to read. A controller of its own beside {@code RiskRulesController} (status
 * and rollback). Stateless and thread-safe.
 */
@RestController
class RuleInsightController {
    private final RuleEngine rules;
    private final RiskSettings settings;
    private final RuleActivity activity;
    private final RollbackPreview preview;
    private final Clock clock;

    RuleInsightController(RuleEngine rules, RiskSettings settings, RuleActivity activity, RollbackPreview preview,
                          Clock clock) {
        this.rules = rules;
        this.settings = settings;
        this.activity = activity;
        this.preview = preview;
        this.clock = clock;
    }

    private static final String ERRORS_400 = "bad parameters: {\"error\":\"invalid_request\",\"fields\":{name: message}}";

    @GetMapping("/api/risk/rules/activity")
    @RiskOfficerOnly("reading the rules' activity")
    @Operation(summary = "How often each rule fired over the last hours, and the live rules that never fired",
            description = "Over the decisions stored in the window (payments and financing): per rule, its readable "
                    + "label (a decision table's row as its table, row and condition: 'FinancingScorecard row 10 "
                    + "(Housing: rent)'), the kind of request it fires for (payment, financing, any: from the facts its "
                    + "conditions need), the decisions it fired in, their share of all decisions in the window (0-1), "
                    + "how they ended (APPROVE, REVIEW, DECLINE) and when it last fired, most active first. Then the "
                    + "live rules that fired in no decision: deadRules, although at least deadAfterDecisions requests "
                    + "they could have fired for came (of their kind, decided by a version that had them; setting "
                    + "shopdesk.risk.activity.dead-after-decisions, default 200); notEnoughDecisions, when fewer came "
                    + "(each with decisions, how many came, and needed: not dead yet, '2 of 200'); and "
                    + "noTrafficRules, because none of their kind came (the financing rules in a window without "
                    + "financing decisions); ruleDetails gives every live rule's label, kind, file and table row. Rules "
                    + "are counted by name: decisions made by an older rule version count under the rule's name, and a "
                    + "rule that fired in the window but is no longer in the live set is listed with live=false. "
                    + "Aggregated by the database.")
    @ApiResponse(responseCode = "200", description = "the activity")
    @ApiResponse(responseCode = "400", description = ERRORS_400)
    @ApiResponse(responseCode = "401", description = "no valid X-Api-Key")
    @ApiResponse(responseCode = "403", description = "a key that is not a risk officer's (the checkout's)")
    RuleActivity.Report activity(
            @Parameter(description = "the window: the last this many hours, 1-720 (30 days)",
                    schema = @Schema(type = "integer", minimum = "1", maximum = "720", defaultValue = "24"))
            @RequestParam(required = false) String hours) {
        LookBack window = LookBack.parse(hours);
        CompiledRuleSet live;
        try {
            live = rules.ruleSet(settings.ruleSet());
        } catch (RuleSetUnavailableException e) {
            live = null;
        }
        return activity.report(live, window, clock.instant());
    }

    @GetMapping("/api/risk/rules/versions/{version}/diff")
    @RiskOfficerOnly("reading the rule files of a version")
    @Operation(summary = "What a recorded rule version changed, as unified diffs",
            description = "Against the history entry recorded just before the version's latest entry (the first "
                    + "entry is diffed against nothing: every file added), or against the version named by against; "
                    + "with at, one entry of the version (by its liveSince) against the entry before it. "
                    + "Per file that differs: change (added, removed, modified), added and removed line counts and the "
                    + "unified diff's lines (---/+++ headers, @@ hunks, '+' added, '-' removed, ' ' context). Rule "
                    + "files and the scenario files the version was checked against are compared; a binary workbook "
                    + "table (.drl.xlsx) is marked binary with no lines.")
    @ApiResponse(responseCode = "200", description = "the diff")
    @ApiResponse(responseCode = "404", description = "{\"error\":\"unknown_version\",\"message\":…} for a version (or against) not in the history")
    @ApiResponse(responseCode = "401", description = "no valid X-Api-Key")
    @ApiResponse(responseCode = "403", description = "a key that is not a risk officer's (the checkout's)")
    RuleVersionDiff diff(@PathVariable String version,
                         @Parameter(description = "another recorded version to compare with")
                         @RequestParam(required = false) String against,
                         @Parameter(description = "one history entry of the version, by when it went live (its "
                                 + "liveSince in GET /api/risk/rules): what that entry changed from the entry before it")
                         @RequestParam(required = false) String at) {
        String base = against == null || against.isBlank() ? null : against.trim();
        requireRecorded(version);
        if (at != null && !at.isBlank()) {
            Instant when;
            try {
                when = Instant.parse(at.trim());
            } catch (DateTimeParseException e) {
                throw new DecisionQuery.Invalid(Map.of("at", "an entry's liveSince, an ISO-8601 instant (2026-12-07T08:30:00Z)"));
            }
            if (base != null) {
                throw new DecisionQuery.Invalid(Map.of("at", "give at or against, not both"));
            }
            try {
                return rules.diffOfEntry(settings.ruleSet(), version, when);
            } catch (IllegalArgumentException e) {
                throw new UnknownVersion(e.getMessage());
            }
        }
        if (base != null) {
            requireRecorded(base);
        }
        return rules.diff(settings.ruleSet(), version, base);
    }

    @GetMapping("/api/risk/rules/rollback/preview")
    @RiskOfficerOnly("previewing a rollback")
    @Operation(summary = "What a rollback to a version would flip, without rolling back",
            description = "Replays the decisions stored in the last hours, payments and financing (the newest "
                    + RollbackPreview.MAX_REPLAYED + " at most: capped=true says so), through the live rule set and "
                    + "through the version's rule files, compiled on their own (nothing live changes), with each "
                    + "decision's context rebuilt as the service built it. A financing decision is replayed with the "
                    + "model probability stored with it, never re-scored with today's model "
                    + "(financingProbability=stored); financing decisions stored before probabilities were stored are "
                    + "not replayed: financingWithoutScore counts them. Reports how many decisions flip, the counts "
                    + "per kind from (live) to (version) decision, and the newest " + RollbackPreview.SAMPLE + " flipped "
                    + "decisions with their stored, live-replayed and version decision and score. decidedByLive and "
                    + "liveReplayMatches say how faithfully the replay reproduces the live version's stored decisions.")
    @ApiResponse(responseCode = "200", description = "the preview")
    @ApiResponse(responseCode = "400", description = ERRORS_400)
    @ApiResponse(responseCode = "404", description = "{\"error\":\"unknown_version\",\"message\":…}")
    @ApiResponse(responseCode = "409", description = "{\"error\":\"version_does_not_compile\",\"problems\":[…]}: the rollback would be refused too")
    @ApiResponse(responseCode = "401", description = "no valid X-Api-Key")
    @ApiResponse(responseCode = "403", description = "a key that is not a risk officer's (the checkout's)")
    @ApiResponse(responseCode = "503", description = "{\"error\":\"rules_not_ready\"}: no live version to compare with")
    RollbackPreview.Report preview(
            @Parameter(description = "the version to roll back to", required = true) @RequestParam(required = false) String version,
            @Parameter(description = "the window: the last this many hours, 1-720 (30 days)",
                    schema = @Schema(type = "integer", minimum = "1", maximum = "720", defaultValue = "24"))
            @RequestParam(required = false) String hours) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (version == null || version.isBlank()) {
            errors.put("version", "required");
        }
        LookBack window = null;
        try {
            window = LookBack.parse(hours);
        } catch (DecisionQuery.Invalid e) {
            errors.putAll(e.fields());
        }
        if (!errors.isEmpty()) {
            throw new DecisionQuery.Invalid(errors);
        }
        requireRecorded(version.trim());
        return preview.preview(version.trim(), window, clock.instant());
    }

    /** A version named in a request that the history does not hold: 404 with the engine's message. */
    static final class UnknownVersion extends RuntimeException {
        UnknownVersion(String message) {
            super(message);
        }
    }

    private void requireRecorded(String version) {
        try {
            rules.version(settings.ruleSet(), version);
        } catch (IllegalArgumentException e) {
            throw new UnknownVersion(e.getMessage());
        }
    }

    @ExceptionHandler(DecisionQuery.Invalid.class)
    ResponseEntity<Map<String, Object>> invalid(DecisionQuery.Invalid e) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid_request", "fields", e.fields()));
    }

    @ExceptionHandler(UnknownVersion.class)
    ResponseEntity<Map<String, Object>> unknown(UnknownVersion e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "unknown_version", "message", e.getMessage()));
    }

    @ExceptionHandler(RuleSetException.class)
    ResponseEntity<Map<String, Object>> doesNotCompile(RuleSetException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "version_does_not_compile",
                "message", "The version's rule files no longer compile; a rollback to it would be refused",
                "problems", e.problems()));
    }

    @ExceptionHandler(RuleSetUnavailableException.class)
    ResponseEntity<Map<String, Object>> unavailable(RuleSetUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "rules_not_ready",
                "problems", e.problems().stream().map(Object::toString).toList()));
    }
}
