package io.shopdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What the dialogue rules are told about a file the shopper sent: the conversation's topic comes from its open request
 * when that is about something wrong with what the shopper has, else from a problem reported, else none.
 */
class AttachmentSentTest {

    @Test
    void anOpenRequestAboutSomethingWrongIsTheTopic() {
        for (String request : new String[] {"faulty", "missing_item", "not_received"}) {
            ConversationState state = new ConversationState();
            state.setOrderRequest(request);
            state.setProblemReported(true);
            state.setOrderId("SD10000002");
            assertThat(AttachmentSent.of("image", state)).isEqualTo(new AttachmentSent("image", request, "SD10000002"));
        }
    }

    @Test
    void aProblemReportedWithoutSuchARequestIsTheTopicProblem() {
        ConversationState state = new ConversationState();
        state.setProblemReported(true);
        state.setOrderRequest("exchange");
        assertThat(AttachmentSent.of("pdf", state)).isEqualTo(new AttachmentSent("pdf", "problem", null));
    }

    @Test
    void anyOtherRequestOrNoneHasNoTopic() {
        ConversationState state = new ConversationState();
        state.setOrderRequest("return");
        state.setOrderId("SD10000001");
        assertThat(AttachmentSent.of("image", state)).isEqualTo(new AttachmentSent("image", null, "SD10000001"));
        assertThat(AttachmentSent.of("image", new ConversationState()).topic()).isNull();
    }
}
