package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.TranscriptLine;
import io.shopdesk.chat.TurnResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * English sentiment comes from CoreNLP after the bot replied: the reply is not delayed, and a very upset message
 * still escalates the conversation a moment later, with the hand-off message added to the transcript; an outburst
 * the English lexicon knows hands off with the reply itself. Plain questions that describe a problem ("My payment
 * failed"), which CoreNLP calls negative, worried ones ("Is this a scam?") and questions the bot answered that CoreNLP
 * alone calls very negative stay with the bot. Over HTTP, which cannot push, the shopper learns of such a hand-off with
 * their next message, answered by the bot when it can.
 */
@Tag("model")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sentiment-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "shopdesk.nlp.core-nlp=false",
        "shopdesk.escalation.english-sentiment=corenlp",
        "shopdesk.chat.burst=20"
})
class EnglishSentimentEscalationIT {
    /**
     * Very negative to CoreNLP only: the English lexicon gives it -0.7 (unacceptable), not enough alone, so the
     * hand-off comes after the reply, on CoreNLP's -1. ("This is the worst service I have ever had" would now hand off
     * with the reply: worst is an outburst word.)
     */
    static final String UPSET = "this is unacceptable";

    @Autowired
    ChatService chat;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    JsonNode send(String conversationId, String text) throws Exception {
        return ShopperHttp.send(port, conversationId, text, "en");
    }

