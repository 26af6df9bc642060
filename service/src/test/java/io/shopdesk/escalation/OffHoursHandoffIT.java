package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.PinnableClock;
import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.StompTestClient;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A shopper who asks for a person when nobody can answer is told the truth, through the real chat (STOMP and HTTP),
 * the real rules and texts, with the context's clock set: at 05:00 Beijing time the hours and when an agent replies
 * (even with an agent's console open: the desk promises only its hours), in Chinese and English, and the waiting notice
 * says when agents are back; within hours with every console closed, the place in the queue, and while waiting, that
 * an agent replies once one is free (not "shortly").
 */
@ShopDeskTest
class OffHoursHandoffIT {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @AfterEach
    void realTime() {
        PinnableClock.release();
    }

    @Test
    void at5InTheMorningTheChineseShopperHearsTheHoursAndWhenAnAgentReplies() throws Exception {
        try (AgentSession li = new AgentSession(port); StompTestClient shopper = new StompTestClient(port)) {
            li.login("agent1", "shopdesk");
            li.connect();
            PinnableClock.setTo(PinnableClock.todayInBeijingAt(LocalTime.of(5, 0)));
            JsonNode first = shopper.turn(null, "你好", "zh");
            String id = first.get("conversationId").asString();

            JsonNode handoff = shopper.turn(id, "转人工", "zh");
            JsonNode reply = handoff.at("/replies/0");
            assertThat(reply.get("type").asString()).isEqualTo("handoff");
            assertThat(reply.get("text").asString()).isEqualTo("好的，正在为您转接人工客服，请稍候，客服会在这里回复您。"
                    + "人工客服的服务时间为 9:00–22:00（北京时间），将在 9:00 起回复您（约 4 小时后）。");
            assertThat(reply.at("/data/reason").asString()).isEqualTo("explicit_request");
            assertThat(reply.at("/data/availability").asString()).isEqualTo("closed");
            assertThat(reply.at("/data/availabilityRule").asString()).isEqualTo("OutsideBusinessHours");
            assertThat(reply.at("/data/agentsAvailable").asBoolean()).isFalse();
            assertThat(reply.at("/data/opensAt").asString()).isEqualTo(LocalDate.now(BEIJING) + "T09:00+08:00");
            assertThat(reply.at("/data/hours/opens").asString()).isEqualTo("09:00");
            assertThat(reply.at("/data/hours/closes").asString()).isEqualTo("22:00");
            assertThat(reply.at("/data/hours/zone").asString()).isEqualTo("Asia/Shanghai");
            assertThat(handoff.at("/handoff/status").asString()).isEqualTo("queued");
            int position = EscalationLifecycleIT.nextKind(shopper, "handoff").get("position").asInt();
            assertThat(position).isPositive();

            JsonNode waiting = shopper.turn(id, "还要等多久", "zh");
            assertThat(waiting.at("/replies/0/data/code").asString()).isEqualTo("in_queue");
            assertThat(waiting.at("/replies/0/data/availability").asString()).isEqualTo("closed");
            int now = waiting.at("/handoff/position").asInt();
            assertThat(waiting.at("/replies/0/text").asString()).isEqualTo("您正在排队等待人工客服（第 " + now + " 位）。"
                    + "人工客服的服务时间为 9:00–22:00（北京时间），客服会在 9:00 起在这里回复您（约 4 小时后）。"
                    + "如不再需要人工，回复“不用人工了”即可。");
            assertThat(shopper.turn(id, "算了，不用人工了", "zh").at("/replies/0/data/code").asString()).isEqualTo("withdrawn");
        }
    }

    @Test
    void at5InTheMorningTheEnglishShopperHearsTheSameOverHttp() throws Exception {
        PinnableClock.setTo(PinnableClock.todayInBeijingAt(LocalTime.of(5, 0)));
        JsonNode handoff = ShopperHttp.send(port, null, "I want to speak to a person", "en");
        String id = handoff.get("conversationId").asString();
        JsonNode reply = handoff.at("/replies/0");
        assertThat(reply.get("type").asString()).isEqualTo("handoff");
        assertThat(reply.get("text").asString()).isEqualTo("Sure, I'm connecting you to a human agent. Please wait here; "
                + "an agent will reply in this chat. Our agents are available 9:00–22:00 (Beijing time), so the first "
                + "reply will come from 9:00 (in about 4 hours).");
        assertThat(reply.at("/data/availability").asString()).isEqualTo("closed");
        assertThat(reply.at("/data/opensAt").asString()).isEqualTo(LocalDate.now(BEIJING) + "T09:00+08:00");
        assertThat(handoff.at("/handoff/status").asString()).isEqualTo("queued");

        // At 23:00 (the same conversation, still waiting) agents are back tomorrow at 9:00.
        PinnableClock.setTo(PinnableClock.todayInBeijingAt(LocalTime.of(23, 0)));
        JsonNode waiting = ShopperHttp.send(port, id, "thank you", "en");
        int position = waiting.at("/handoff/position").asInt();
        assertThat(waiting.at("/replies/0/text").asString()).isEqualTo("You're welcome! You're number " + position
                + " in the queue; our agents are available 9:00–22:00 (Beijing time), and an agent will reply here from "
                + "9:00 (in about 10 hours). If you no longer need a person, say \"cancel the agent request\".");
        assertThat(waiting.at("/replies/0/data/opensAt").asString())
                .isEqualTo(LocalDate.now(BEIJING).plusDays(1) + "T09:00+08:00");
        assertThat(ShopperHttp.send(port, id, "never mind, cancel the agent request", "en")
                .at("/replies/0/data/code").asString()).isEqualTo("withdrawn");
    }

    @Test
    void atTenInTheEveningExactlyTheDeskIsClosed() throws Exception {
        PinnableClock.setTo(PinnableClock.todayInBeijingAt(LocalTime.of(22, 0)));
        JsonNode handoff = ShopperHttp.send(port, null, "转人工", "zh");
        assertThat(handoff.at("/replies/0/data/availability").asString()).isEqualTo("closed");
        assertThat(handoff.at("/replies/0/text").asString()).endsWith("将在 9:00 起回复您（约 11 小时后）。");
        ShopperHttp.send(port, handoff.get("conversationId").asString(), "算了，不用人工了", "zh");
    }

    @Test
    void withinHoursWithEveryConsoleClosedTheShopperHearsTheirPlaceInTheQueueAndIsNotPromisedShortly() throws Exception {
        try (AgentSession supervisor = new AgentSession(port)) {
            supervisor.login("supervisor", "shopdesk");
            awaitNoConsoleConnected(supervisor);
            // Tomorrow at 11:00 Beijing time: the grace of every console closed before has long run out.
            PinnableClock.setTo(PinnableClock.todayInBeijingAt(LocalTime.of(11, 0)).plus(java.time.Duration.ofDays(1)));
            assertThat(StreamSupport.stream(supervisor.get("/api/agent/agents").body().spliterator(), false)
                    .map(a -> a.get("status").asString()).distinct().toList()).containsExactly("offline");

            JsonNode zh = ShopperHttp.send(port, null, "转人工", "zh");
            int position = zh.at("/handoff/position").asInt();
            assertThat(zh.at("/replies/0/data/availability").asString()).isEqualTo("busy");
            assertThat(zh.at("/replies/0/data/availabilityRule").asString()).isEqualTo("AllAgentsAwayWithinHours");
            assertThat(zh.at("/replies/0/data/opensAt").isNull()).isTrue();
            assertThat(zh.at("/replies/0/text").asString()).isEqualTo("好的，正在为您转接人工客服，请稍候，客服会在这里回复您。"
                    + "目前客服都在忙或暂时离开，您排在第 " + position + " 位，客服会在这里回复您。");

            JsonNode en = ShopperHttp.send(port, null, "I want to speak to a person", "en");
            assertThat(en.at("/replies/0/text").asString()).isEqualTo("Sure, I'm connecting you to a human agent. "
                    + "Please wait here; an agent will reply in this chat. All our agents are busy or away right now: "
                    + "you're number " + en.at("/handoff/position").asInt() + " in the queue, and an agent will reply here.");

            // Waiting, they are not promised "shortly" (handoff.queued.busy, thanks: handoff.queued.thanks.busy).
            JsonNode zhWaiting = ShopperHttp.send(port, zh.get("conversationId").asString(), "还要等多久", "zh");
            assertThat(zhWaiting.at("/replies/0/data/code").asString()).isEqualTo("in_queue");
            assertThat(zhWaiting.at("/replies/0/data/availability").asString()).isEqualTo("busy");
            assertThat(zhWaiting.at("/replies/0/data/agentsAvailable").asBoolean()).isFalse();
            assertThat(zhWaiting.at("/replies/0/text").asString()).isEqualTo("您正在排队等待人工客服（第 "
                    + zhWaiting.at("/handoff/position").asInt() + " 位）。目前客服都在忙或暂时离开，有客服空闲时会在这里回复您。"
                    + "如不再需要人工，回复“不用人工了”即可。");
            JsonNode enThanks = ShopperHttp.send(port, en.get("conversationId").asString(), "thank you", "en");
            assertThat(enThanks.at("/replies/0/data/rule").asString()).isEqualTo("ThanksWhileQueued");
            assertThat(enThanks.at("/replies/0/data/availability").asString()).isEqualTo("busy");
            assertThat(enThanks.at("/replies/0/text").asString()).isEqualTo("You're welcome! You're number "
                    + enThanks.at("/handoff/position").asInt() + " in the queue; all our agents are busy or away right "
                    + "now, and an agent will reply here as soon as one is free. If you no longer need a person, say "
                    + "\"cancel the agent request\".");
            JsonNode enWaiting = ShopperHttp.send(port, en.get("conversationId").asString(), "hello?", "en");
            assertThat(enWaiting.at("/replies/0/text").asString()).isEqualTo("You're in the queue for an agent (number "
                    + enWaiting.at("/handoff/position").asInt() + "). All our agents are busy or away right now; an "
                    + "agent will reply in this chat as soon as one is free. If you no longer need a person, say "
                    + "\"cancel the agent request\".");
            ShopperHttp.send(port, zh.get("conversationId").asString(), "算了，不用人工了", "zh");
            ShopperHttp.send(port, en.get("conversationId").asString(), "never mind, cancel the agent request", "en");
        }
    }

    /** Consoles of earlier tests close asynchronously: wait until the server has seen every one go. */
    static void awaitNoConsoleConnected(AgentSession session) throws Exception {
        for (int i = 0; i < 100; i++) {
            JsonNode agents = session.get("/api/agent/agents").body();
            if (StreamSupport.stream(agents.spliterator(), false).noneMatch(a -> a.get("connected").asBoolean())) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("A console socket stayed connected");
    }
}
