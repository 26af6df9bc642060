package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.MovableClock;
import io.shopdesk.OwnDatabaseTest;
import io.shopdesk.risk.RiskHttp;
import io.shopdesk.risk.RiskHttp.Reply;
import io.shopdesk.risk.RiskServiceOnCopiedRules;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import tools.jackson.databind.JsonNode;

/**
 * Who changed the rules, and how long abandoned drafts are kept, on the real service over HTTP (real H2, the shipped
 * rules copied to a temporary folder). Two officers are named in the configuration, one by key and one by the
 * SHA-256 of the key; the dev officer key stays unnamed. The application's clock is one the test moves: open drafts
 * older than {@code keep-days} (30) are deleted by the expiry job, published and refused ones stay.
 */
@OwnDatabaseTest(database = "shopdesk-draft-records", properties = {
        "shopdesk.risk.drafts.expiry-interval=20m",
        "shopdesk.risk.officers[0].name=Li Wei",
        "shopdesk.risk.officers[0].key=li-wei-key",
        "shopdesk.risk.officers[1].name=Chen Jing",
        // printf %s chen-jing-key | sha256sum
        "shopdesk.risk.officers[1].key-sha256=c8f9525f92b380a10553a592619eccf96f67b26175e0e7c292bb0f983ba48319"
})
class RuleDraftRecordsIT extends RiskServiceOnCopiedRules {
    static final String LI_WEI = "li-wei-key";
    static final String CHEN_JING = "chen-jing-key";
    static final String DEV_OFFICER = RiskHttp.OFFICER;
    static final MovableClock CLOCK = new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    DraftExpiry expiry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<ScheduledTaskHolder> scheduled;

    /** A draft appending {@code line} to scenarios/payments.yml (a comment: it passes the gate). */
    long propose(String key, String line, String reason) throws Exception {
        String scenarios = Files.readString(folder().resolve("scenarios/payments.yml"));
        Reply reply = risk.send("POST", "/api/risk/rules/drafts", key, Map.of("baseVersion", live(),
                "files", Map.of("scenarios/payments.yml", scenarios + "\n# " + line + "\n"), "reason", reason));
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(201);
        return reply.body().get("id").asLong();
    }

    JsonNode lastVersion() throws Exception {
        // Newest first.
        return risk.send("GET", "/api/risk/rules", DEV_OFFICER, null).body().get("versions").get(0);
    }

