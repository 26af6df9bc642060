package io.shopdesk.dialogue;

/**
 * The turn's action, chosen by the first rule (highest salience) that closes it. Rules match on
 * {@code Decision(open)} so that once one decides, the others stand down. A mutable fact, one per turn.
 */
public class Decision {
    private String action;
    private String detail;
    private String rule;

    public boolean isOpen() {
        return action == null;
    }

    /** Closes the decision with an action (kb_answer, ask, order_status, handoff, fallback…) and a detail. */
    public void decide(String action, String detail, String rule) {
        this.action = action;
        this.detail = detail;
        this.rule = rule;
    }

    public String getAction() {
        return action;
    }

    /** For {@code ask}: the missing slot; for {@code handoff}: the reason; otherwise free. */
    public String getDetail() {
        return detail;
    }

    /**
     * Whether the bot declined a message that is not about shopping (action {@code fallback}, detail
     * {@code off_topic}: "tell me a joke"). It understood the message, so this is no misunderstanding.
     */
    public boolean isOffTopic() {
        return "fallback".equals(action) && "off_topic".equals(detail);
    }

    /**
     * Whether the bot did not understand the message: a fallback other than an off-topic decline. These in a row hand
     * the chat to a person ({@code shopdesk.escalation.fallbacks-before-escalation}).
     */
    public boolean isMisunderstanding() {
        return "fallback".equals(action) && !isOffTopic();
    }

    /** The name of the rule that decided, for the transcript and the agent's view. */
    public String getRule() {
        return rule;
    }
}
