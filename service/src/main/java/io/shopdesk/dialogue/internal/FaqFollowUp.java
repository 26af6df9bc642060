package io.shopdesk.dialogue.internal;

import io.shopdesk.knowledge.FaqEntry;
import io.shopdesk.knowledge.KbHit;
import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.knowledge.KnowledgeBase;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.Language;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The FAQ answer to an elliptical follow-up of the FAQ answer just given: after 运费怎么算 was answered, 那香港呢 asks
 * what shipping to Hong Kong costs; after the invoice answer, 专票呢 asks for a special VAT invoice; "and exchanges?"
 * after the returns answer. On its own such a message says nothing the FAQ can place (it got "did you mean"). When its
 * wording is a follow-up ({@link FollowUpWording}), the FAQ is searched again with the last answer's entry's first
 * question and the message's new words ("运费怎么算？ 香港"), and that search gives the answer only by the FAQ's usual
 * gate ({@link KnowledgeBase#admits}). Which entry: the one other entry of the last answer's category tagged with the
 * new words, when exactly one is (专票); otherwise, when the new words alone share a word with some entry (重开, 国外,
 * "exchanges"), the first found of those that do, so the old topic is never forced on words that name another (that search
 * or one with the last entry's topic word and the message, "发票 可以重开吗", must admit it); when they share none (a
 * place: 香港, 新疆, Hong Kong), the search's best entry, if it is in the last answer's category. A follow-up the FAQ
 * places on its own in another topic still gets the one entry of the last answer's category tagged with its words ("what
 * about with a credit card?" after the Huabei answer: the credit card instalments, not the payment methods).
 * <p>
 * A short question of its own about the last answer's topic ("how many months?" after the Huabei answer, 多久能开好 after
 * the invoice answer) is answered as {@link ShortQuestionOnTopic} says; a follow-up the FAQ answers on its own, in the last
 * answer's category (国外呢 after the shipping cost: the international entry), gets that answer here, so the conversation
 * vouches for a bare message the intent model reads as off-topic.
 * <p>
 * Never for a message the FAQ answers on its own otherwise (a complete question keeps its own answer), one that names an order,
 * or one the intent model places with another rule (where an order is, small talk, a complaint, a person): "那我的订单到哪了"
 * after the shipping answer is an order question. Thread-safe (stateless; the knowledge base is).
 */
public final class FaqFollowUp {
    /** The last answer this follows: the only one the mechanism continues. */
    static final String FAQ_ANSWER = "kb_answer";
    /** Intents other rules answer: a message of these is no follow-up of an FAQ answer. */
    private static final Set<String> ELSEWHERE = Set.of("order_status", "greeting", "thanks", "goodbye", "complaint",
            "human_agent");

    /** How many hits the search for an entry named by its tag looks through. */
    private static final int TAG_SEARCH_HITS = 20;

    private final KnowledgeBase knowledge;
    private final FollowUpWording wording = new FollowUpWording();
    private final ShortQuestionOnTopic shortQuestion;

    public FaqFollowUp(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.shortQuestion = new ShortQuestionOnTopic(knowledge);
    }

    /**
     * The answer to {@code message} read as a follow-up of the conversation's last action, or empty.
     *
     * @param own the FAQ search for the message alone
     */
    public Optional<KbHit> answer(Analysis message, KbSearchResult own, String lastAction, String lastDetail) {
        if (!FAQ_ANSWER.equals(lastAction) || lastDetail == null
                || message.firstEntity(Entity.ORDER_ID).isPresent()
                || !message.outOfScope() && ELSEWHERE.contains(message.intentName())) {
            return Optional.empty();
        }
        return answer(message.text(), message.language(), own, lastDetail);
    }

    /** As {@link #answer(Analysis, KbSearchResult, String, String)}, for the message's text after an answer with entry {@code lastFaqId}. */
    public Optional<KbHit> answer(String text, Language language, KbSearchResult own, String lastFaqId) {
        Optional<String> words = wording.newWords(text, language);
        Optional<FaqEntry> last = knowledge.entry(lastFaqId, language);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        FaqEntry lastEntry = last.get();
        if (own.answer().isPresent()) {
            // 国外呢 after the shipping cost: the message alone finds the international entry, but as a bare "X?" the
            // intent model reads it as off-topic, and the FAQ's own rule wants more than the gate of such a message.
            // Worded as a follow-up and in the last answer's category, the conversation vouches for it.
            // "What about with a credit card?" after the Huabei instalments: the message alone finds the payment
            // methods, another topic, but its words are the tag of one entry of the topic just answered (the credit
            // card instalments), which is what the shopper asks about.
            if (words.isPresent()) {
                Optional<KbHit> inTopic = own.answer().filter(hit -> hit.entry().category().equals(lastEntry.category()));
                return inTopic.isPresent() ? inTopic : taggedInTopic(words.get(), language, lastEntry);
            }
            // "How long?" after the shipping cost: the message alone finds an entry of another topic (the warranty
            // repair time) only because it says nothing about its topic. Read against the topic just answered, an
            // entry of that topic its words reach as well is the answer (the delivery time).
            return shortQuestion.answerInTopic(text, language, own, lastEntry);
        }
        if (words.isEmpty()) {
            return shortQuestion.answer(text, language, own, lastEntry);
        }
        Optional<KbHit> tagged = taggedInTopic(words.get(), language, lastEntry);
        if (tagged.isPresent()) {
            return tagged;
        }
        KbSearchResult withQuestion = knowledge.search(lastEntry.questions().getFirst() + " " + words.get(), language);
        Optional<KbHit> named = knowledge.search(words.get(), language).hits().stream()
                .filter(hit -> hit.coverage() > 0).findFirst();
        if (named.isPresent()) {
            // The new words name something the FAQ knows (重开, 顺丰, "exchanges"): the answer can only be the entry they
            // come closest to, when a search with the context passes the gate for it. The last question outweighs a
            // short message's words (怎么开发票？ 可以重开吗 finds the invoice request again), so the topic word (the
            // entry's first tag: 发票, 物流) is tried too. The context only makes it sure; it never turns 那退货呢 into
            // the shipping answer again.
            String id = named.get().entry().id();
            KbSearchResult withTopic = lastEntry.tags().isEmpty() ? KbSearchResult.EMPTY
                    : knowledge.search(lastEntry.tags().getFirst() + " " + text, language);
            return java.util.stream.Stream.of(withQuestion, withTopic).flatMap(result -> result.hits().stream())
                    .filter(hit -> hit.entry().id().equals(id) && knowledge.admits(hit))
                    .findFirst();
        }
        // Words the FAQ does not know (a place): the question is still the last one's.
        return withQuestion.answer().filter(hit -> hit.entry().category().equals(lastEntry.category()));
    }

    /**
     * The one other entry of the last answer's category whose FAQ tags include exactly the new words (专票 after the
     * invoice answer, "vat invoice" after it in English): the FAQ's authors named that entry by them, which a search
     * on one short word cannot show with the gate's confidence (专票 alone is invoices-vat-special's best hit at 0.14).
     * None when several entries of the category carry the word (a topic word like 发票). When only the last answer
     * does, by a tag other than its topic word (its first tag), that answer already speaks of what the new words name
     * and is given again: 那积分呢 after whether coupons stack (coupons-stacking, tagged 积分: "can be used together
     * with points") fell back, since 积分 alone is the membership entries' word and no search admits them (stop 30).
     */
    private Optional<KbHit> taggedInTopic(String words, Language language, FaqEntry lastEntry) {
        String wanted = tagForm(words);
        List<KbHit> carrying = knowledge.search(words, language, TAG_SEARCH_HITS).hits().stream()
                .filter(hit -> hit.entry().category().equals(lastEntry.category()))
                .filter(hit -> hit.entry().tags().stream().map(FaqFollowUp::tagForm)
                        .anyMatch(tag -> tag.equals(wanted) || (tag + "s").equals(wanted)))
                .toList();
        if (carrying.size() != 1) {
            return Optional.empty();
        }
        KbHit only = carrying.getFirst();
        if (!only.entry().id().equals(lastEntry.id())) {
            return Optional.of(only);
        }
        boolean topicWord = !lastEntry.tags().isEmpty() && tagForm(lastEntry.tags().getFirst()).equals(wanted);
        return topicWord ? Optional.empty() : Optional.of(only);
    }

    /**
     * A tag or the new words as compared: lower case, hyphens as spaces, without a leading preposition of means or
     * article ("a VAT invoice" and the tag "vat-invoice" are both "vat invoice"; "with a credit card" is "credit card").
     */
    private static String tagForm(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('-', ' ')
                .replaceFirst("^(?:with|by|using|via|through|on)\\s+", "")
                .replaceFirst("^(?:a|an|the|my)\\s+", "");
    }
}
