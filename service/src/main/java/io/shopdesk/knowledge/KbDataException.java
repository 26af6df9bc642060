package io.shopdesk.knowledge;

/** A FAQ or query file for {@code kb eval} that cannot be used, with a message that names the file. */
public class KbDataException extends RuntimeException {
    public KbDataException(String message) {
        super(message);
    }
}
