package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.TranscriptLine;
import io.shopdesk.chat.TurnResult;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * English sentiment comes from CoreNLP after the bot replied: the reply is not delayed, and an upset message still
 * escalates the conversation a moment later, with the hand-off message added to the transcript.
 */
@Tag("model")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:sentiment-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "shopdesk.nlp.core-nlp=false",
        "shopdesk.escalation.english-sentiment=corenlp"
})
class EnglishSentimentEscalationIT {
    @Autowired
    ChatService chat;

    @Test
    void anUpsetEnglishMessageEscalatesAfterTheReply() throws Exception {
        TurnResult calm = chat.handle(null, "How do I return a jacket?", "en", "sentiment");
        String id = calm.conversationId();
        TurnResult upset = chat.handle(id, "Where is my parcel? This is the worst service I have ever had, absolutely terrible.",
                "en", "sentiment");
        assertThat(upset.replies()).isNotEmpty().extracting(r -> r.type()).doesNotContain("handoff");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (chat.state(id).orElseThrow().getEscalationStatus() == null && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(chat.state(id).orElseThrow().getEscalationStatus()).isEqualTo("queued");
        TranscriptLine last = chat.transcript(id).getLast();
        assertThat(last.role()).isEqualTo("bot");
        assertThat(last.type()).isEqualTo("handoff");
        assertThat(last.data()).containsEntry("reason", "negative_sentiment");
        assertThat(last.text()).startsWith("I'm sorry about this.");
        assertThat(chat.transcript(id)).filteredOn(l -> "bot".equals(l.role()) && "handoff".equals(l.type())).hasSize(1);
    }
}
