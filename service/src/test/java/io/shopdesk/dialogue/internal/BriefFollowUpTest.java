package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BriefFollowUpTest {

    @Test
    void shortFollowUpsThatLeaveTheQuestionOut() {
        for (String q : List.of("and 6 months?", "what about 6 months?", "6 months?", "How about 3 instalments?",
                "and for 6 months?", "ok, and 6 months?", "what about Hong Kong?", "and 6?")) {
            assertThat(BriefFollowUp.is(q, "en")).as(q).isTrue();
        }
        for (String q : List.of("6期呢", "那3期呢", "新疆呢")) {
            assertThat(BriefFollowUp.is(q, "zh")).as(q).isTrue();
        }
    }

    @Test
    void questionsOfTheirOwnAreNot() {
        for (String q : List.of("refund?", "how do I return a jacket?", "what about my refund for order SD10000001 that never came?",
                "is there interest on 6 months?", "6 months", "thanks", "and can I pay with huabei in 6 months or 12 months?")) {
            assertThat(BriefFollowUp.is(q, "en")).as(q).isFalse();
        }
        assertThat(BriefFollowUp.is("and 6 months?", "zh")).isFalse();
    }
}
