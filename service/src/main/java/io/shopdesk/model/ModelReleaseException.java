package io.shopdesk.model;

/** A model release that cannot be loaded: its model file is missing, altered or of another kind. */
public class ModelReleaseException extends IllegalStateException {

    public ModelReleaseException(String message) {
        super(message);
    }

    public ModelReleaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
