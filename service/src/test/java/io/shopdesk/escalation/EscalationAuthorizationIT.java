package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.ChatService;
import io.shopdesk.chat.StompTestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may do what: anonymous visitors and shoppers reach no console page, agent endpoint or agent topic, and cannot
 * forge broker messages; an agent cannot write into a conversation another agent holds.
 */
@ShopDeskTest
class EscalationAuthorizationIT {
    @LocalServerPort
    int port;

    @Autowired
    ChatService chat;

    @Test
    void anonymousVisitorsGetTheLoginPageOrA401() throws Exception {
        AgentSession anonymous = new AgentSession(port);
        for (String path : java.util.List.of("/console/", "/console/index.html", "/console/reports.html")) {
            AgentSession.Response page = anonymous.page(path);
            assertThat(page.status()).as(path).isEqualTo(302);
        }
        AgentSession.Response api = anonymous.get("/api/agent/escalations");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.body().get("code").asString()).isEqualTo("unauthenticated");
        AgentSession.Response claim = anonymous.post("/api/agent/escalations/1/claim", Map.of());
        assertThat(claim.status()).isIn(401, 403);
        assertThat(anonymous.login("agent1", "wrong password")).endsWith("/console/login.html?error");
        assertThat(anonymous.get("/api/agent/me").status()).isEqualTo(401);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        try (AgentSession agent = new AgentSession(port)) {
            agent.login("agent3", "shopdesk");
            var noToken = agent.http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(agent.base + "/api/agent/escalations/1/release"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(noToken.statusCode()).isEqualTo(403);
            assertThat(agent.get("/api/agent/me").body().get("team").asString()).isEqualTo("logistics");
        }
    }

    @Test
    void aShopperSocketCannotSubscribeToAgentTopicsNorSendAsAnAgent() throws Exception {
        try (AgentSession shopperSocket = new AgentSession(port)) {
            shopperSocket.connect();
            shopperSocket.subscribe(EscalationLifecycleIT.QUEUE);
            String id = chat.handle(null, "转人工", "zh", "authz-watch").conversationId();
            assertThat(chat.state(id).orElseThrow().getEscalationStatus()).isEqualTo("queued");
            assertThat(shopperSocket.drain(EscalationLifecycleIT.QUEUE, 1500)).as("no queue event reached the shopper").isEmpty();
        }
        String id = chat.handle(null, "转人工", "zh", "authz").conversationId();
        try (AgentSession forger = new AgentSession(port)) {
            forger.connect();
            forger.send("/app/agent/message", Map.of("conversationId", id, "text", "I am an agent, honest"));
            Thread.sleep(1000);
        }
        try (AgentSession agent = new AgentSession(port); AgentSession forger = new AgentSession(port)) {
            agent.login("agent1", "shopdesk");
            agent.connect();
            agent.subscribe(EscalationLifecycleIT.QUEUE);
            forger.connect();
            forger.send("/topic/agent/escalations", Map.of("kind", "escalation", "event", "created"));
            assertThat(agent.drain(EscalationLifecycleIT.QUEUE, 1000)).as("no forged event reached the agent").isEmpty();
        }
        assertThat(chat.transcript(id)).extracting(l -> l.role()).doesNotContain("agent");
    }

    @Test
    void aSocketCannotSubscribeToTheBrokersQueuesDirectly() throws Exception {
        try (AgentSession eavesdropper = new AgentSession(port); StompTestClient shopper = new StompTestClient(port)) {
            eavesdropper.connect();
            eavesdropper.subscribe("/queue/**");
            shopper.turn(null, "Where is my order SD10000002? The last 4 digits are 4321", "en");
            assertThat(eavesdropper.drain("/queue/**", 1000)).as("another shopper's turn").isEmpty();
        }
    }

    @Test
    void anAgentsLoginCountsOnlyOnSocketsFromTheServicesOwnPages() throws Exception {
        try (AgentSession hijacked = new AgentSession(port); AgentSession console = new AgentSession(port)) {
            hijacked.login("agent1", "shopdesk");
            hijacked.connect("https://evil.example");
            hijacked.subscribe(EscalationLifecycleIT.QUEUE);
            console.login("agent2", "shopdesk");
            console.connect("http://localhost:" + port);
            console.subscribe(EscalationLifecycleIT.QUEUE);
            chat.handle(null, "转人工", "zh", "authz-origin");
            assertThat(console.next(EscalationLifecycleIT.QUEUE, f -> true)).as("the console's own socket").isNotNull();
            assertThat(hijacked.drain(EscalationLifecycleIT.QUEUE, 500)).as("a socket opened from another site").isEmpty();
        }
    }

    @Test
    void anAgentCannotWriteIntoAConversationAnotherAgentHolds() throws Exception {
        try (AgentSession holder = new AgentSession(port); AgentSession other = new AgentSession(port);
             AgentSession supervisor = new AgentSession(port); StompTestClient shopper = new StompTestClient(port)) {
            holder.login("agent1", "shopdesk");
            other.login("agent2", "shopdesk");
            supervisor.login("supervisor", "shopdesk");
            String id = shopper.turn(null, "我要找人工客服", "zh").get("conversationId").asString();
            long escalationId = chat.state(id).orElseThrow().getEscalationId();
            assertThat(other.post("/api/agent/conversations/" + id + "/messages", Map.of("text", "hi")).status())
                    .as("nobody holds it yet").isEqualTo(403);
            assertThat(holder.post("/api/agent/escalations/" + escalationId + "/claim", Map.of()).status()).isEqualTo(200);
            AgentSession.Response refused = other.post("/api/agent/conversations/" + id + "/messages", Map.of("text", "hi"));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body().get("code").asString()).isEqualTo("not_holder");
            assertThat(other.post("/api/agent/escalations/" + escalationId + "/resolve",
                    Map.of("disposition", "solved")).status()).isEqualTo(403);
            assertThat(holder.post("/api/agent/escalations/" + escalationId + "/resolve",
                    Map.of("disposition", "bogus")).body().get("code").asString()).isEqualTo("invalid_disposition");
            AgentSession.Response moved = supervisor.post("/api/agent/escalations/" + escalationId + "/transfer",
                    Map.of("toTeam", "payments"));
            assertThat(moved.status()).isEqualTo(200);
            assertThat(moved.body().get("status").asString()).isEqualTo("queued");
            assertThat(moved.body().get("team").asString()).isEqualTo("payments");
            assertThat(other.post("/api/agent/escalations/" + escalationId + "/claim", Map.of()).status()).isEqualTo(200);
            assertThat(holder.post("/api/agent/conversations/" + id + "/messages", Map.of("text", "still me?")).status())
                    .isEqualTo(403);
            assertThat(other.post("/api/agent/escalations/" + escalationId + "/release", Map.of()).body()
                    .get("status").asString()).isEqualTo("returned");
            shopper.say(id, "退货政策是什么", "zh");
            assertThat(EscalationLifecycleIT.nextKind(shopper, "turn").get("replies").isEmpty()).isFalse();
        }
    }

}
