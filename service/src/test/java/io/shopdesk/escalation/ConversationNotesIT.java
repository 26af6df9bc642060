package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.StompTestClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Private notes with real logins and real sockets: any agent adds one to a conversation handed to a person, held by a
 * colleague or closed; agents following it get it live and the context lists it among the transcript's lines; the
 * shopper never gets it, neither on their socket nor in their history.
 */
@ShopDeskTest
class ConversationNotesIT {
    static final String NOTE = "内部备注：顾客上次退款有争议，先核对付款记录 / check the payments first";

    @LocalServerPort
    int port;

    @Test
    void aNoteReachesTheAgentsButNeverTheShopper() throws Exception {
        try (AgentSession li = new AgentSession(port); AgentSession wang = new AgentSession(port);
             StompTestClient shopper = new StompTestClient(port)) {
            li.login("agent1", "shopdesk");
            wang.login("agent2", "shopdesk");
            String id = shopper.turn(null, "你好", "zh").get("conversationId").asString();
            shopper.turn(id, "转人工", "zh");
            long escalationId = li.get("/api/agent/conversations/" + id + "/context").body().at("/escalation/id").asLong();
            assertThat(li.post("/api/agent/escalations/" + escalationId + "/claim", Map.of()).status()).isEqualTo(200);
            EscalationLifecycleIT.nextKind(shopper, "agent_joined");
            wang.connect();
            wang.subscribe("/topic/agent/conversations/" + id);

            // agent2 does not hold the conversation, and may still leave a note for agent1.
            AgentSession.Response added = wang.post("/api/agent/conversations/" + id + "/notes", Map.of("text", "  " + NOTE + "\n"));
            assertThat(added.status()).as(added.raw()).isEqualTo(200);
            assertThat(added.body().get("role").asString()).isEqualTo("note");
            assertThat(added.body().get("type").asString()).isEqualTo("note");
            assertThat(added.body().get("text").asString()).as("stripped").isEqualTo(NOTE);
            assertThat(added.body().at("/data/agent").asString()).isEqualTo("王伟 Wang Wei");
            assertThat(added.body().at("/data/username").asString()).isEqualTo("agent2");

            JsonNode live = wang.next("/topic/agent/conversations/" + id, f -> "note".equals(f.path("kind").asString()));
            assertThat(live.get("conversationId").asString()).isEqualTo(id);
            assertThat(live.at("/message/text").asString()).isEqualTo(NOTE);
            assertThat(live.at("/message/id").asLong()).isEqualTo(added.body().get("id").asLong());

            // The holder writes after the note: everything the shopper's socket got up to that message has no note.
            li.post("/api/agent/conversations/" + id + "/messages", Map.of("text", "您好，我来帮您看看。"));
            List<JsonNode> toShopper = new ArrayList<>();
            JsonNode frame;
            do {
                frame = shopper.next();
                toShopper.add(frame);
            } while (!"agent_message".equals(frame.path("kind").asString()));
            assertThat(frame.at("/message/text").asString()).isEqualTo("您好，我来帮您看看。");
            assertThat(toShopper).noneMatch(f -> f.toString().contains("内部备注") || "note".equals(f.path("kind").asString()));

            shopper.sendRaw("/app/chat/history", "{\"conversationId\":\"" + id + "\"}");
            JsonNode history = EscalationLifecycleIT.nextKind(shopper, "history");
            assertThat(history.get("messages").valueStream().map(m -> m.get("text").asString()))
                    .contains("您好，我来帮您看看。").noneMatch(t -> t.contains("内部备注"));
            HttpResponse<String> rest = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/chat/conversations/" + id + "/messages")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(rest.statusCode()).isEqualTo(200);
            assertThat(rest.body()).contains("您好，我来帮您看看。").doesNotContain("内部备注");

            List<String> transcript = li.get("/api/agent/conversations/" + id + "/context").body().get("transcript")
                    .valueStream().map(l -> l.get("role").asString() + ":" + l.get("text").asString()).toList();
            assertThat(transcript.subList(transcript.size() - 3, transcript.size())).as("the note where it was written")
                    .containsExactly("system:客服 李娜 Li Na 已接入。", "note:" + NOTE, "agent:您好，我来帮您看看。");

            // Notes outlast the escalation: after it is resolved, a supervisor still adds one, and it is still listed.
            assertThat(li.post("/api/agent/escalations/" + escalationId + "/resolve",
                    Map.of("disposition", "solved")).status()).isEqualTo(200);
            try (AgentSession supervisor = new AgentSession(port)) {
                supervisor.login("supervisor", "shopdesk");
                AgentSession.Response later = supervisor.post("/api/agent/conversations/" + id + "/notes",
                        Map.of("text", "Followed up by phone"));
                assertThat(later.status()).isEqualTo(200);
                List<String> notes = supervisor.get("/api/agent/conversations/" + id + "/context").body().get("transcript")
                        .valueStream().filter(l -> "note".equals(l.get("role").asString()))
                        .map(l -> l.at("/data/username").asString() + ":" + l.get("text").asString()).toList();
                assertThat(notes).containsExactly("agent2:" + NOTE, "supervisor:Followed up by phone");
            }
            shopper.sendRaw("/app/chat/history", "{\"conversationId\":\"" + id + "\"}");
            assertThat(EscalationLifecycleIT.nextKind(shopper, "history").toString()).doesNotContain("Followed up by phone")
                    .doesNotContain("内部备注");
        }
    }

    @Test
    void anEmptyOrHugeNoteOrOneOnAnUnknownOrNeverEscalatedChatIsRefused() throws Exception {
        try (AgentSession li = new AgentSession(port); AgentSession anonymous = new AgentSession(port);
             StompTestClient shopper = new StompTestClient(port)) {
            li.login("agent1", "shopdesk");
            String id = shopper.turn(null, "你好", "zh").get("conversationId").asString();
            AgentSession.Response notEscalated = li.post("/api/agent/conversations/" + id + "/notes", Map.of("text", "hi"));
            assertThat(notEscalated.status()).isEqualTo(409);
            assertThat(notEscalated.body().get("code").asString()).isEqualTo("not_escalated");
            shopper.turn(id, "转人工", "zh");

            AgentSession.Response empty = li.post("/api/agent/conversations/" + id + "/notes", Map.of("text", " \n "));
            assertThat(empty.status()).isEqualTo(400);
            assertThat(empty.body().get("code").asString()).isEqualTo("empty_note");
            assertThat(empty.body().get("message").asString()).isEqualTo("The note is empty");
            AgentSession.Response missing = li.post("/api/agent/conversations/" + id + "/notes", Map.of());
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.body().get("code").asString()).isEqualTo("empty_note");
            AgentSession.Response huge = li.post("/api/agent/conversations/" + id + "/notes", Map.of("text", "x".repeat(2001)));
            assertThat(huge.status()).isEqualTo(400);
            assertThat(huge.body().get("code").asString()).isEqualTo("note_too_long");
            assertThat(huge.body().get("message").asString()).isEqualTo("The note has 2001 characters; the limit is 2000");
            AgentSession.Response unknown = li.post("/api/agent/conversations/no-such-chat/notes", Map.of("text", "hi"));
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.body().get("code").asString()).isEqualTo("unknown_conversation");
            assertThat(anonymous.post("/api/agent/conversations/" + id + "/notes", Map.of("text", "hi")).status())
                    .as("a shopper's anonymous session may not write notes").isIn(401, 403);
            assertThat(li.get("/api/agent/conversations/" + id + "/context").body().get("transcript").valueStream()
                    .filter(l -> "note".equals(l.get("role").asString()))).isEmpty();
        }
    }
}
