package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.PinnableClock;
import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.StompTestClient;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The shopper's side of the queue, with real sockets and HTTP: while waiting they are told where they stand instead
 * of getting nothing, they can take the request back (the escalation closes as withdrawn, agents see it, the bot
 * answers again), and once an agent holds the chat they are told the agent is there. Agents cannot write into a
 * closed chat, and a chat transferred to a team's queue counts its new wait.
 */
@ShopDeskTest
class EscalationQueueIT {
    static final String QUEUE = EscalationLifecycleIT.QUEUE;

    @LocalServerPort
    int port;

    @AfterEach
    void realTime() {
        PinnableClock.release();
    }


    JsonNode send(String conversationId, String text, String locale) throws Exception {
        return ShopperHttp.send(port, conversationId, text, locale);
    }

    @Test
    void aQueuedShopperHearsWhereTheyStandAndMayWithdraw() throws Exception {
        // Within business hours (11:00 Beijing time), with an agent's console connected: the texts as before hours
        // were known.
        PinnableClock.setTo(PinnableClock.todayInBeijingAt(LocalTime.of(11, 0)));
        try (AgentSession li = new AgentSession(port); StompTestClient shopper = new StompTestClient(port)) {
            li.login("agent1", "shopdesk");
            li.connect();
            li.subscribe(QUEUE);
            JsonNode handoff = shopper.turn(null, "转人工", "zh");
            String id = handoff.get("conversationId").asString();
            long escalationId = handoff.at("/handoff/escalationId").asLong();
            assertThat(EscalationLifecycleIT.nextKind(shopper, "handoff").get("escalationId").asLong()).isEqualTo(escalationId);

            JsonNode waiting = shopper.turn(id, "还要等多久", "zh");
            assertThat(waiting.get("kind").asString()).as("one turn answer, no second hand-off notice").isEqualTo("turn");
            int position = waiting.at("/handoff/position").asInt();
            assertThat(position).isPositive();
            assertThat(waiting.at("/handoff/status").asString()).isEqualTo("queued");
            assertThat(waiting.get("replies").size()).isEqualTo(1);
            assertThat(waiting.at("/replies/0/type").asString()).isEqualTo("text");
            assertThat(waiting.at("/replies/0/data/code").asString()).isEqualTo("in_queue");
            assertThat(waiting.at("/replies/0/data/position").asInt()).isEqualTo(position);
            assertThat(waiting.at("/replies/0/text").asString())
                    .isEqualTo("您正在排队等待人工客服（第 " + position + " 位），客服会尽快在这里回复您。如不再需要人工，回复“不用人工了”即可。");
            JsonNode updated = li.next(QUEUE, f -> "updated".equals(f.path("event").asString())
                    && f.at("/escalation/id").asLong() == escalationId);
            assertThat(updated.at("/escalation/lastMessage").asString())
                    .as("the queue shows what the shopper wrote while waiting").isEqualTo("还要等多久");
            assertThat(updated.at("/escalation/status").asString()).isEqualTo("queued");

            JsonNode back = shopper.turn(id, "算了，不用人工了", "zh");
            assertThat(back.get("kind").asString()).isEqualTo("turn");
            assertThat(back.has("handoff")).as("the bot is in charge again").isFalse();
            assertThat(back.at("/replies/0/text").asString()).isEqualTo("好的，已为您取消人工客服请求，智能助手继续为您服务。请问还有什么可以帮您？");
            assertThat(back.at("/replies/0/data/code").asString()).isEqualTo("withdrawn");
            assertThat(back.at("/replies/0/data/rule").asString()).isEqualTo("WithdrawOnShopperRequest");

            JsonNode event = li.next(QUEUE, f -> "withdrawn".equals(f.path("event").asString())
                    && f.at("/escalation/id").asLong() == escalationId);
            assertThat(event.at("/escalation/status").asString()).isEqualTo("withdrawn");
            assertThat(li.get("/api/agent/escalations").body().valueStream().map(e -> e.get("id").asLong()))
                    .as("gone from the queue").doesNotContain(escalationId);
            assertThat(li.get("/api/agent/escalations?status=closed").body().valueStream()
                    .filter(e -> e.get("id").asLong() == escalationId).map(e -> e.get("status").asString()))
                    .containsExactly("withdrawn");
            AgentSession.Response late = li.post("/api/agent/escalations/" + escalationId + "/claim", Map.of());
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.body().get("code").asString()).isEqualTo("not_open");

            JsonNode answered = shopper.turn(id, "退货政策是什么", "zh");
            assertThat(answered.at("/replies/0/type").asString()).isEqualTo("kb_answer");
            List<String> transcript = li.get("/api/agent/conversations/" + id + "/context").body().get("transcript")
                    .valueStream().map(l -> l.get("role").asString() + ":" + l.get("type").asString()
                            + (l.at("/data/code").isMissingNode() ? "" : ":" + l.at("/data/code").asString())).toList();
            assertThat(transcript).containsExactly("shopper:text", "bot:handoff", "shopper:text", "bot:text:in_queue",
                    "shopper:text", "bot:text:withdrawn", "shopper:text", "bot:kb_answer");
        }
    }

    @Test
    void overHttpTooAWaitingShopperIsAnsweredAndAnAgentAlreadyThereIsNamed() throws Exception {
        // Within business hours (11:00 Beijing time), with an agent's console connected: the texts as before hours
        // were known.
        PinnableClock.setTo(PinnableClock.todayInBeijingAt(LocalTime.of(11, 0)));
        try (AgentSession li = new AgentSession(port); AgentSession wang = new AgentSession(port)) {
            li.login("agent1", "shopdesk");
            wang.login("agent2", "shopdesk");
            wang.connect();
            wang.subscribe(QUEUE);
            JsonNode handoff = send(null, "I want to talk to a human", "en");
            String id = handoff.get("conversationId").asString();
            long escalationId = handoff.at("/handoff/escalationId").asLong();
            assertThat(handoff.at("/replies/0/type").asString()).isEqualTo("handoff");
            assertThat(handoff.at("/handoff/status").asString()).isEqualTo("queued");

            JsonNode waiting = send(id, "hello? anyone there?", "en");
            int position = waiting.at("/handoff/position").asInt();
            assertThat(waiting.at("/replies/0/data/code").asString()).isEqualTo("in_queue");
            assertThat(waiting.at("/replies/0/text").asString()).isEqualTo("You're in the queue for an agent (number "
                    + position + "); they will reply in this chat shortly. If you no longer need a person, say \"cancel the agent request\".");

            assertThat(li.post("/api/agent/escalations/" + escalationId + "/claim", Map.of()).status()).isEqualTo(200);
            JsonNode withYou = send(id, "never mind, cancel the agent request", "en");
            assertThat(withYou.at("/handoff/status").asString()).isEqualTo("held");
            assertThat(withYou.at("/replies/0/data/code").asString()).isEqualTo("agent_with_you");
            assertThat(withYou.at("/replies/0/text").asString())
                    .isEqualTo("李娜 Li Na is already with you in this chat: just tell them, and they can close it for you.");
            assertThat(li.get("/api/agent/escalations/" + escalationId).body().get("status").asString()).isEqualTo("held");
            JsonNode silent = send(id, "ok, thanks for the help", "en");
            assertThat(silent.get("replies").isEmpty()).as("the agent answers, not the bot").isTrue();
            assertThat(wang.next(QUEUE, f -> "updated".equals(f.path("event").asString())
                    && f.at("/escalation/id").asLong() == escalationId
                    && "ok, thanks for the help".equals(f.at("/escalation/lastMessage").asString()))
                    .at("/escalation/heldBy").asString()).as("a held chat's last message is news too").isEqualTo("agent1");

            assertThat(li.post("/api/agent/escalations/" + escalationId + "/resolve", Map.of("disposition", "solved"))
                    .status()).isEqualTo(200);
            AgentSession.Response afterResolve = li.post("/api/agent/conversations/" + id + "/messages",
                    Map.of("text", "one more thing"));
            assertThat(afterResolve.status()).isEqualTo(409);
            assertThat(afterResolve.body().get("code").asString()).isEqualTo("closed");
            assertThat(afterResolve.body().get("status").asString()).isEqualTo("resolved");
            assertThat(wang.post("/api/agent/conversations/" + id + "/messages", Map.of("text", "hi")).body()
                    .get("code").asString()).isEqualTo("closed");
            assertThat(send(id, "How do I return a jacket?", "en").at("/replies/0/type").asString()).isEqualTo("kb_answer");
        }
    }

    /**
     * The bot starts afresh once the chat is back with it: a complaint before the hand-off does not make the next one
     * "a second complaint in a row", whether the shopper withdrew or an agent handed the chat back.
     */
    @Test
    void backWithTheBotAComplaintCountsAsTheFirstAgain() throws Exception {
        // 包装太简陋了: a complaint the bot acknowledges (快递太慢了, used before, now asks for the order to check it).
        try (AgentSession li = new AgentSession(port)) {
            li.login("agent1", "shopdesk");
            JsonNode angry = send(null, "你们这什么垃圾服务，气死我了", "zh");
            String id = angry.get("conversationId").asString();
            assertThat(angry.at("/handoff/status").asString()).isEqualTo("queued");
            assertThat(send(id, "算了，不用人工了", "zh").at("/replies/0/data/code").asString()).isEqualTo("withdrawn");
            JsonNode slow = send(id, "包装太简陋了", "zh");
            assertThat(slow.at("/replies/0/data/code").asString()).as("a first complaint, acknowledged")
                    .isEqualTo("complaint");
            assertThat(slow.path("handoff").isNull()).as("no REPEATED_COMPLAINT hand-off").isTrue();

            JsonNode again = send(id, "你们这什么垃圾服务，气死我了", "zh");
            long escalationId = again.at("/handoff/escalationId").asLong();
            assertThat(li.post("/api/agent/escalations/" + escalationId + "/claim", Map.of()).status()).isEqualTo(200);
            assertThat(li.post("/api/agent/escalations/" + escalationId + "/release", Map.of()).status()).isEqualTo(200);
            JsonNode afterRelease = send(id, "包装太简陋了", "zh");
            assertThat(afterRelease.at("/replies/0/data/code").asString()).isEqualTo("complaint");
            assertThat(afterRelease.path("handoff").isNull()).isTrue();
        }
    }

    @Test
    void aChatTransferredToATeamCountsItsNewWait() throws Exception {
        try (AgentSession li = new AgentSession(port); AgentSession wang = new AgentSession(port)) {
            li.login("agent1", "shopdesk");
            wang.login("agent2", "shopdesk");
            JsonNode handoff = send(null, "转人工", "zh");
            String id = handoff.get("conversationId").asString();
            long escalationId = handoff.at("/handoff/escalationId").asLong();
            Thread.sleep(1100);
            JsonNode claimed = li.post("/api/agent/escalations/" + escalationId + "/claim", Map.of()).body();
            long firstWait = claimed.get("waitingSeconds").asLong();
            assertThat(firstWait).isGreaterThanOrEqualTo(1);

            JsonNode moved = li.post("/api/agent/escalations/" + escalationId + "/transfer", Map.of("toTeam", "payments")).body();
            assertThat(moved.get("status").asString()).isEqualTo("queued");
            assertThat(moved.get("waitingSeconds").asLong()).as("a new wait starts").isLessThan(firstWait);
            assertThat(send(id, "还要等多久", "zh").at("/replies/0/data/code").asString()).isEqualTo("in_queue");
            Thread.sleep(2100);
            JsonNode waiting = li.get("/api/agent/escalations/" + escalationId).body();
            assertThat(waiting.get("waitingSeconds").asLong()).as("it keeps counting").isGreaterThanOrEqualTo(2);
            assertThat(waiting.get("totalWaitingSeconds").asLong())
                    .isGreaterThanOrEqualTo(firstWait + waiting.get("waitingSeconds").asLong());

            JsonNode taken = wang.post("/api/agent/escalations/" + escalationId + "/claim", Map.of()).body();
            assertThat(taken.get("heldBy").asString()).isEqualTo("agent2");
            Thread.sleep(1100);
            JsonNode held = wang.get("/api/agent/escalations/" + escalationId).body();
            assertThat(held.get("waitingSeconds").asLong()).as("stopped at the claim").isEqualTo(taken.get("waitingSeconds").asLong());
        }
    }
}