    @Test
    void namedOfficersAreRecordedByNameAndAnUnnamedKeyByItsHash() throws Exception {
        assertThat(risk.send("GET", "/api/risk/officer", LI_WEI, null).body().toString())
                .isEqualTo("{\"identity\":\"Li Wei\",\"named\":true}");
        assertThat(risk.send("GET", "/api/risk/officer", CHEN_JING, null).body().get("identity").asString())
                .isEqualTo("Chen Jing");
        assertThat(risk.send("GET", "/api/risk/officer", DEV_OFFICER, null).body().toString())
                .matches("\\{\"identity\":\"officer:[0-9a-f]{8}\",\"named\":false}");
        assertThat(risk.send("GET", "/api/risk/officer", "dev-risk-key", null).status()).isEqualTo(403);
        assertThat(risk.send("GET", "/api/risk/officer", "someone-else", null).status()).isEqualTo(401);

        long id = propose(LI_WEI, "names", "note who reviewed the scenarios");
        Reply published = risk.send("POST", "/api/risk/rules/drafts/" + id + "/publish", CHEN_JING, null);
        assertThat(published.status()).as(published.body().toString()).isEqualTo(200);
        assertThat(published.body().at("/draft/proposedBy").asString()).isEqualTo("Li Wei");
        assertThat(published.body().at("/draft/publishedBy").asString()).isEqualTo("Chen Jing");
        assertThat(lastVersion().get("origin").asString())
                .isEqualTo("draft " + id + " proposed by Li Wei, published by Chen Jing: note who reviewed the scenarios");

        long unnamed = propose(DEV_OFFICER, "dev", "from the dev key");
        assertThat(risk.send("GET", "/api/risk/rules/drafts/" + unnamed, LI_WEI, null).body().get("proposedBy").asString())
                .matches("officer:[0-9a-f]{8}");

        String before = live();
        String thresholds = Files.readString(folder().resolve("thresholds.drl"));
        Reply draft = risk.send("POST", "/api/risk/rules/drafts", CHEN_JING, Map.of("baseVersion", before,
                "files", Map.of("thresholds.drl", thresholds + "\n// names test\n"), "reason", "a note"));
        assertThat(risk.send("POST", "/api/risk/rules/drafts/" + draft.body().get("id").asLong() + "/publish", CHEN_JING,
                null).status()).isEqualTo(200);
        // Why a version was rolled back is kept beside who did it; a reason too long for the record is refused first.
        Reply tooLong = risk.send("POST", "/api/risk/rules/rollback", LI_WEI, Map.of("version", before,
                "reason", "x".repeat(301)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().at("/fields/reason").asString()).isEqualTo("at most 300 characters (301 given)");
        assertThat(live()).as("nothing rolled back").isNotEqualTo(before);
        Reply back = risk.send("POST", "/api/risk/rules/rollback", LI_WEI, Map.of("version", before,
                "reason", "  the note\nbroke the nightly export "));
        assertThat(back.status()).as(back.body().toString()).isEqualTo(200);
        assertThat(lastVersion().get("origin").asString())
                .isEqualTo("rollback to " + before + " by Li Wei: the note broke the nightly export");
    }

    @Test
    void openDraftsOlderThanKeepDaysExpireAndPublishedAndRefusedOnesStay() throws Exception {
        long abandoned = propose(LI_WEI, "abandoned", "checked, never published");
        long published = propose(LI_WEI, "published", "kept as the record");
        assertThat(risk.send("POST", "/api/risk/rules/drafts/" + published + "/publish", LI_WEI, null).status()).isEqualTo(200);
        Reply broken = risk.send("POST", "/api/risk/rules/drafts", LI_WEI, Map.of("baseVersion", live(),
                "files", Map.of("thresholds.drl", "package broken\nrule \"x\" when then"), "reason", "a typo"));
        long refused = broken.body().get("id").asLong();
        assertThat(risk.send("POST", "/api/risk/rules/drafts/" + refused + "/publish", LI_WEI, null).status()).isEqualTo(409);
        long versions = jdbc.sql("SELECT COUNT(*) FROM rule_versions").query(Long.class).single();

        CLOCK.advance(Duration.ofDays(29));
        long recent = propose(LI_WEI, "recent", "a draft of this week");
        assertThat(expiry.expire()).as("29 days old: kept").doesNotContain(abandoned);

        CLOCK.advance(Duration.ofDays(2));
        List<Long> expired = expiry.expire();
        assertThat(expired).contains(abandoned).doesNotContain(published, refused, recent);
        assertThat(risk.send("GET", "/api/risk/rules/drafts/" + abandoned, LI_WEI, null).status()).isEqualTo(404);
        assertThat(risk.send("GET", "/api/risk/rules/drafts/" + published, LI_WEI, null).body().get("status").asString())
                .isEqualTo("published");
        assertThat(risk.send("GET", "/api/risk/rules/drafts/" + refused, LI_WEI, null).body().get("status").asString())
                .isEqualTo("refused");
        assertThat(risk.send("GET", "/api/risk/rules/drafts/" + recent, LI_WEI, null).body().get("status").asString())
                .isEqualTo("open");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rule_versions").query(Long.class).single())
                .as("the history is not touched").isEqualTo(versions);
        assertThat(expiry.expire()).as("nothing left to expire").isEmpty();
    }

    /** The expiry job is scheduled every {@code shopdesk.risk.drafts.expiry-interval} (20 minutes here), not hourly. */
    @Test
    void theExpiryRunsEveryConfiguredInterval() {
        List<ScheduledTask> expiries = scheduled.stream().flatMap(h -> h.getScheduledTasks().stream())
                .filter(t -> t.getTask().getRunnable().toString().startsWith(DraftExpiry.class.getName())).toList();
        assertThat(expiries).singleElement().satisfies(t -> {
            assertThat(t.getTask()).isInstanceOf(FixedDelayTask.class);
            assertThat(((FixedDelayTask) t.getTask()).getIntervalDuration()).isEqualTo(Duration.ofMinutes(20));
            assertThat(((FixedDelayTask) t.getTask()).getInitialDelayDuration()).isEqualTo(Duration.ofMinutes(20));
        });
    }
}
