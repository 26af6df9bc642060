package io.shopdesk.escalation.internal;

import io.shopdesk.escalation.EscalationException;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the escalation desk as JSON {@code {code, message}} with their HTTP status. */
@RestControllerAdvice(assignableTypes = {AgentController.class, ShopperRatingController.class,
        ShopperVerificationController.class})
class EscalationErrors {

    @ExceptionHandler(EscalationException.class)
    ResponseEntity<Map<String, Object>> refused(EscalationException e) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(e.details());
        body.put("code", e.code());
        body.put("message", e.getMessage());
        return ResponseEntity.status(e.status()).body(body);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(Map.of("code", "invalid_json", "message", "The body is not the expected JSON"));
    }

    @ExceptionHandler(java.time.DateTimeException.class)
    ResponseEntity<Map<String, String>> badZone(java.time.DateTimeException e) {
        return ResponseEntity.badRequest().body(Map.of("code", "invalid_zone", "message", e.getMessage()));
    }
}
