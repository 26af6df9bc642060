package io.shopdesk.escalation;

import static io.shopdesk.ServiceOnFileDatabase.port;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.ServiceOnFileDatabase;
import io.shopdesk.chat.ChatMessage;
import io.shopdesk.chat.ChatService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Escalations, agent messages and ratings live in the database: a restarted service still has them. A chat held
 * across the restart waits the presence grace for its agent's console: kept when they are back, queued again (the
 * shopper told) when they are not.
 */
class EscalationRestartIT {
    @TempDir
    Path data;

    ConfigurableApplicationContext start() {
        return ServiceOnFileDatabase.start(data);
    }

    @Test
    void aHeldConversationStaysHeldAndItsRatingIsKept() {
        String id;
        long escalationId;
        try (ConfigurableApplicationContext first = start()) {
            ChatService chat = first.getBean(ChatService.class);
            AgentDesk desk = first.getBean(AgentDesk.class);
            id = chat.handle(null, "转人工", "zh", "restart").conversationId();
            escalationId = chat.state(id).orElseThrow().getEscalationId();
            desk.claim(escalationId, desk.agent("agent2"));
            desk.say(id, desk.agent("agent2"), "我是王伟，马上为您处理");
        }
        try (ConfigurableApplicationContext second = start()) {
            ChatService chat = second.getBean(ChatService.class);
            AgentDesk desk = second.getBean(AgentDesk.class);
            assertThat(desk.find(escalationId).status()).isEqualTo("held");
            assertThat(desk.find(escalationId).heldBy()).isEqualTo("agent2");
            assertThat(chat.history(id, null)).extracting(ChatMessage::role, ChatMessage::text)
                    .contains(org.assertj.core.groups.Tuple.tuple("agent", "我是王伟，马上为您处理"));
            assertThat(chat.handle(id, "好的谢谢", "zh", "restart").replies()).as("still held: the bot is silent").isEmpty();
            desk.resolve(escalationId, desk.agent("agent2"), "solved", "restarted mid-way");
            desk.rate(id, 4, "fine");
        }
        try (ConfigurableApplicationContext third = start()) {
            AgentDesk desk = third.getBean(AgentDesk.class);
            assertThat(desk.find(escalationId).disposition()).isEqualTo("solved");
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(EscalationException.class,
                    () -> desk.rate(id, 5, null)).code()).isEqualTo("already_rated");
        }
    }

    /**
     * Wang Wei's console is back right after the restart, Li Na's is not: once the grace (4 s here) is over, Li Na's
     * chat is in the queue again in its place and her shopper is told and answered from the queue; Wang Wei's stays his.
     * Before, both stayed held for good, Li Na's shopper writing to nobody.
     */
    @Test
    void aChatWhoseAgentIsNotBackWithinTheGraceAfterARestartGoesBackToTheQueue() throws Exception {
        String grace = "--shopdesk.escalation.presence-grace=4s";
        String wangsChat;
        String lisChat;
        long wangsEscalation;
        long lisEscalation;
        String lisAskedAt;
        try (ConfigurableApplicationContext first = ServiceOnFileDatabase.start(data, grace);
             AgentSession wang = new AgentSession(port(first)); AgentSession li = new AgentSession(port(first))) {
            int port = port(first);
            wang.login("agent2", "shopdesk");
            li.login("agent1", "shopdesk");
            wang.connect();
            li.connect();
            JsonNode toWang = ShopperHttp.send(port, null, "转人工", "zh");
            wangsChat = toWang.get("conversationId").asString();
            wangsEscalation = toWang.at("/handoff/escalationId").asLong();
            JsonNode toLi = ShopperHttp.send(port, null, "转人工", "zh");
            lisChat = toLi.get("conversationId").asString();
            lisEscalation = toLi.at("/handoff/escalationId").asLong();
            lisAskedAt = li.escalation(lisEscalation).get("createdAt").asString();
            assertThat(wang.post("/api/agent/escalations/" + wangsEscalation + "/claim", Map.of()).status()).isEqualTo(200);
            assertThat(li.post("/api/agent/escalations/" + lisEscalation + "/claim", Map.of()).status()).isEqualTo(200);
            assertThat(li.post("/api/agent/conversations/" + lisChat + "/messages", Map.of("text", "您好，我是李娜。"))
                    .status()).isEqualTo(200);
        }
        try (ConfigurableApplicationContext second = ServiceOnFileDatabase.start(data, grace);
             AgentSession wang = new AgentSession(port(second)); AgentSession chen = new AgentSession(port(second))) {
            int port = port(second);
            wang.login("agent2", "shopdesk");
            wang.connect(); // back within the grace
            chen.login("agent3", "shopdesk");
            chen.connect();
            chen.subscribe("/topic/agent/escalations");
            assertThat(chen.escalation(lisEscalation).get("heldBy").asString()).as("held while the grace runs")
                    .isEqualTo("agent1");

            JsonNode requeued = chen.next("/topic/agent/escalations", f -> "requeued".equals(f.path("event").asString())
                    && f.at("/escalation/id").asLong() == lisEscalation).get("escalation");
            assertThat(requeued.get("status").asString()).isEqualTo("queued");
            assertThat(requeued.get("heldBy").isNull()).isTrue();
            assertThat(requeued.get("createdAt").asString()).as("keeps its place in line").isEqualTo(lisAskedAt);

            JsonNode lisShopperReads = AgentSession.JSON.readTree(ShopperHttp.history(port, lisChat, null).body());
            assertThat(lisShopperReads.toString()).as("the shopper is told")
                    .contains("客服 李娜 Li Na 暂时离开了对话。您仍保留原来的排队位置，下一位客服会在这里回复您。");
            JsonNode waiting = ShopperHttp.send(port, lisChat, "还有人吗？", "zh");
            assertThat(waiting.at("/handoff/status").asString()).isEqualTo("queued");
            assertThat(waiting.at("/replies/0/data/code").asString()).isEqualTo("in_queue");
            List<String> transcript = chen.get("/api/agent/conversations/" + lisChat + "/context").body()
                    .get("transcript").valueStream().map(l -> l.get("role").asString() + ":" + l.get("type").asString())
                    .toList();
            assertThat(transcript).containsSubsequence("system:agent_joined", "agent:text", "system:transferred",
                    "shopper:text", "bot:text");

            JsonNode kept = chen.escalation(wangsEscalation);
            assertThat(kept.get("status").asString()).as("Wang Wei came back in time").isEqualTo("held");
            assertThat(kept.get("heldBy").asString()).isEqualTo("agent2");
            assertThat(ShopperHttp.send(port, wangsChat, "好的谢谢", "zh").get("replies")).as("the bot stays silent")
                    .isEmpty();
            assertThat(wang.post("/api/agent/conversations/" + wangsChat + "/messages", Map.of("text", "我还在。"))
                    .status()).isEqualTo(200);
        }
    }
}
