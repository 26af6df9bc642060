package io.shopdesk.risk.internal;

import io.shopdesk.risk.FinancingRequest;
import io.shopdesk.risk.InvalidRiskRequestException;
import io.shopdesk.risk.PaymentRequest;
import io.shopdesk.risk.RiskConflictException;
import io.shopdesk.risk.RiskDecision;
import io.shopdesk.risk.RiskService;
import io.shopdesk.risk.StoredDecision;
import io.shopdesk.ruleengine.RuleSetUnavailableException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The risk API: score a payment, score a financing application, read a stored decision. Callers authenticate with
 * an API key ({@link RiskApiKeyInterceptor}); bad requests get 400 with every field error ({@link RiskApiErrors} for
 * bodies that are not JSON). Stateless and thread-safe.
 */
@RestController
class RiskController {
    private final RiskService risk;

    RiskController(RiskService risk) {
        this.risk = risk;
    }

    @Operation(summary = "Score a payment", description = """
            Scores a payment with the risk rules and returns the decision with its reasons. Idempotent per paymentId: \
            a payment id decided before gets that decision back (the same decisionId), neither scored nor counted in \
            velocity again, so a checkout may retry a request it got no answer for; a retry arriving while the first \
            is being decided waits for it. A payment id reused with another customer, amount, currency, method or \
            card gets 409 payment_conflict. The optional timestamp is the caller's and must not lie more than \
            shopdesk.risk.max-clock-skew (5 minutes) ahead of the server's clock; the decision is dated by the server.""")
    @PostMapping("/api/risk/payments")
    RiskDecision payment(@Valid @RequestBody PaymentRequest request) {
        return risk.assessPayment(request);
    }

    @Operation(summary = "Score a financing application", description = """
            Scores an instalment (financing) application with the risk rules and the default-probability model and \
            returns the decision with its reasons. Idempotent per applicationId: an application id decided before gets \
            that decision back (the same decisionId), not scored again, so a lender may retry a pre-check it got no \
            answer for; a retry arriving while the first is being decided waits for it. An application id reused with \
            another customer, amount or term (customerId, amount, termMonths) gets 409 financing_conflict naming the \
            fields that differ. The optional timestamp is checked as a payment's is; the decision is dated by the \
            server.""")
    @PostMapping("/api/risk/financing")
    RiskDecision financing(@Valid @RequestBody FinancingRequest request) {
        return risk.assessFinancing(request);
    }

    @GetMapping("/api/risk/decisions/{id}")
    ResponseEntity<StoredDecision> decision(@PathVariable String id) {
        return risk.find(id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> fields.putIfAbsent(f.getField(), f.getDefaultMessage()));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "invalid_request", "fields", fields));
    }

    /** A field only the service can judge (a timestamp far from its clock): the same shape as the annotations' errors. */
    @ExceptionHandler(InvalidRiskRequestException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidRiskRequestException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "invalid_request",
                "fields", Map.of(e.field(), e.getMessage())));
    }

    /**
     * A payment id reused for another payment ({@code payment_conflict}), an application id for another application
     * ({@code financing_conflict}): the earlier decision is not handed out for it, nor is it scored.
     */
    @ExceptionHandler(RiskConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(RiskConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.kind() + "_conflict",
                "message", e.getMessage(), "differences", e.differences()));
    }

    /** The risk rules failed their checks at start-up and no earlier version went live: no decision without rules. */
    @ExceptionHandler(RuleSetUnavailableException.class)
    ResponseEntity<Map<String, Object>> unavailable(RuleSetUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "rules_not_ready",
                "problems", e.problems().stream().map(Object::toString).toList()));
    }
}
