package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.Decision;
import io.shopdesk.knowledge.KbHit;
import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.knowledge.KnowledgeBase;
import io.shopdesk.nlp.Language;
import java.util.List;

/**
 * Which FAQ search a decision's reply is worded from: a rule may answer with an entry the message's own search did not
 * find (a follow-up's, the one given last, the contact entry). Thread-safe as its knowledge base is.
 */
public final class AnsweredEntry {
    private final KnowledgeBase knowledge;

    public AnsweredEntry(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * The search the reply's entry comes from: the follow-up's when a rule answered with its entry (the entry need not
     * be among the message's own hits), else the message's own, so every other reply (the fallback's suggestions
     * too) is as it was. For what_to_do, the entry the conversation was last answered with, given again; for
     * contact_details, the contact entry when the search did not find it.
     */
    public KbSearchResult searchFor(KbSearchResult kb, KbHit followUp, Decision decision, Language language) {
        String action = decision.getAction();
        boolean found = kb.hits().stream().anyMatch(hit -> hit.entry().id().equals(decision.getDetail()));
        // what_to_do: the entry the conversation was last answered with; contact_details: the contact entry, which a
        // question in its own words ("what's your phone number?") may not have found; account_takeover: the entry with
        // the steps against an intruder; kb_answer: the entry a rule named from the conversation (the express entry for
        // 能加急吗 after a shipping answer, payment-failed-card for "I used my credit card" after the failed-payment
        // answer), whatever the search found.
        boolean named = "kb_answer".equals(action) && !found && decision.getDetail() != null
                && (followUp == null || !followUp.entry().id().equals(decision.getDetail()));
        if ("what_to_do".equals(action) || named
                || !found && ("contact_details".equals(action) || "account_takeover".equals(action))) {
            return knowledge.entry(decision.getDetail(), language)
                    .map(entry -> new KbSearchResult(List.of(KbHit.givenAgain(entry)), true))
                    .orElse(kb);
        }
        if (followUp == null || !"kb_answer".equals(action) || found) {
            return kb;
        }
        return new KbSearchResult(List.of(followUp), true);
    }
}
