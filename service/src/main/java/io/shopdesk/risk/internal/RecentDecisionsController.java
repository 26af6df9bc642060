package io.shopdesk.risk.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The list of recent risk decisions, for the risk officers' console (its review queue). An officer's key only
 * ({@link RiskOfficerOnly}): the checkout's key, which sits on many servers, reads a decision by the id it was given,
 * but may not page through every decision with their addresses, IPs and card fingerprints. A controller of its own
 * so that the scoring API ({@code RiskController}) stays as it is. Stateless and thread-safe.
 */
@RestController
class RecentDecisionsController {
    private final RecentDecisions decisions;

    RecentDecisionsController(RecentDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/api/risk/decisions")
    @RiskOfficerOnly("listing the stored decisions (the checkout's key reads one by its id, GET /api/risk/decisions/{id})")
    @Operation(summary = "The most recent stored decisions, newest first",
            description = "Each with its id, kind, subject (payment or application id), customer, amount, currency "
                    + "(null for financing), decision, score, time and rule-set version. Open one with "
                    + "GET /api/risk/decisions/{id} for its reasons, fired rules and input.")
    @ApiResponse(responseCode = "200", description = "the decisions, newest first")
    @ApiResponse(responseCode = "400", description = "bad parameters: {\"error\":\"invalid_request\",\"fields\":{name: message}}")
    @ApiResponse(responseCode = "401", description = "no valid X-Api-Key")
    @ApiResponse(responseCode = "403", description = "a key that is not a risk officer's (the checkout's)")
    List<RecentDecisions.Summary> list(
            @Parameter(description = "only this decision", schema = @Schema(allowableValues = {"APPROVE", "REVIEW", "DECLINE"}))
            @RequestParam(required = false) String decision,
            @Parameter(description = "only this kind", schema = @Schema(allowableValues = {"payment", "financing"}))
            @RequestParam(required = false) String kind,
            @Parameter(description = "how many, 1-200", schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50"))
            @RequestParam(required = false) String limit) {
        return decisions.list(DecisionQuery.parse(decision, kind, limit));
    }

    @ExceptionHandler(DecisionQuery.Invalid.class)
    ResponseEntity<Map<String, Object>> invalid(DecisionQuery.Invalid e) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid_request", "fields", e.fields()));
    }
}
