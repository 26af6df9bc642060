package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.MovableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * An agent's presence from their console sockets and their away switch, with a clock the test moves through the grace
 * a dropped socket gets; every change is published for the consoles.
 */
class AgentPresenceTest {
    final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T03:00:00Z"));
    final List<Object> published = new ArrayList<>();
    final EscalationSettings settings = new Binder(new MapConfigurationPropertySource(java.util.Map.of(
            "shopdesk.escalation.presence-grace", "0s"))).bindOrCreate("shopdesk.escalation", EscalationSettings.class);
    final EscalationSettings defaults = new Binder(new MapConfigurationPropertySource(java.util.Map.of()))
            .bindOrCreate("shopdesk.escalation", EscalationSettings.class);
    final AgentPresence presence = new AgentPresence(clock, defaults, published::add);

    @AfterEach
    void close() {
        presence.close();
    }

    @Test
    void anAgentIsAvailableWhileTheirConsoleIsConnectedAndNotAway() {
        assertThat(presence.status("agent1")).isEqualTo(new AgentPresence.Status("offline", false));
        assertThat(presence.available()).isZero();

        presence.connected("agent1", "s1");
        assertThat(presence.status("agent1")).isEqualTo(new AgentPresence.Status("available", true));
        assertThat(presence.available()).isEqualTo(1);

        presence.setAway("agent1", true);
        assertThat(presence.status("agent1")).isEqualTo(new AgentPresence.Status("away", true));
        assertThat(presence.available()).isZero();

        presence.setAway("agent1", false);
        assertThat(presence.status("agent1").status()).isEqualTo("available");
        assertThat(published).containsExactly(new AgentPresenceChanged("agent1", "available"),
                new AgentPresenceChanged("agent1", "away"), new AgentPresenceChanged("agent1", "available"));
    }

    @Test
    void aDroppedConsoleKeepsItsStatusForTheGraceThenIsOffline() {
        assertThat(defaults.presenceGrace()).hasSeconds(30);
        presence.connected("agent1", "s1");
        presence.disconnected("s1");
        assertThat(presence.status("agent1")).as("a reload: still there").isEqualTo(new AgentPresence.Status("available", false));
        clock.advanceSeconds(29);
        assertThat(presence.status("agent1").status()).isEqualTo("available");
        clock.advanceSeconds(1);
        assertThat(presence.status("agent1")).isEqualTo(new AgentPresence.Status("offline", false));
        assertThat(presence.available()).isZero();
    }

    @Test
    void aReconnectWithinTheGraceKeepsTheAgentAndTheirAway() {
        presence.connected("agent2", "s1");
        presence.setAway("agent2", true);
        presence.disconnected("s1");
        clock.advanceSeconds(10);
        presence.connected("agent2", "s2");
        clock.advanceSeconds(60);
        assertThat(presence.status("agent2")).isEqualTo(new AgentPresence.Status("away", true));
    }

    @Test
    void twoConsolesOfOneAgentCountOnceAndTheAgentStaysWhileOneIsOpen() {
        presence.connected("agent1", "tab1");
        presence.connected("agent1", "tab2");
        presence.connected("super", "tab3");
        assertThat(presence.available()).isEqualTo(2);
        presence.disconnected("tab1");
        clock.advanceSeconds(3600);
        assertThat(presence.status("agent1")).isEqualTo(new AgentPresence.Status("available", true));
        presence.disconnected("unknown-socket");
        assertThat(presence.available()).isEqualTo(2);
    }

    @Test
    void withoutGraceADroppedConsoleIsOfflineAtOnce() {
        AgentPresence noGrace = new AgentPresence(clock, settings, e -> { });
        noGrace.connected("agent1", "s1");
        noGrace.disconnected("s1");
        assertThat(noGrace.status("agent1").status()).isEqualTo("offline");
        noGrace.close();
    }
}
