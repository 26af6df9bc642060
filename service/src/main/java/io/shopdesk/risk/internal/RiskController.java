package io.shopdesk.risk.internal;

import io.shopdesk.risk.FinancingRequest;
import io.shopdesk.risk.InvalidRiskRequestException;
import io.shopdesk.risk.PaymentRequest;
import io.shopdesk.risk.RiskDecision;
import io.shopdesk.risk.RiskService;
import io.shopdesk.risk.StoredDecision;
import io.shopdesk.ruleengine.RuleSetUnavailableException;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The risk API: score a payment, score a financing application, read a stored decision. Callers authenticate with
 * an API key ({@link RiskApiKeyInterceptor}); bad requests get 400 with every field error.
 */
@RestController
class RiskController {
    private final RiskService risk;

    RiskController(RiskService risk) {
        this.risk = risk;
    }

    @PostMapping("/api/risk/payments")
    RiskDecision payment(@Valid @RequestBody PaymentRequest request) {
        return risk.assessPayment(request);
    }

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

    /** The risk rules failed their checks at start-up and no earlier version went live: no decision without rules. */
    @ExceptionHandler(RuleSetUnavailableException.class)
    ResponseEntity<Map<String, Object>> unavailable(RuleSetUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "rules_not_ready",
                "problems", e.problems().stream().map(Object::toString).toList()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        String detail = e.getMostSpecificCause().getMessage();
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "malformed_json",
                "message", detail == null ? "The body is not valid JSON" : detail.lines().findFirst().orElse("")));
    }
}
