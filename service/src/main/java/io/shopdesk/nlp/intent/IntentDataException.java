package io.shopdesk.nlp.intent;

/** Training data that cannot be used, with a message that names the file and, where known, the line. */
public class IntentDataException extends RuntimeException {
    public IntentDataException(String message) {
        super(message);
    }
}
