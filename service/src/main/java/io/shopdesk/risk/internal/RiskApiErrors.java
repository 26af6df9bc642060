package io.shopdesk.risk.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The risk API's errors about the request itself, in its documented shape ({@code {"error":"malformed_json",
 * "message":…}}, {@code {"error":"invalid_request","fields":{…}}}) for every risk controller, where Spring would
 * answer the rollback's or the review queue's caller with its own error page: a body that is not JSON, no body, a body
 * sent as another media type, a query string that cannot be decoded ({@code ?limit=%ZZ}: {@code malformed_query}), a
 * query parameter that is missing or of the wrong type, a field the scoring requests do not have
 * ({@link StrictRiskRequestBodies}). Stateless and thread-safe.
 */
@RestControllerAdvice(assignableTypes = {RiskController.class, RiskRulesController.class, RecentDecisionsController.class,
        RuleInsightController.class, RuleDraftsController.class, ListActionsController.class,
        ListVersionsController.class})
class RiskApiErrors {

    /**
     * A body that is not JSON is {@code malformed_json}; JSON with a field of the wrong type ({@code "amount":"12,50"},
     * a timestamp that is no instant) is the usual field error naming that field, in words a caller can act on
     * rather than Jackson's, which name our Java types.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnrecognizedPropertyException unknown) {
                return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "invalid_request",
                        "fields", Map.of(fieldPath(unknown), "is not a field of this request; the fields are "
                                + String.join(", ", knownFields(unknown)))));
            }
            if (t instanceof MismatchedInputException mismatch) {
                String field = fieldPath(mismatch);
                if (field.isEmpty()) {
                    return malformed("The body must be a JSON object");
                }
                return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "invalid_request",
                        "fields", Map.of(field, expected(mismatch.getTargetType()))));
            }
        }
        if (e.getCause() == null) {
            // Spring's own "Required request body is missing: <the handler's Java signature>".
            return malformed("The body is missing: send a JSON object");
        }
        String detail = e.getMostSpecificCause().getMessage();
        return malformed(detail == null ? "The body is not valid JSON" : detail.lines().findFirst().orElse(""));
    }

    private static ResponseEntity<Map<String, Object>> malformed(String message) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "malformed_json", "message", message));
    }

    /** The field's path as a caller writes it: {@code amount}, or {@code items[0].price} in nested bodies. */
    private static String fieldPath(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The request's own field names, in the order they are declared, for a caller who misspelt one. */
    private static List<String> knownFields(UnrecognizedPropertyException e) {
        Collection<Object> known = e.getKnownPropertyIds();
        return known == null ? List.of() : known.stream().map(String::valueOf).toList();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
            return "must be a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "must be a number, like 12.50";
        }
        if (type == Instant.class) {
            return "must be an ISO-8601 instant, like 2026-11-01T08:30:00Z";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        return "has the wrong type";
    }

    /** A body sent as text or a form: the API reads JSON only. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> unsupported(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(Map.of("error", "unsupported_media_type",
                "message", "Send the body as JSON (Content-Type: " + MediaType.APPLICATION_JSON_VALUE + ")"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid_request",
                "fields", Map.of(e.getParameterName(), "required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid_request",
                "fields", Map.of(e.getName(), expected(e.getRequiredType()))));
    }

    /** A query string the server cannot decode: a {@code %} not followed by two hex digits, say. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Map<String, Object>> undecodable(InvalidParameterException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "malformed_query", "message",
                "The query string cannot be decoded: URL-encode its values (a % is followed by two hex digits)"));
    }
}
