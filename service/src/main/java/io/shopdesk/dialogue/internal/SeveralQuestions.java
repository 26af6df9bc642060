package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.DialogueOutcome;
import io.shopdesk.dialogue.Reply;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One turn for a message of several questions ({@link QuestionParts}): each question is decided by the dialogue rules
 * as a turn of its own, and the shopper gets one answer with their replies in the order asked. The question that
 * starts the order check is decided last, so that what it asks for (the order id, the phone digits) is what the
 * conversation waits for next, whatever the other questions were about. A reply the same as an earlier one (two
 * questions with one FAQ answer) is given once, and so is one set of product cards. When the replies answer more
 * than one question, each carries {@code data.part} ({@code index} from 1, {@code count}, {@code text}: the question
 * it answers), so the widget can show which answer goes with which question. The turn counts as a misunderstanding
 * (towards the hand-off) only when every question was one. A question that reports someone else in the shopper's
 * account (account_takeover) gives the turn its decision, whatever its place. Not thread-safe: it changes the conversation's state,
 * whose turns run one at a time.
 */
public final class SeveralQuestions {
    private static final String PRODUCTS = "products";
    private static final String TAKEOVER = "account_takeover";

    private SeveralQuestions() {
    }

    /**
     * Decides the questions with {@code decideOne} (which updates {@code state}) and combines their replies. The
     * outcome's decision is the last one decided: the order check's when a question started it.
     */
    public static DialogueOutcome decide(List<QuestionParts.Question> questions, ConversationState state,
                                         Function<QuestionParts.Question, DialogueOutcome> decideOne) {
        int fallbacksBefore = state.getConsecutiveFallbacks();
        List<QuestionParts.Question> order = questions.stream()
                .sorted(Comparator.comparing(QuestionParts.Question::orderTask)).toList();
        Map<Integer, DialogueOutcome> outcomes = new LinkedHashMap<>();
        DialogueOutcome last = null;
        boolean allMisunderstood = true;
        for (QuestionParts.Question question : order) {
            last = decideOne.apply(question);
            outcomes.put(question.index(), last);
            allMisunderstood &= "fallback".equals(last.decision().getAction());
        }
        state.setConsecutiveFallbacks(allMisunderstood ? fallbacksBefore + 1 : 0);
        // Someone else in the shopper's account outranks whatever else was asked: the hand-off and the risk record
        // read the outcome's decision.
        Decision decision = outcomes.values().stream().map(DialogueOutcome::decision)
                .filter(d -> TAKEOVER.equals(d.getAction())).findFirst().orElse(last.decision());
        return new DialogueOutcome(combine(questions, outcomes), decision, state, last.newAddress(),
                last.parcels());
    }

    private static List<Reply> combine(List<QuestionParts.Question> questions, Map<Integer, DialogueOutcome> outcomes) {
        Set<String> given = new HashSet<>();
        int cardsFrom = cardsFrom(questions, outcomes);
        List<List<Reply>> answers = new ArrayList<>();
        for (QuestionParts.Question question : questions) {
            List<Reply> answer = outcomes.get(question.index()).replies().stream()
                    .filter(reply -> !PRODUCTS.equals(reply.type()) || question.index() == cardsFrom)
                    .filter(reply -> given.add(sameness(reply))).toList();
            answers.add(answer);
        }
        long answered = answers.stream().filter(a -> !a.isEmpty()).count();
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            for (Reply reply : answers.get(i)) {
                replies.add(answered < 2 ? reply : withPart(reply, questions.get(i), questions.size()));
            }
        }
        return List.copyOf(replies);
    }

    /**
     * The question whose product cards the turn shows: one set of cards is enough for one message. The cards that
     * answer a question (it asked for products) win over cards that follow another answer; else the first; -1 when
     * no question got any.
     */
    private static int cardsFrom(List<QuestionParts.Question> questions, Map<Integer, DialogueOutcome> outcomes) {
        int first = -1;
        for (QuestionParts.Question question : questions) {
            DialogueOutcome outcome = outcomes.get(question.index());
            if (outcome.replies().stream().anyMatch(reply -> PRODUCTS.equals(reply.type()))) {
                if (PRODUCTS.equals(outcome.decision().getAction())) {
                    return question.index();
                }
                first = first < 0 ? question.index() : first;
            }
        }
        return first;
    }

    /** What makes two replies the same answer: the FAQ entry, else the type, text and data, whichever rule chose it. */
    private static String sameness(Reply reply) {
        if ("kb_answer".equals(reply.type())) {
            return "kb_answer " + reply.data().get("faqId");
        }
        Map<String, Object> data = new LinkedHashMap<>(reply.data());
        data.remove("rule");
        return reply.type() + " " + reply.text() + " " + data;
    }

    private static Reply withPart(Reply reply, QuestionParts.Question question, int count) {
        Map<String, Object> data = new LinkedHashMap<>(reply.data());
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("index", question.index() + 1);
        part.put("count", count);
        part.put("text", question.text());
        data.put("part", part);
        return new Reply(reply.type(), reply.text(), data);
    }
}
