package io.shopdesk.dialogue.internal;

import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.knowledge.KnowledgeBase;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.NlpPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The questions of a message that asks several, each understood on its own, or none when the message is to be
 * answered whole, as it always was. The wording proposes the cuts ({@link QuestionSplitter}); each part is then
 * analysed by the pipeline and searched in the FAQ like a message of its own, and the cut is kept only when the bot
 * can answer every part: the FAQ search admits an answer (by the same gates, and the same stricter one for what the
 * intent model calls out of scope, as {@code AnswerFromKnowledgeBase}), the part starts the order check (it names an
 * order, or the intent model is at least {@code minIntentConfidence} sure it asks where an order is, to cancel it or
 * to change its address), or the intent model is that sure of an intent the rules answer without the FAQ (instalments
 * and failed payments, with the risk check; products, with the recommendations). A part the bot is unsure of,
 * small talk, a complaint or a request for a person keeps the message whole: better the one answer of today than a
 * wrong one to a half. Two parts about orders keep it whole too, since the order check asks one thing at a time.
 * Thread-safe (stateless; the pipeline and the knowledge base are).
 */
public final class QuestionParts {
    /** Intents that are no question to answer on their own, or that the escalation rules act on for the message. */
    private static final Set<String> NOT_QUESTIONS = Set.of("greeting", "thanks", "goodbye", "complaint", "human_agent");
    /** Intents that start the order check, as the rules do (with an order id or phone digits in the message). */
    private static final Set<String> ORDER_INTENTS = Set.of("order_status", "cancel_order", "change_address");
    /** Intents the dialogue answers by its own rules, not (only) from the FAQ. */
    private static final Set<String> RULE_ANSWERED = Set.of("installment_inquiry", "payment_failed",
            "product_recommendation", "product_inquiry");
    /**
     * More questions than this in one message are answered whole: a long list is more often a pasted text than a
     * list of questions, and each question costs an analysis and a search.
     */
    static final int MAX_QUESTIONS = 4;
    /** {@code AnswerFromKnowledgeBase}: an answer to what the intent model calls out of scope needs this much. */
    private static final double OUT_OF_SCOPE_MIN_KB_CONFIDENCE = 0.5;

    /** One question of the message, analysed and searched on its own. {@code orderTask}: it starts the order check. */
    public record Question(int index, String text, Analysis analysis, KbSearchResult kb, boolean orderTask) {
    }

    private final NlpPipeline nlp;
    private final KnowledgeBase knowledge;
    private final double minIntentConfidence;

    public QuestionParts(NlpPipeline nlp, KnowledgeBase knowledge, double minIntentConfidence) {
        this.nlp = nlp;
        this.knowledge = knowledge;
        this.minIntentConfidence = minIntentConfidence;
    }

    /** The message's questions in the order asked, or an empty list when it is to be answered whole. */
    public List<Question> of(Analysis message) {
        List<QuestionSplitter.Part> parts = QuestionSplitter.split(message.text());
        if (parts.size() < 2 || parts.size() > MAX_QUESTIONS) {
            return List.of();
        }
        List<Question> questions = new ArrayList<>();
        int orderTasks = 0;
        for (QuestionSplitter.Part part : parts) {
            Analysis analysis = nlp.analyse(part.text());
            if (analysis.languageEvident() && analysis.language() != message.language()) {
                return List.of();
            }
            KbSearchResult kb = knowledge.search(analysis);
            boolean orderTask = startsOrderCheck(analysis);
            if (!understood(analysis, kb, orderTask)) {
                return List.of();
            }
            orderTasks += orderTask ? 1 : 0;
            questions.add(new Question(questions.size(), part.text(), analysis, kb, orderTask));
        }
        return orderTasks > 1 ? List.of() : List.copyOf(questions);
    }

    private boolean startsOrderCheck(Analysis analysis) {
        return analysis.firstEntity(Entity.ORDER_ID).isPresent()
                || !analysis.outOfScope() && ORDER_INTENTS.contains(analysis.intentName())
                   && analysis.intent().confidence() >= minIntentConfidence;
    }

    private boolean understood(Analysis analysis, KbSearchResult kb, boolean orderTask) {
        if (NOT_QUESTIONS.contains(analysis.intentName())) {
            return false;
        }
        if (orderTask) {
            return true;
        }
        boolean answered = kb.answer().map(hit -> !analysis.outOfScope()
                || hit.confidence() >= OUT_OF_SCOPE_MIN_KB_CONFIDENCE).orElse(false);
        return answered || !analysis.outOfScope() && RULE_ANSWERED.contains(analysis.intentName())
                           && analysis.intent().confidence() >= minIntentConfidence;
    }
}
