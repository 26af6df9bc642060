package io.shopdesk.nlp.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.ShippedModelsCopy;
import io.shopdesk.escalation.AgentSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review inbox's request time over real HTTP with 50,000 stored shopper messages the bot did not place (the most
 * one request reads), each answered by a fallback, about 7,600 different texts: the very first request after start
 * (nothing kept: every text classified, the JIT cold), a first request per period and language (what every request
 * cost before the cache: read the transcripts, group; the live model's predictions are kept since stop 26), the same
 * page again (kept), the first request after a label (the kept rows are replaced), and the first requests after a new
 * release (the page's default, and another period), with the background warm-up ({@code -DinboxWarm=false}: without).
 * Prints the medians for docs/benchmarks.md. Tagged {@code benchmark}: run with
 * {@code ./mvnw -B -q -o test -Dtest=ReviewInboxBenchmarkIT -Dsurefire.excludedGroups=none -pl service}.
 */
@OwnDatabaseTest(database = "shopdesk-review-bench", properties = {
        // Each uncached read's phases (read, classify, label) in the log, for docs/benchmarks.md.
        "logging.level.io.shopdesk.nlp.review.internal.ReviewInbox=DEBUG"
})
@Tag("benchmark")
class ReviewInboxBenchmarkIT {
    static final int MESSAGES = 50_000;

    @TempDir
    static Path copy;

    @DynamicPropertySource
    static void copiedModels(DynamicPropertyRegistry registry) throws Exception {
        ShippedModelsCopy.into(copy.resolve("nlp-models"), registry);
        // -DinboxWarm=false measures without the background warm-up (what every first request cost before it).
        registry.add("shopdesk.nlp.review.inbox-warm", () -> System.getProperty("inboxWarm", "true"));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void inboxRequestTimeCachedAndNot() throws Exception {
        List<String[]> texts = new ArrayList<>();
        Files.readAllLines(copy.resolve("nlp-models/background/en.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> texts.add(new String[] {l, "en"}));
        for (String language : List.of("zh", "en")) {
            Files.readAllLines(copy.resolve("nlp-models/intents/intents-" + language + ".csv")).stream().skip(1)
                    .map(l -> l.substring(0, Math.max(0, l.lastIndexOf(','))).replace("\"", ""))
                    .filter(t -> !t.isBlank()).forEach(t -> texts.add(new String[] {t, language}));
        }
        Timestamp at = Timestamp.from(Instant.now().minusSeconds(3600));
        List<Object[]> conversations = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            String id = "bench-" + i / 5;
            String[] text = texts.get(i % texts.size());
            if (i % 5 == 0) {
                conversations.add(new Object[] {id, text[1], "{}", at, at});
            }
            lines.add(new Object[] {id, "shopper", "text", text[0], null, text[1], "oos", 0.3, at});
            lines.add(new Object[] {id, "bot", "fallback", "Sorry, I did not get that.", "{\"rule\":\"Fallback\"}",
                    text[1], null, null, at});
        }
        jdbc.batchUpdate("INSERT INTO conversations (id, language, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                conversations);
        jdbc.batchUpdate("""
                INSERT INTO conversation_messages (conversation_id, role, type, text, data, language, intent, confidence,
                                                   created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines);

        try (AgentSession boss = new AgentSession(port)) {
            boss.login("supervisor", "shopdesk");
            long start = System.nanoTime();
            int total = boss.get("/api/nlu/review?days=30").body().get("total").asInt();
            long cold = (System.nanoTime() - start) / 1_000_000;
            assertThat(total).isGreaterThan(7000);
            long[] first = new long[5];
            for (int i = 0; i < first.length; i++) {
                first[i] = time(boss, "/api/nlu/review?days=" + (40 + i));
            }
            long[] again = new long[20];
            for (int i = 0; i < again.length; i++) {
                again[i] = time(boss, "/api/nlu/review?days=40&page=" + i % 3);
            }
            long[] afterLabel = new long[3];
            for (int i = 0; i < afterLabel.length; i++) {
                assertThat(boss.post("/api/nlu/review/examples", Map.of("text", "bench label " + i, "language", "en",
                        "intent", "oos")).status()).isEqualTo(201);
                afterLabel[i] = time(boss, "/api/nlu/review?days=40");
            }
            // A new model serves: the release's manifest rewritten under a new version (the labels above changed the
            // data, so the stage trains one in memory: every text is new to it). With the warm-up on, the requests wait
            // until it says it is done for that model (as a supervisor comes later).
            Path manifest = copy.resolve("nlp-models/intent-model/manifest.json");
            ObjectNode release = (ObjectNode) AgentSession.JSON.readTree(manifest.toFile());
            release.put("version", "29990101000000");
            String serving = boss.get("/api/nlu/releases/current").body().get("serving").asString();
            Files.writeString(manifest, AgentSession.JSON.writeValueAsString(release));
            long swapped = System.nanoTime();
            boolean warm = Boolean.parseBoolean(System.getProperty("inboxWarm", "true"));
            JsonNode current = boss.get("/api/nlu/releases/current").body();
            while (current.get("serving").asString().equals(serving)
                    || warm && !current.at("/inboxWarmed/model").asString().equals(current.get("serving").asString())) {
                assertThat(System.nanoTime() - swapped).as(current.toString()).isLessThan(600_000_000_000L);
                Thread.sleep(200);
                current = boss.get("/api/nlu/releases/current").body();
            }
            long defaultPage = time(boss, "/api/nlu/review");
            long otherPeriod = time(boss, "/api/nlu/review?days=50");
            System.out.printf("REVIEW-INBOX-BENCH groups=%d messages=%d very-first-request-ms=%d "
                            + "first-request-median-ms=%d (%s) repeat-median-ms=%d (%s) after-label-median-ms=%d (%s) "
                            + "warm=%s after-release-default-page-ms=%d after-release-other-period-ms=%d warmed=%s%n",
                    total, MESSAGES, cold,
                    median(first), Arrays.toString(first), median(again), Arrays.toString(again), median(afterLabel),
                    Arrays.toString(afterLabel), warm, defaultPage, otherPeriod, current.get("inboxWarmed"));
            assertThat(median(again)).isLessThan(median(first));
        }
    }

    private static long time(AgentSession boss, String path) throws Exception {
        long start = System.nanoTime();
        AgentSession.Response r = boss.get(path);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return ms;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
