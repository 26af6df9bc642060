package io.shopdesk.escalation;

import io.shopdesk.dialogue.TopicLabels;
import io.shopdesk.nlp.Language;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shopper's message as the escalation rules see it (a fact), after the dialogue has answered it: the intent, the
 * text, its sentiment, how many turns in a row the bot failed to understand, and what the dialogue did.
 * Immutable. Documented for rule authors in {@code rules/escalation/README.md}.
 *
 * <p>Rules decide on {@code dialogueDetail} (payment_failed, coupons-not-working: the team follows it) and write
 * {@code aboutZh} / {@code aboutEn} into the reasons an agent reads (付款失败, 常见问题“优惠券用不了。”), computed by
 * {@link #labelled(TopicLabels)} from the chat's reply texts and the knowledge base. Built without labels (a scenario
 * before it is labelled), they are the detail itself.
 *
 * @param sentiment           -1 (very negative) to 1 (very positive); 0 when unknown
 * @param sentimentSource     where the sentiment came from: lexicon (Chinese, or an English outburst), corenlp (CoreNLP
 *                            alone: no outburst word in the message), corenlp+lexicon (CoreNLP's, more negative than
 *                            the outburst words'), pending
 *                            (English, until CoreNLP has scored it after the reply), none, scenario
 * @param consecutiveFallbacks fallbacks in a row including this turn's
 * @param dialogueAction      what the dialogue rules chose (kb_answer, fallback, order_status, ask…)
 * @param dialogueDetail      the detail of that choice, or null: for order_request_for_agent, {@code <request>.<case>}
 *                            (cancel.being_packed: what the shopper asked to do with the order, and why the bot could not)
 * @param consecutiveComplaints complaints in a row including this turn's (0 when this turn is none)
 * @param consecutiveNegativeTurns turns in a row whose sentiment was at or below the policy's
 *                            {@code negativeSentiment}, this turn's included (0 when this turn is not negative)
 * @param productNamed        the message names a catalogue product or a category word ("a phone case"): the intent
 *                            model's human_agent alone then is no request for a person
 * @param aboutZh             what the detail was about, in Chinese (付款失败; an FAQ entry by its question); null
 *                            without a detail
 * @param aboutEn             the same in English ("a failed payment")
 * @param newAddress          the new delivery address the shopper asked for with the request the dialogue handed to a
 *                            person this turn (an address change of an order being packed), as they wrote it; null
 *                            otherwise. Personal data: for the agent's hand-off message only, never logged
 */
public record EscalationTurn(String intent, double confidence, String text, String language, double sentiment,
                             String sentimentSource, int consecutiveFallbacks, String dialogueAction,
                             String dialogueDetail, int consecutiveComplaints, int consecutiveNegativeTurns,
                             boolean productNamed, String aboutZh, String aboutEn, String newAddress) {
    private static final Pattern QUESTION_OPENING = Pattern.compile(
            "(^|[.,;!]\\s*)(can|could|how|what|when|where|why|which|is|are|do|does|did|will|would|should|may)\\b");

    public EscalationTurn {
        aboutZh = aboutZh == null ? dialogueDetail : aboutZh;
        aboutEn = aboutEn == null ? dialogueDetail : aboutEn;
    }

    /** The turn with what its detail was about still to be labelled ({@link #labelled(TopicLabels)}). */
    public EscalationTurn(String intent, double confidence, String text, String language, double sentiment,
                          String sentimentSource, int consecutiveFallbacks, String dialogueAction,
                          String dialogueDetail, int consecutiveComplaints, int consecutiveNegativeTurns,
                          boolean productNamed) {
        this(intent, confidence, text, language, sentiment, sentimentSource, consecutiveFallbacks, dialogueAction,
                dialogueDetail, consecutiveComplaints, consecutiveNegativeTurns, productNamed, null, null, null);
    }

    /** This turn with what its detail was about labelled in both languages, as an agent reads it. */
    public EscalationTurn labelled(TopicLabels labels) {
        return new EscalationTurn(intent, confidence, text, language, sentiment, sentimentSource, consecutiveFallbacks,
                dialogueAction, dialogueDetail, consecutiveComplaints, consecutiveNegativeTurns, productNamed,
                labels.about(Language.ZH, dialogueDetail), labels.about(Language.EN, dialogueDetail), newAddress);
    }

    /** This turn with the new delivery address the shopper asked for (null for none), which the agent reads. */
    public EscalationTurn withNewAddress(String address) {
        return new EscalationTurn(intent, confidence, text, language, sentiment, sentimentSource, consecutiveFallbacks,
                dialogueAction, dialogueDetail, consecutiveComplaints, consecutiveNegativeTurns, productNamed, aboutZh,
                aboutEn, address);
    }

    /** The same turn once its sentiment is known (English: after the reply). */
    EscalationTurn scored(double score, String source, int negativeTurns) {
        return new EscalationTurn(intent, confidence, text, language, score, source, consecutiveFallbacks,
                dialogueAction, dialogueDetail, consecutiveComplaints, negativeTurns, productNamed, aboutZh, aboutEn,
                newAddress);
    }

    public String getIntent() {
        return intent;
    }

    public double getConfidence() {
        return confidence;
    }

    /** The text in lower case, for keyword rules. */
    public String getLowerText() {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    public String getLanguage() {
        return language;
    }

    public double getSentiment() {
        return sentiment;
    }

    public String getSentimentSource() {
        return sentimentSource;
    }

    /**
     * Whether the message asks something: a question mark, or an English sentence opening with a question word
     * ("can I pay it off early", "how long do refunds take"). CoreNLP's sentiment model reads many plain questions
     * about a problem as very negative ("my Huabei instalment order SD10000003, can I pay it off early?").
     */
    public boolean isAsksQuestion() {
        String lower = getLowerText();
        return lower.indexOf('?') >= 0 || lower.indexOf('？') >= 0 || QUESTION_OPENING.matcher(lower).find();
    }

    public int getConsecutiveFallbacks() {
        return consecutiveFallbacks;
    }

    public String getDialogueAction() {
        return dialogueAction;
    }

    public String getDialogueDetail() {
        return dialogueDetail;
    }

    /** For a detail {@code <request>.<case>}, the request (cancel, change_address…); otherwise null. */
    public String getOrderRequest() {
        return dialogueDetail == null || dialogueDetail.indexOf('.') < 0 ? null
                : dialogueDetail.substring(0, dialogueDetail.indexOf('.'));
    }

    public int getConsecutiveComplaints() {
        return consecutiveComplaints;
    }

    public int getConsecutiveNegativeTurns() {
        return consecutiveNegativeTurns;
    }

    public boolean isProductNamed() {
        return productNamed;
    }

    public String getAboutZh() {
        return aboutZh;
    }

    public String getAboutEn() {
        return aboutEn;
    }

    public String getNewAddress() {
        return newAddress;
    }

    /** The record's own text, without the new delivery address: personal data stays out of logs and errors. */
    @Override
    public String toString() {
        return "EscalationTurn[intent=" + intent + ", dialogueAction=" + dialogueAction + ", dialogueDetail="
                + dialogueDetail + ", newAddress=" + (newAddress == null ? "none" : "given") + "]";
    }
}
