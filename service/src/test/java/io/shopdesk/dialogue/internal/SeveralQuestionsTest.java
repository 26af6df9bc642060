package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.dialogue.ConversationState;
import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.DialogueOutcome;
import io.shopdesk.dialogue.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the answers to several questions become one turn: the order check's question decided last but answered in its
 * place, an answer given once, one set of product cards, each reply naming its question, and the misunderstanding
 * counter. Each question's
 * turn is given here as the rules would decide it (the whole path is in rules/dialogue/scenarios/several-questions.yml).
 */
class SeveralQuestionsTest {

    static QuestionParts.Question question(int index, String text, boolean orderTask) {
        return new QuestionParts.Question(index, text, null, null, orderTask);
    }

    static DialogueOutcome outcome(String action, ConversationState state, Reply... replies) {
        Decision decision = new Decision();
        decision.decide(action, null, "Rule");
        return new DialogueOutcome(List.of(replies), decision, state);
    }

    static Reply kb(String faqId) {
        return new Reply("kb_answer", "answer " + faqId, Map.of("rule", "AnswerFromKnowledgeBase", "faqId", faqId));
    }

    @Test
    void theOrderQuestionIsDecidedLastAndAnsweredWhereItWasAsked() {
        ConversationState state = new ConversationState();
        List<String> decided = new ArrayList<>();
        Reply ask = new Reply("ask", "last 4 digits?", Map.of("rule", "AskPhoneDigits", "slot", "phone_last4"));
        DialogueOutcome combined = SeveralQuestions.decide(
                List.of(question(0, "where is my order SD10000001", true), question(1, "how do I get an invoice?", false)),
                state, q -> {
                    decided.add(q.text());
                    return q.orderTask() ? outcome("ask", state, ask) : outcome("kb_answer", state, kb("invoices-request"));
                });
        assertThat(decided).containsExactly("how do I get an invoice?", "where is my order SD10000001");
        assertThat(combined.decision().getAction()).isEqualTo("ask");
        assertThat(combined.replies()).extracting(Reply::type).containsExactly("ask", "kb_answer");
        assertThat(combined.replies().get(0).data()).containsEntry("slot", "phone_last4")
                .containsEntry("part", Map.of("index", 1, "count", 2, "text", "where is my order SD10000001"));
        assertThat(combined.replies().get(1).data()).containsEntry("faqId", "invoices-request")
                .containsEntry("part", Map.of("index", 2, "count", 2, "text", "how do I get an invoice?"));
    }

    @Test
    void anAnswerAlreadyGivenIsLeftOutAndASingleAnswerNamesNoQuestion() {
        ConversationState state = new ConversationState();
        DialogueOutcome combined = SeveralQuestions.decide(
                List.of(question(0, "What is your return policy?", false), question(1, "What's your return policy?", false)),
                state, q -> outcome("kb_answer", state, kb("returns-policy-period")));
        assertThat(combined.replies()).containsExactly(kb("returns-policy-period"));
    }

    @Test
    void oneSetOfProductCardsThoseThatAnswerAQuestion() {
        ConversationState state = new ConversationState();
        Reply after = new Reply("products", "These go well with it:", Map.of("rule", "AnswerFromKnowledgeBase"));
        Reply asked = new Reply("products", "Here are some products you might like:", Map.of("rule", "Fallback"));
        DialogueOutcome combined = SeveralQuestions.decide(
                List.of(question(0, "how do I wash a down jacket?", false), question(1, "do you sell phones?", false)),
                state, q -> q.index() == 0 ? outcome("kb_answer", state, kb("products-care"), after)
                        : outcome("products", state, asked));
        assertThat(combined.replies()).extracting(Reply::text)
                .containsExactly("answer products-care", "Here are some products you might like:");
    }

    @Test
    void theTurnIsAMisunderstandingOnlyWhenEveryQuestionWasOne() {
        ConversationState state = new ConversationState();
        state.setConsecutiveFallbacks(1);
        Reply fallback = new Reply("fallback", "Did you mean", Map.of("rule", "Fallback", "suggestions", List.of()));
        List<QuestionParts.Question> two = List.of(question(0, "a?", false), question(1, "b?", false));
        SeveralQuestions.decide(two, state, q -> {
            state.setConsecutiveFallbacks(state.getConsecutiveFallbacks() + (q.index() == 0 ? 1 : 0));
            return q.index() == 0 ? outcome("fallback", state, fallback) : outcome("kb_answer", state, kb("x"));
        });
        assertThat(state.getConsecutiveFallbacks()).isZero();
        state.setConsecutiveFallbacks(1);
        DialogueOutcome both = SeveralQuestions.decide(two, state, q -> {
            state.setConsecutiveFallbacks(state.getConsecutiveFallbacks() + 1);
            return outcome("fallback", state, fallback);
        });
        assertThat(state.getConsecutiveFallbacks()).isEqualTo(2);
        assertThat(both.replies()).hasSize(1);
    }
}
