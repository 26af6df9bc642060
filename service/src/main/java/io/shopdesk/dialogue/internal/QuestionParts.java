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
 * intent model calls out of scope, as {@code AnswerFromKnowledgeBase}), the part names an order, or the intent model
 * is at least {@code minIntentConfidence} sure of an intent the rules answer without the FAQ (where an order is, with
 * the order check; instalments and failed payments, with the risk check; products, with the recommendations). A part
 * that starts the order check as the rules do (it names an order, or its intent is {@code order_status}) is marked,
 * so that it can be decided last. A part the bot is unsure of, small talk, a complaint or a request for a person
 * keeps the message whole: better the one answer of today than a wrong one to a half. Two parts about orders keep it
 * whole too, since the order check asks one thing at a time. A greeting that opens the message ("你好，在吗？运费怎么算？")
 * is left out, so the question after it is answered, even when it is the only one.
 * Thread-safe (stateless; the pipeline and the knowledge base are).
 */
public final class QuestionParts {
    private static final String GREETING = "greeting";
    /** Intents that are no question to answer on their own, or that the escalation rules act on for the message. */
    private static final Set<String> NOT_QUESTIONS = Set.of("greeting", "thanks", "goodbye", "complaint", "human_agent");
    /** Intents the dialogue answers by its own rules, not (only) from the FAQ. */
    private static final Set<String> RULE_ANSWERED = Set.of("order_status", "installment_inquiry", "payment_failed",
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
            if (questions.isEmpty() && GREETING.equals(analysis.intentName())) {
                // "你好，在吗？运费怎么算？", "hi! where is my order?": the opening greeting asks nothing the question after
                // it does not answer better; answered whole, the message got only the introduction.
                continue;
            }
            KbSearchResult kb = knowledge.search(analysis);
            boolean orderTask = startsOrderCheck(analysis);
            if (!understood(analysis, kb)) {
                return List.of();
            }
            orderTasks += orderTask ? 1 : 0;
            questions.add(new Question(questions.size(), part.text(), analysis, kb, orderTask));
        }
        return orderTasks > 1 || questions.isEmpty() ? List.of() : List.copyOf(questions);
    }

    /**
     * As {@code StartOrderStatusTask} starts the order check. Phone digits are no question of their own: the wording
     * keeps them with a question ({@link QuestionSplitter}).
     */
    private static boolean startsOrderCheck(Analysis analysis) {
        return analysis.firstEntity(Entity.ORDER_ID).isPresent() || "order_status".equals(analysis.intentName());
    }

    private boolean understood(Analysis analysis, KbSearchResult kb) {
        if (NOT_QUESTIONS.contains(analysis.intentName())) {
            return false;
        }
        if (analysis.firstEntity(Entity.ORDER_ID).isPresent()) {
            return true;
        }
        boolean answered = kb.answer().map(hit -> !analysis.outOfScope()
                || hit.confidence() >= OUT_OF_SCOPE_MIN_KB_CONFIDENCE).orElse(false);
        return answered || !analysis.outOfScope() && RULE_ANSWERED.contains(analysis.intentName())
                           && analysis.intent().confidence() >= minIntentConfidence;
    }
}
