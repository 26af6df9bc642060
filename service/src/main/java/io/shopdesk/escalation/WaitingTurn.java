package io.shopdesk.escalation;

import java.util.Locale;

/**
 * A shopper's message while their conversation is with a person (queued or held), as the escalation rules see it (a
 * fact): the rules decide whether the shopper takes back their request for a person ({@link #withdraw}), and whether
 * the message only thanks, to be answered "you're welcome" before the place in the queue ({@link #thank}). One per
 * evaluation, so not thread-safe. Documented for rule authors in {@code rules/escalation/README.md}.
 */
public final class WaitingTurn {
    private final String intent;
    private final String text;
    private final String language;
    private final String status;
    private final String acknowledgement;
    private String withdrawnBy;
    private String thankedBy;

    /** {@code status}: queued (waiting for an agent) or held (an agent has it). */
    public WaitingTurn(String intent, String text, String language, String status) {
        this(intent, text, language, status, null);
    }

    /**
     * {@code acknowledgement}: what the whole message acknowledges by the dialogue's word list (ok, yes, understood,
     * thanks: {@code DialogueService.acknowledgement}), or null.
     */
    public WaitingTurn(String intent, String text, String language, String status, String acknowledgement) {
        this.intent = intent;
        this.text = text == null ? "" : text;
        this.language = language;
        this.status = status;
        this.acknowledgement = acknowledgement;
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

    /** What the whole message acknowledges ("ok", "yes", "understood", "thanks"), or null. */
    public String getAcknowledgement() {
        return acknowledgement;
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

    /** The message only thanks; {@code rule} is the rule that said so. Called from rule consequences. */
    public void thank(String rule) {
        if (thankedBy == null) {
            thankedBy = rule;
        }
    }

    public boolean isThanked() {
        return thankedBy != null;
    }

    /** The rule that read the message as thanks, or null. */
    public String thankedBy() {
        return thankedBy;
    }
}
