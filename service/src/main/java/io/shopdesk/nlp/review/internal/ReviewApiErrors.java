package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.intent.IntentDataException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The review and release API's errors as JSON: {@code {"error":"invalid_request","fields":{…}}} (400),
 * {@code duplicate}, {@code busy} and a refused "release anyway" ({@code not_overridable}, {@code candidate_gone}…)
 * (409), and training files the reader refuses (409, naming the file and line).
 */
@RestControllerAdvice(assignableTypes = {ReviewController.class, ReleaseController.class})
class ReviewApiErrors {

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidRequest e) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid_request", "fields", e.fields()));
    }

    /**
     * A body that is not a JSON object: named with the fields of the endpoint it was sent to, so "Release anyway" is
     * not told about the labelling form's {@code text}, {@code language} and {@code intent}.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        String expected = request.getRequestURI().endsWith("/override")
                ? "expected a JSON object {\"reason\": \"why this release may go below the floor\"}"
                : "expected a JSON object {\"text\", \"language\", \"intent\"}";
        return ResponseEntity.badRequest().body(Map.of("error", "invalid_request", "fields", Map.of("body", expected)));
    }

    @ExceptionHandler(ReviewedExamples.Duplicate.class)
    ResponseEntity<Map<String, Object>> duplicate(ReviewedExamples.Duplicate e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "duplicate", "message", e.getMessage(),
                "file", e.file, "intent", e.intent));
    }

    @ExceptionHandler(ReleaseJobs.Busy.class)
    ResponseEntity<Map<String, Object>> busy(ReleaseJobs.Busy e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "busy", "message", e.getMessage(),
                "job", e.running));
    }

    @ExceptionHandler(ReleaseAnyway.Refused.class)
    ResponseEntity<Map<String, Object>> overrideRefused(ReleaseAnyway.Refused e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.error, "message", e.getMessage()));
    }

    @ExceptionHandler(IntentDataException.class)
    ResponseEntity<Map<String, Object>> badData(IntentDataException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "invalid_training_data",
                "message", e.getMessage()));
    }
}
