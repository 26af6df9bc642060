package io.shopdesk.nlp.review.internal;

import java.util.Map;

/** Bad parameters or body fields of the review and release API, each named with what is wrong (400). */
final class InvalidRequest extends RuntimeException {
    private final Map<String, String> fields;

    InvalidRequest(Map<String, String> fields) {
        super("invalid request: " + fields);
        this.fields = Map.copyOf(fields);
    }

    Map<String, String> fields() {
        return fields;
    }
}
