package io.shopdesk.escalation;

import java.util.Locale;

/**
 * A shopper's message while their conversation is with a person (queued or held), as the escalation rules see it (a
 * fact): the rules decide whether the shopper takes back their request for a person ({@link #withdraw}). One per
 * evaluation, so not thread-safe. Documented for rule authors in {@code rules/escalation/README.md}.
 */
public final class WaitingTurn {
    private final String intent;
    private final String text;
    private final String language;
    private final String status;
    private String withdrawnBy;

    /** {@code status}: queued (waiting for an agent) or held (an agent has it). */
    public WaitingTurn(String intent, String text, String language, String status) {
        this.intent = intent;
        this.text = text == null ? "" : text;
        this.language = language;
        this.status = status;
    }

    public String getIntent() {
        return intent;
    }

    /** The text in lower case, for keyword rules. */
    public String getLowerText() {
        return text.toLowerCase(Locale.ROOT);
    }

    public String getLanguage() {
        return language;
    }

    public String getStatus() {
        return status;
    }

    /** The shopper no longer wants a person; {@code rule} is the rule that said so. Called from rule consequences. */
    public void withdraw(String rule) {
        if (withdrawnBy == null) {
            withdrawnBy = rule;
        }
    }

    public boolean isWithdrawn() {
        return withdrawnBy != null;
    }

    /** The rule that read the message as a withdrawal, or null. */
    public String withdrawnBy() {
        return withdrawnBy;
    }
}
