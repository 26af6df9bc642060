package io.shopdesk.risk.internal;

import io.shopdesk.ruleengine.RuleSetUnavailableException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The drafts' and list actions' errors in the risk API's shape: field errors (400 {@code invalid_request}), a draft
 * made on what has moved since (409 {@code stale_draft}, with the live version and the files that moved), a draft
 * published already (409 {@code draft_closed}), an unknown draft or decision (404), no live rules (503). Stateless and
 * thread-safe.
 */
@RestControllerAdvice(assignableTypes = {RuleDraftsController.class, ListActionsController.class})
class RuleDraftErrors {

    @ExceptionHandler(DecisionQuery.Invalid.class)
    ResponseEntity<Map<String, Object>> invalid(DecisionQuery.Invalid e) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid_request", "fields", e.fields()));
    }

    @ExceptionHandler(StaleDraftException.class)
    ResponseEntity<Map<String, Object>> stale(StaleDraftException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "stale_draft");
        body.put("message", e.getMessage());
        body.put("baseVersion", e.draft().baseVersion());
        body.put("liveVersion", e.liveVersion());
        body.put("movedFiles", e.movedFiles());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @ExceptionHandler(RuleDrafts.DraftClosedException.class)
    ResponseEntity<Map<String, Object>> closed(RuleDrafts.DraftClosedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "draft_closed", "message", e.getMessage()));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, Object>> unknown(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not_found",
                "message", e.getMessage() == null ? "no such draft or decision" : e.getMessage()));
    }

    @ExceptionHandler(RuleSetUnavailableException.class)
    ResponseEntity<Map<String, Object>> unavailable(RuleSetUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "rules_not_ready",
                "problems", e.problems().stream().map(Object::toString).toList()));
    }
}
