package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.PinnableClock;
import io.shopdesk.ShopDeskTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The per-agent and per-team reports and their CSV, from conversations taken through the real path on a pinned clock:
 * shoppers ask for a person over HTTP, two fresh agents log in and claim, reply, transfer to each other or to a team,
 * hand back and resolve, shoppers rate; the figures must come out to the second. An agent sees their own row and
 * their team; a supervisor sees everyone.
 */
@ShopDeskTest
class AgentReportsIT {
    /** BCrypt of "shopdesk", as the demo agents have it. */
    private static final String HASH = "$2a$10$UuenaHoP1aHijylhC2fl3.HpSbb7Zlww8q1L84EryqHTOXW8oQVOe";
    private static final String NAME_ONE = "刘, \"小强\"";
    private static final String NAME_TWO = "=Zhou 周";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTime() {
        PinnableClock.release();
    }

    @Test
    void perAgentFiguresComeOutExactlyAndEachRoleSeesItsShare() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String one = "rep1" + suffix;
        String two = "rep2" + suffix;
        addAgent(one, NAME_ONE);
        addAgent(two, NAME_TWO);
        PinnableClock.setTo(PinnableClock.todayInBeijingAt(LocalTime.of(11, 0)));
        try (AgentSession a1 = new AgentSession(port); AgentSession a2 = new AgentSession(port);
             AgentSession boss = new AgentSession(port)) {
            assertThat(a1.login(one, "shopdesk")).endsWith("/console/");
            assertThat(a2.login(two, "shopdesk")).endsWith("/console/");
            assertThat(boss.login("supervisor", "shopdesk")).endsWith("/console/");
            a2.connect(); // online: a chat is transferred only to an agent whose console is connected

            // 1: one claims after 10 s, answers 30 s after the claim, resolves 90 s after it; rated 4.
            Handoff e1 = handoff();
            at(10, () -> ok(a1.post(claim(e1), Map.of())));
            at(30, () -> ok(a1.post(say(e1), Map.of("text", "您好，我来看看"))));
            at(10, () -> ok(a1.post(say(e1), Map.of("text", "已经处理好了"))));
            at(50, () -> ok(a1.post(act(e1, "resolve"), Map.of("disposition", "solved"))));
            rate(e1, 4);

            // 2: one claims, answers after 20 s, transfers to two after 50 s; two answers after 60 s, resolves after
            // 140 s; rated 2.
            Handoff e2 = handoff();
            at(10, () -> ok(a1.post(claim(e2), Map.of())));
            at(20, () -> ok(a1.post(say(e2), Map.of("text", "稍等"))));
            at(30, () -> ok(a1.post(act(e2, "transfer"), Map.of("toAgent", two))));
            at(60, () -> ok(a2.post(say(e2), Map.of("text", "我来处理"))));
            at(80, () -> ok(a2.post(act(e2, "resolve"), Map.of("disposition", "refund_issued"))));
            rate(e2, 2);

            // 3: two claims and hands it back to the bot 40 s later without a word.
            Handoff e3 = handoff();
            at(5, () -> ok(a2.post(claim(e3), Map.of())));
            at(40, () -> ok(a2.post(act(e3, "release"), Map.of())));

            // 4: one claims, answers after 10 s, sends it to the logistics queue 70 s after the claim (still queued).
            Handoff e4 = handoff();
            at(10, () -> ok(a1.post(claim(e4), Map.of())));
            at(10, () -> ok(a1.post(say(e4), Map.of("text", "查一下物流"))));
            at(60, () -> ok(a1.post(act(e4, "transfer"), Map.of("toTeam", "logistics"))));

            JsonNode mine = a1.get("/api/agent/reports?days=1").body();
            assertThat(mine.at("/totals/conversations").isInt()).as("the team-wide fields stay").isTrue();
            assertThat(mine.get("agents")).hasSize(1);
            JsonNode r1 = mine.get("agents").get(0);
            assertThat(r1.get("username").asString()).isEqualTo(one);
            assertThat(r1.get("displayName").asString()).isEqualTo(NAME_ONE);
            assertThat(r1.get("team").asString()).isEqualTo("payments");
            assertFigures(r1, 3, 1, 0, 2, 20, 30, 70, 90, 4.0, 1);
            assertThat(mine.get("teams")).as("an agent sees their own team").hasSize(1);
            assertThat(mine.at("/teams/0/team").asString()).isEqualTo("payments");

            JsonNode theirs = a2.get("/api/agent/reports?days=1").body();
            assertThat(theirs.get("agents")).hasSize(1);
            assertFigures(theirs.get("agents").get(0), 2, 1, 1, 0, 60, 60, 40, 140, 2.0, 1);

            JsonNode all = boss.get("/api/agent/reports?days=1").body();
            assertThat(all.get("teams")).hasSize(3);
            assertFigures(row(all, one), 3, 1, 0, 2, 20, 30, 70, 90, 4.0, 1);
            assertFigures(row(all, two), 2, 1, 1, 0, 60, 60, 40, 140, 2.0, 1);
            assertThat(row(all, "agent1")).as("the demo agents too").isNotNull();
            // A team is its agents together (other tests may have used the team's demo agent today).
            JsonNode payments = StreamSupport.stream(all.get("teams").spliterator(), false)
                    .filter(t -> t.get("team").asString().equals("payments")).findFirst().orElseThrow();
            int[] sums = new int[3];
            all.get("agents").forEach(a -> {
                if (a.get("team").asString().equals("payments")) {
                    sums[0] += a.get("resolved").asInt();
                    sums[1] += a.get("returned").asInt();
                    sums[2] += a.get("transferredAway").asInt();
                }
            });
            assertThat(new int[] {payments.get("resolved").asInt(), payments.get("returned").asInt(),
                    payments.get("transferredAway").asInt()}).isEqualTo(sums);
            assertThat(payments.get("resolved").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(payments.get("agents").asInt()).isGreaterThanOrEqualTo(3);

            // The CSV: an agent gets their own row, a supervisor everyone's; BOM, header, RFC 4180 quoting.
            HttpResponse<byte[]> own = a1.download("/api/agent/reports.csv?days=1");
            assertThat(own.statusCode()).isEqualTo(200);
            assertThat(own.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(own.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment").contains("filename=\"shopdesk-agents-").contains(".csv\"");
            assertThat(Arrays.copyOf(own.body(), 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            String ownText = new String(own.body(), StandardCharsets.UTF_8);
            assertThat(ownText).contains("\"刘, \"\"小强\"\"\"");
            List<List<String>> ownRows = CsvRows.parse(ownText.substring(1));
            assertThat(ownRows).hasSize(2);
            assertThat(ownRows.get(0)).containsExactly("username", "display_name", "team", "handled", "resolved",
                    "returned_to_bot", "transferred_away", "first_response_median_s", "first_response_p90_s",
                    "handling_median_s", "handling_p90_s", "csat", "ratings");
            assertThat(ownRows.get(1)).containsExactly(one, NAME_ONE, "payments", "3", "1", "0", "2", "20", "30",
                    "70", "90", "4.0", "1");

            List<List<String>> allRows = CsvRows.parse(
                    new String(boss.download("/api/agent/reports.csv?days=1").body(), StandardCharsets.UTF_8).substring(1));
            assertThat(allRows.size()).isGreaterThanOrEqualTo(7);
            assertThat(allRows.stream().filter(r -> r.get(0).equals(two)).findFirst().orElseThrow())
                    .as("a name that looks like a formula is defused")
                    .containsExactly(two, "'" + NAME_TWO, "payments", "2", "1", "1", "0", "60", "60", "40", "140",
                            "2.0", "1");

            assertThat(boss.get("/api/agent/reports?days=1&zone=Mars/Base").status()).isEqualTo(400);
        }
    }

    @Test
    void thePeriodIsReadThroughTheStartIndex() {
        String plan = jdbc.sql("EXPLAIN SELECT h.escalation_id FROM escalation_holds h WHERE h.started_at >= CURRENT_TIMESTAMP")
                .query(String.class).single();
        assertThat(plan.toUpperCase()).contains("ESCALATION_HOLDS_STARTED_IDX");
    }

    @Test
    void theCsvNeedsALogin() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/agent/reports.csv")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isIn(401, 302, 403);
    }

    private record Handoff(String conversationId, long escalationId) {
    }

    private interface Step {
        void run() throws Exception;
    }

    private void addAgent(String username, String displayName) {
        jdbc.sql("INSERT INTO agents (username, password_hash, display_name, role, team) VALUES (:u, :h, :n, 'AGENT', 'payments')")
                .param("u", username).param("h", HASH).param("n", displayName).update();
    }

    private Handoff handoff() throws Exception {
        PinnableClock.advance(Duration.ofSeconds(100));
        JsonNode r = ShopperHttp.send(port, null, "转人工", "zh");
        assertThat(r.at("/handoff/status").asString()).isEqualTo("queued");
        return new Handoff(r.get("conversationId").asString(), r.at("/handoff/escalationId").asLong());
    }

    /** Lets {@code seconds} pass on the pinned clock, then takes the step. */
    private static void at(int seconds, Step step) throws Exception {
        PinnableClock.advance(Duration.ofSeconds(seconds));
        step.run();
    }

    private void rate(Handoff h, int score) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/chat/conversations/" + h.conversationId() + "/rating"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"score\":" + score + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private static void ok(AgentSession.Response r) {
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
    }

    private static String claim(Handoff h) {
        return act(h, "claim");
    }

    private static String act(Handoff h, String action) {
        return "/api/agent/escalations/" + h.escalationId() + "/" + action;
    }

    private static String say(Handoff h) {
        return "/api/agent/conversations/" + h.conversationId() + "/messages";
    }

    private static JsonNode row(JsonNode report, String username) {
        return StreamSupport.stream(report.get("agents").spliterator(), false)
                .filter(a -> a.get("username").asString().equals(username)).findFirst().orElse(null);
    }

    private static void assertFigures(JsonNode row, int handled, int resolved, int returned, int transferredAway,
                                      long frMedian, long frP90, long handleMedian, long handleP90, double csat,
                                      int ratings) {
        assertThat(row).isNotNull();
        assertThat(List.of(row.get("handled").asInt(), row.get("resolved").asInt(), row.get("returned").asInt(),
                row.get("transferredAway").asInt())).as("handled, resolved, returned, transferred away of " + row)
                .containsExactly(handled, resolved, returned, transferredAway);
        assertThat(List.of(row.get("firstResponseMedianSeconds").asLong(), row.get("firstResponseP90Seconds").asLong(),
                row.get("handlingMedianSeconds").asLong(), row.get("handlingP90Seconds").asLong()))
                .as("first response and handling of " + row)
                .containsExactly(frMedian, frP90, handleMedian, handleP90);
        assertThat(row.get("csat").asDouble()).isEqualTo(csat);
        assertThat(row.get("ratings").asInt()).isEqualTo(ratings);
    }
}
