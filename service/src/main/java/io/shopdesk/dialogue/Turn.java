package io.shopdesk.dialogue;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Entity;

/**
 * The current message as dialogue rules see it (a fact; read-only). Built from the {@link Analysis}.
 * Thread-safe (immutable).
 */
public final class Turn {
    private final Analysis analysis;
    private final String language;

    public Turn(Analysis analysis, String language) {
        this.analysis = analysis;
        this.language = language;
    }

    public Analysis getAnalysis() {
        return analysis;
    }

    public String getText() {
        return analysis.text();
    }

    /** The reply language, "zh" or "en". */
    public String getLanguage() {
        return language;
    }

    public String getIntent() {
        return analysis.intentName();
    }

    public double getConfidence() {
        return analysis.intent() == null ? 0 : analysis.intent().confidence();
    }

    public boolean isOutOfScope() {
        return analysis.outOfScope();
    }

    public boolean isHasOrderId() {
        return analysis.firstEntity(Entity.ORDER_ID).isPresent();
    }

    public boolean isHasPhoneDigits() {
        return analysis.firstEntity(Entity.PHONE_LAST4).isPresent() || analysis.firstEntity(Entity.PHONE).isPresent();
    }

    public boolean hasEntity(String type) {
        return analysis.firstEntity(type).isPresent();
    }
}
