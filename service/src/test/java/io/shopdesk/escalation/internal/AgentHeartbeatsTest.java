package io.shopdesk.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.MigratedDatabase;
import io.shopdesk.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances' heartbeats in one migrated database, on a clock the test moves: an agent present on one instance is
 * present for the other until their row expires (the instance died) or the instance says they are gone; an instance
 * never counts its own rows; away only when away on every instance that has them.
 */
class AgentHeartbeatsTest {
    final MigratedDatabase database = new MigratedDatabase("heartbeats");
    final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T03:00:00Z"));
    final AgentHeartbeats first = new AgentHeartbeats(database.jdbc(), clock, Duration.ofSeconds(30));
    final AgentHeartbeats second = new AgentHeartbeats(database.jdbc(), clock, Duration.ofSeconds(30));
    final AgentHeartbeats third = new AgentHeartbeats(database.jdbc(), clock, Duration.ofSeconds(30));

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anAgentOnAnotherInstanceIsPresentUntilTheirHeartbeatExpires() {
        assertThat(second.awayElsewhere("agent2")).isEmpty();
        first.beat("agent2", false);
        assertThat(first.awayElsewhere("agent2")).as("its own rows are not elsewhere").isEmpty();
        assertThat(second.awayElsewhere("agent2")).contains(false);

        clock.advanceSeconds(29);
        first.beat("agent2", false); // renewed: one row, a new time
        clock.advanceSeconds(29);
        assertThat(second.awayElsewhere("agent2")).contains(false);
        clock.advanceSeconds(1);
        assertThat(second.awayElsewhere("agent2")).as("30 s without a beat: that instance died").isEmpty();
        assertThat(database.jdbc().sql("SELECT count(*) FROM agent_heartbeats").query(Integer.class).single())
                .isEqualTo(1);
    }

    /** A dead instance's rows go after an hour, whoever deletes them; a live instance's row stays. */
    @Test
    void theRowsOfAnInstanceDeadForAnHourAreDeleted() {
        first.beat("agent1", false);
        clock.advanceSeconds(3599);
        second.beat("agent2", false);
        assertThat(third.forgetDeadInstances()).as("dead for less than an hour").isZero();
        clock.advanceSeconds(2);
        assertThat(third.forgetDeadInstances()).isEqualTo(1);
        assertThat(third.awayElsewhere("agent2")).contains(false);
        assertThat(database.jdbc().sql("SELECT username FROM agent_heartbeats").query(String.class).list())
                .containsExactly("agent2");
    }

    @Test
    void awayOnlyWhenAwayEverywhereAndGoneWhenTheInstanceSaysSo() {
        first.beat("agent1", true);
        assertThat(third.awayElsewhere("agent1")).contains(true);
        second.beat("agent1", false);
        assertThat(third.awayElsewhere("agent1")).as("available on one instance").contains(false);
        second.gone("agent1");
        assertThat(third.awayElsewhere("agent1")).contains(true);
        first.goneAll();
        assertThat(third.awayElsewhere("agent1")).isEqualTo(Optional.empty());
    }

    /** What each heartbeat reads of all the other instances' agents at once (the hand-off count, the live presence). */
    @Test
    void everyAgentElsewhereInOneReadAwayOnlyWhenAwayOnEveryInstance() {
        first.beat("agent1", true);
        second.beat("agent1", false);
        first.beat("agent2", true);
        second.beat("agent3", false);
        third.beat("agent3", true);
        assertThat(third.elsewhere()).isEqualTo(Map.of("agent1", false, "agent2", true, "agent3", false));
        assertThat(first.elsewhere()).as("never its own rows").isEqualTo(Map.of("agent1", false, "agent3", false));

        clock.advanceSeconds(20);
        second.beat("agent1", false);
        clock.advanceSeconds(15);
        assertThat(third.elsewhere()).as("the first instance's rows expired, the second's renewed one lives")
                .isEqualTo(Map.of("agent1", false));
    }
}
