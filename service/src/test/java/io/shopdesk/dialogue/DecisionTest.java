package io.shopdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which decisions count as a misunderstanding towards the hand-off, and which are an off-topic decline. */
class DecisionTest {

    @Test
    void aFallbackIsAMisunderstanding() {
        assertThat(decided("fallback", null).isMisunderstanding()).isTrue();
        assertThat(decided("fallback", "not_helpful").isMisunderstanding()).as("that didn't help").isTrue();
        assertThat(decided("fallback", null).isOffTopic()).isFalse();
    }

    @Test
    void anOffTopicDeclineWasUnderstood() {
        Decision offTopic = decided("fallback", "off_topic");
        assertThat(offTopic.isOffTopic()).isTrue();
        assertThat(offTopic.isMisunderstanding()).isFalse();
    }

    @Test
    void answersAreNeither() {
        for (Decision answer : new Decision[] {decided("kb_answer", "returns-how-to"), decided("complaint", null),
                decided("ask", "off_topic"), new Decision()}) {
            assertThat(answer.isMisunderstanding()).as(answer.getAction()).isFalse();
            assertThat(answer.isOffTopic()).as(answer.getAction()).isFalse();
        }
    }

    private static Decision decided(String action, String detail) {
        Decision decision = new Decision();
        decision.decide(action, detail, "SomeRule");
        return decision;
    }
}
