package io.shopdesk.recommendation;

/** A ratings file that cannot be used: missing, empty, without the needed columns, or with a malformed row. */
public class RatingDataException extends RuntimeException {
    public RatingDataException(String message) {
        super(message);
    }
}
