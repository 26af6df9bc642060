package io.shopdesk.dialogue;

/** Configured limits the rules read, as a fact (from {@link DialogueSettings}). Immutable. */
public final class DialoguePolicy {
    private final int fallbacksBeforeHandoff;

    public DialoguePolicy(int fallbacksBeforeHandoff) {
        this.fallbacksBeforeHandoff = fallbacksBeforeHandoff;
    }

    public int getFallbacksBeforeHandoff() {
        return fallbacksBeforeHandoff;
    }
}