    /** Waits until the English sentiment of {@code id}'s last message escalated it (the model loads on first use). */
    void awaitEscalation(String id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (chat.state(id).orElseThrow().getEscalationStatus() == null && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(chat.state(id).orElseThrow().getEscalationStatus()).isEqualTo("queued");
    }

    @Test
    void aVeryUpsetEnglishMessageEscalatesAfterTheReply() throws Exception {
        TurnResult calm = chat.handle(null, "How do I return a jacket?", "en", "sentiment");
        String id = calm.conversationId();
        TurnResult upset = chat.handle(id, UPSET, "en", "sentiment");
        assertThat(upset.replies()).isNotEmpty().extracting(r -> r.type()).doesNotContain("handoff");
        awaitEscalation(id);
        TranscriptLine last = chat.transcript(id).getLast();
        assertThat(last.role()).isEqualTo("bot");
        assertThat(last.type()).isEqualTo("handoff");
        assertThat(last.data()).containsEntry("reason", "negative_sentiment").containsEntry("rule", "EscalateOnVeryNegativeSentiment");
        assertThat(last.text()).startsWith("I'm sorry about this.");
        assertThat(chat.transcript(id)).filteredOn(l -> "bot".equals(l.role()) && "handoff".equals(l.type())).hasSize(1);
    }

    /**
     * An outburst CoreNLP calls only "negative" (-0.6) hands off with the reply itself: the English lexicon scores it
     * -1 on the reply path.
     */
    @Test
    void anEnglishOutburstHandsOffWithTheReply() throws Exception {
        JsonNode outburst = send(null, "You are useless, I am furious!!");
        assertThat(outburst.at("/handoff/status").asString()).isEqualTo("queued");
        JsonNode handoff = outburst.get("replies").get(outburst.get("replies").size() - 1);
        assertThat(handoff.get("type").asString()).isEqualTo("handoff");
        assertThat(handoff.at("/data/reason").asString()).isEqualTo("negative_sentiment");
        assertThat(handoff.at("/data/rule").asString()).isEqualTo("EscalateOnVeryNegativeSentiment");
        assertThat(handoff.get("text").asString()).startsWith("I'm sorry about this.");
    }

    @Test
    void plainQuestionsAboutAProblemStayWithTheBot() throws Exception {
        List<String> questions = List.of("My payment failed", "I can't log in to my account",
                "The shoes are too small, can I exchange them?", "I lost my receipt", "too expensive",
                "The shipping is too slow", "I haven't got a confirmation email", "Is this a scam?",
                "the code is useless?",
                // CoreNLP alone calls it very negative; it is a question the bot answers (stop 30).
                "my Huabei instalment order SD10000003, can I pay it off early?");
        List<String> conversations = new ArrayList<>();
        for (String question : questions) {
            JsonNode answer = send(null, question);
            assertThat(answer.get("replies").isEmpty()).as(question).isFalse();
            conversations.add(answer.get("conversationId").asString());
        }
        // One worker scores messages in order: once this one escalated, the questions above have been scored.
        String upset = send(null, UPSET).get("conversationId").asString();
        awaitEscalation(upset);
        for (int i = 0; i < questions.size(); i++) {
            String id = conversations.get(i);
            assertThat(chat.state(id).orElseThrow().getEscalationStatus()).as(questions.get(i)).isNull();
            JsonNode next = send(id, "How do I return a jacket?");
            assertThat(next.at("/replies/0/type").asString()).as("the bot still answers after " + questions.get(i))
                    .isEqualTo("kb_answer");
        }
    }

    /**
     * Queued a moment after the reply, the shopper goes on asking: a question the bot can answer gets its answer (it
     * got "you're in the queue" alone before), and the first one, over HTTP that never showed the hand-off, also where
     * they stand; the next question gets the answer alone, and the agent reads both in the transcript.
     */
    @Test
    void aShopperQueuedAfterTheReplyStillGetsAnswersAndHearsOfTheQueueOnce() throws Exception {
        String id = send(null, UPSET).get("conversationId").asString();
        awaitEscalation(id);

        JsonNode first = send(id, "How do I return a jacket?");
        assertThat(first.at("/handoff/status").asString()).isEqualTo("queued");
        assertThat(first.get("replies").valueStream().map(r -> r.get("type").asString())).containsExactly("kb_answer", "text");
        assertThat(first.at("/replies/0/data/faqId").asString()).isEqualTo("returns-how-to");
        assertThat(first.at("/replies/1/data/code").asString()).isEqualTo("in_queue");
        assertThat(first.at("/replies/1/text").asString()).startsWith("You're in the queue for an agent (number ");

        JsonNode second = send(id, "how long do refunds take?");
        assertThat(second.at("/handoff/status").asString()).isEqualTo("queued");
        assertThat(second.get("replies").valueStream().map(r -> r.get("type").asString())).containsExactly("kb_answer");
        assertThat(second.at("/replies/0/data/faqId").asString()).isEqualTo("refunds-time");
        assertThat(chat.transcript(id).stream().map(l -> l.role() + ":" + l.type()).toList()).containsSubsequence(
                "bot:handoff", "shopper:text", "bot:kb_answer", "bot:text", "shopper:text", "bot:kb_answer");
        assertThat(chat.state(id).orElseThrow().getEscalationStatus()).isEqualTo("queued");
    }

    @Test
    void overHttpTheNextMessageAfterALaterHandOffSaysSoAndTheShopperMayWithdraw() throws Exception {
        JsonNode upset = send(null, UPSET);
        String id = upset.get("conversationId").asString();
        assertThat(upset.get("replies").valueStream().map(r -> r.get("type").asString())).doesNotContain("handoff");
        assertThat(upset.get("handoff").isNull()).isTrue();
        awaitEscalation(id);

        JsonNode waiting = send(id, "hello?");
        assertThat(waiting.at("/handoff/status").asString()).isEqualTo("queued");
        assertThat(waiting.at("/replies/0/data/code").asString()).isEqualTo("in_queue");
        assertThat(waiting.at("/replies/0/text").asString()).startsWith("You're in the queue for an agent (number ");
        List<String> history = AgentSession.JSON.readTree(http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/chat/conversations/" + id + "/messages")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("messages").valueStream()
                .map(m -> m.get("role").asString() + ":" + m.get("type").asString()).toList();
        assertThat(history).as("the hand-off message is in the history").contains("bot:handoff");

        JsonNode back = send(id, "never mind, cancel the agent request");
        assertThat(back.at("/replies/0/data/code").asString()).isEqualTo("withdrawn");
        assertThat(back.at("/replies/0/text").asString())
                .isEqualTo("OK, I've cancelled your request for an agent, and I'm back to help. What can I do for you?");
        assertThat(back.get("handoff").isNull()).isTrue();
        assertThat(send(id, "How do I return a jacket?").at("/replies/0/type").asString()).isEqualTo("kb_answer");
    }
}
