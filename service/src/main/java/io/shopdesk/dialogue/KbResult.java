package io.shopdesk.dialogue;

import io.shopdesk.knowledge.KbHit;
import io.shopdesk.knowledge.KbSearchResult;
import java.util.List;
import java.util.function.Predicate;

/**
 * The FAQ search for the current message, as a fact: whether it is answerable and the closest questions, and the
 * entry that answers it as an elliptical follow-up of the last FAQ answer (see {@code FaqFollowUp}), if any.
 * Immutable.
 */
public final class KbResult {
    private final KbSearchResult result;
    private final KbHit followUp;
    private final Predicate<String> entries;

    public KbResult(KbSearchResult result) {
        this(result, null);
    }

    /** @param followUp the follow-up's answer, or null when the message is none */
    public KbResult(KbSearchResult result, KbHit followUp) {
        this(result, followUp, null);
    }

    /**
     * @param followUp the follow-up's answer, or null when the message is none
     * @param entries  whether the FAQ (in the reply's language) has an entry of this id, found or not; null: only
     *                 the entries found are known
     */
    public KbResult(KbSearchResult result, KbHit followUp, Predicate<String> entries) {
        this.result = result;
        this.followUp = followUp;
        this.entries = entries == null ? this::hasHit : entries;
    }

    /**
     * The entry that answers the message read with the last FAQ answer's question (那香港呢 after the shipping cost),
     * found by a search that passed the FAQ's gate; null when the message is no elliptical follow-up of an FAQ answer
     * or that search found no answer.
     */
    public String getFollowUpFaqId() {
        return followUp == null ? null : followUp.entry().id();
    }

    public boolean isConfident() {
        return result.confident();
    }

    public String getFaqId() {
        return result.hits().isEmpty() ? null : result.hits().getFirst().entry().id();
    }

    public double getConfidence() {
        return result.hits().isEmpty() ? 0 : result.hits().getFirst().confidence();
    }

    public double getCoverage() {
        return result.hits().isEmpty() ? 0 : result.hits().getFirst().coverage();
    }

    /** The intent's FAQ categories when the answer was found within them, else null (see {@code TopicAnswer}). */
    public String getTopic() {
        return result.topic();
    }

    /**
     * Whether some entry found shares a word with the message (its coverage is above 0). When none does, the closest
     * entries are the classifier's guesses for a message the FAQ knows nothing of ("tell me a joke").
     */
    public boolean isSharesWords() {
        return result.hits().stream().anyMatch(hit -> hit.coverage() > 0);
    }

    /**
     * Whether the entry is among the closest found, though perhaps not the first: a rule that knows what the message
     * asks (a size question) may answer with it when the FAQ's gate would not.
     */
    public boolean hasHit(String faqId) {
        return result.hits().stream().anyMatch(hit -> hit.entry().id().equals(faqId));
    }

    /**
     * Whether the FAQ has the entry, whether or not this message's search found it: a rule that knows from the
     * wording what the message asks ("what's your phone number?", which shares no word with the contact entry's
     * questions) may answer with the entry itself.
     */
    public boolean knows(String faqId) {
        return hasHit(faqId) || entries.test(faqId);
    }

    public List<KbHit> getHits() {
        return result.hits();
    }
}
