package io.shopdesk.risk.model;

/** Training data that cannot be used (no file, no label column, one class only…); the message names the problem. */
public class FinancingDataException extends RuntimeException {
    public FinancingDataException(String message) {
        super(message);
    }
}
