package io.shopdesk.escalation;

import io.shopdesk.escalation.internal.AgentHeartbeats;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which agents can answer now: an agent is {@code available} while at least one of their console sockets is connected
 * and they have not set themselves {@code away}; {@code offline} otherwise. A socket that drops keeps its agent's
 * status for {@code shopdesk.escalation.presence-grace} (a page reload, a short network loss), measured on the
 * application clock. Kept in memory: after a restart every agent is offline until their console reconnects, and away
 * is forgotten (the chats they held wait one grace for them, see {@link OfflineAgentChats}). Changes are published as
 * {@link AgentPresenceChanged}.
 * <p>
 * Several instances of the service may share one database, each with some of the consoles: every instance writes the
 * agents present on it to the database ({@link AgentHeartbeats}, renewed every
 * {@code shopdesk.escalation.presence-heartbeat}), and an agent with no console here counts as present (available, or
 * away when away everywhere) while another instance's heartbeat for them is live. Before, an instance that restarted
 * requeued the chats of agents working on the others. At each heartbeat the instance also reads every other instance's
 * agents at once and publishes an {@link AgentPresenceChanged} for each agent whose status, as seen here, changed
 * there: the consoles here hear of a colleague's away or offline on another instance, the hand-off counts them
 * ({@link #available}), and an agent whose only instance died (its rows no longer renewed) goes offline here, which
 * requeues their chats ({@link OfflineAgentChats}). Before, presence events reached only the consoles of the instance
 * where they happened, and such a chat stayed held until an instance restarted. Thread-safe (synchronized; the
 * database is read and written outside the lock).
 */
@Component
public class AgentPresence implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AgentPresence.class);
    public static final String AVAILABLE = "available";
    public static final String AWAY = "away";
    public static final String OFFLINE = "offline";

    private final Clock clock;
    private final Duration grace;
    private final ApplicationEventPublisher events;
    private final ScheduledExecutorService graceTimer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "agent-presence-grace");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Set<String>> sockets = new HashMap<>();
    private final Map<String, String> agentOfSocket = new HashMap<>();
    private final Map<String, Instant> lastSeen = new HashMap<>();
    private final Set<String> away = new HashSet<>();
    /** The last status published of each agent, so a heartbeat publishes only what changed on another instance. */
    private final Map<String, String> announced = new HashMap<>();
    /** The agents present on other instances at the last heartbeat (true: away on all of them); empty when alone. */
    private volatile Map<String, Boolean> elsewhere = Map.of();
    /** The other instances' agents; null for an instance alone (the unit tests). */
    private final AgentHeartbeats heartbeats;
    private final Object heartbeatWrites = new Object();

    /** One agent's presence: {@code connected} false while a dropped socket's grace runs. */
    public record Status(String status, boolean connected) {
    }

    /** An instance alone: nothing read from or written to the database. */
    public AgentPresence(Clock clock, EscalationSettings settings, ApplicationEventPublisher events) {
        this(clock, settings, events, (AgentHeartbeats) null);
    }

    /** Shares presence with the other instances on the database unless {@code shopdesk.escalation.shared-presence} is off. */
    @Autowired
    public AgentPresence(Clock clock, EscalationSettings settings, ApplicationEventPublisher events, JdbcClient jdbc) {
        this(clock, settings, events, settings.sharedPresence()
                ? new AgentHeartbeats(jdbc, clock, settings.presenceHeartbeat().multipliedBy(3)) : null);
        if (heartbeats != null) {
            long every = settings.presenceHeartbeat().toMillis();
            graceTimer.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
        }
    }

    private AgentPresence(Clock clock, EscalationSettings settings, ApplicationEventPublisher events,
                          AgentHeartbeats heartbeats) {
        this.clock = clock;
        this.grace = settings.presenceGrace();
        this.events = events;
        this.heartbeats = heartbeats;
    }

    /** A console socket of {@code agent} connected. */
    public void connected(String agent, String socketId) {
        synchronized (this) {
            sockets.computeIfAbsent(agent, a -> new HashSet<>()).add(socketId);
            agentOfSocket.put(socketId, agent);
        }
        changed(agent);
    }

    /** A socket closed; ignored unless it was a console's. */
    public void disconnected(String socketId) {
        String agent;
        synchronized (this) {
            agent = agentOfSocket.remove(socketId);
            if (agent == null) {
                return;
            }
            Set<String> of = sockets.get(agent);
            of.remove(socketId);
            if (of.isEmpty()) {
                sockets.remove(agent);
                lastSeen.put(agent, clock.instant());
            }
        }
        changed(agent);
        if (!grace.isZero() && !graceTimer.isShutdown()) {
            // Tell the consoles once the grace is over, when the agent did not come back.
            graceTimer.schedule(() -> changed(agent), grace.toMillis() + 100, TimeUnit.MILLISECONDS);
        }
    }

    /** {@code agent} sets themselves away (true) or available (false); kept across their reconnects. */
    public void setAway(String agent, boolean isAway) {
        synchronized (this) {
            if (isAway) {
                away.add(agent);
            } else {
                away.remove(agent);
            }
        }
        changed(agent);
    }

    /**
     * The agent's status here, else on another instance ({@code connected} true: their console is connected there).
     */
    public Status status(String agent) {
        Status here = statusHere(agent);
        if (!OFFLINE.equals(here.status()) || heartbeats == null) {
            return here;
        }
        Optional<Boolean> awayElsewhere = heartbeats.awayElsewhere(agent);
        return awayElsewhere.map(a -> new Status(a ? AWAY : AVAILABLE, true)).orElse(here);
    }

    private synchronized Status statusHere(String agent) {
        boolean connected = sockets.containsKey(agent);
        Instant seen = lastSeen.get(agent);
        boolean present = connected || seen != null && clock.instant().isBefore(seen.plus(grace));
        if (!present) {
            return new Status(OFFLINE, false);
        }
        return new Status(away.contains(agent) ? AWAY : AVAILABLE, connected);
    }

    /**
     * How many console users are available now on any instance: asked on every bot turn, so counted from what this
     * class holds and the other instances' agents as the last heartbeat read them, no database read (only a logged-in
     * agent or supervisor ever has a console socket). Before, only this instance's consoles counted: a shopper was told
     * every agent was busy while a colleague worked on another instance.
     */
    public int available() {
        Map<String, Boolean> others = elsewhere;
        synchronized (this) {
            Set<String> known = new HashSet<>(sockets.keySet());
            known.addAll(lastSeen.keySet());
            known.addAll(others.keySet());
            return (int) known.stream().filter(a -> AVAILABLE.equals(statusSeen(a, others).status())).count();
        }
    }

    /** The agent's status here, else as {@code others} (the last heartbeat's read) has them on another instance. */
    private synchronized Status statusSeen(String agent, Map<String, Boolean> others) {
        Status here = statusHere(agent);
        Boolean awayThere = others.get(agent);
        return !OFFLINE.equals(here.status()) || awayThere == null ? here
                : new Status(awayThere ? AWAY : AVAILABLE, true);
    }

    /**
     * Runs {@code task} once the presence grace is over, on the grace timer (at once when the grace is zero): after a
     * start-up, the time an agent whose console was open before has to connect again before their chats move on.
     * Dropped when the service stops first.
     */
    public void afterGrace(Runnable task) {
        if (grace.isZero()) {
            task.run();
        } else if (!graceTimer.isShutdown()) {
            graceTimer.schedule(task, grace.toMillis() + 100, TimeUnit.MILLISECONDS);
        }
    }

    private void changed(String agent) {
        write(agent);
        String status = status(agent).status();
        synchronized (this) {
            announced.put(agent, status);
        }
        events.publishEvent(new AgentPresenceChanged(agent, status));
    }

    /**
     * Renews this instance's heartbeat of every agent present here, reads the other instances' agents, and publishes
     * the status of every agent that changed there since the last heartbeat (came, went away, came back, or has no live
     * row any more: offline); on the grace timer.
     */
    private void beat() {
        Set<String> known;
        synchronized (this) {
            known = new HashSet<>(sockets.keySet());
            known.addAll(lastSeen.keySet());
        }
        known.forEach(this::write);
        Map<String, Boolean> others;
        try {
            others = Map.copyOf(heartbeats.elsewhere());
        } catch (RuntimeException e) {
            // The database away for a moment: keep what the last heartbeat read rather than take everyone for gone.
            log.warn("Could not read the other instances' agents: {}", e.toString());
            return;
        }
        elsewhere = others;
        forgetDeadInstances();
        Map<String, String> changes = new HashMap<>();
        synchronized (this) {
            Set<String> agents = new HashSet<>(others.keySet());
            agents.addAll(announced.keySet());
            for (String agent : agents) {
                String now = statusSeen(agent, others).status();
                if (!now.equals(announced.getOrDefault(agent, OFFLINE))) {
                    changes.put(agent, now);
                    announced.put(agent, now);
                }
            }
            announced.values().removeIf(OFFLINE::equals);
        }
        changes.forEach((agent, status) -> {
            try {
                events.publishEvent(new AgentPresenceChanged(agent, status));
            } catch (RuntimeException e) {
                // A listener failing (a requeue with the database away) must not end the heartbeats: a periodic task
                // that throws is never run again. The next change of this agent is published all the same.
                log.warn("Could not publish the presence of agent {} ({}): {}", agent, status, e.toString());
            }
        });
    }

    /** Deletes the heartbeat rows of instances long dead; a failure waits for the next heartbeat. */
    private void forgetDeadInstances() {
        try {
            heartbeats.forgetDeadInstances();
        } catch (RuntimeException e) {
            log.debug("Could not delete the heartbeats of dead instances: {}", e.toString());
        }
    }

    /**
     * Writes the agent's status here to the database: one writer at a time, each writing the status as it is then, so
     * a heartbeat renewed while the agent's console closes never leaves a row of someone gone behind.
     */
    private void write(String agent) {
        if (heartbeats == null) {
            return;
        }
        synchronized (heartbeatWrites) {
            try {
                Status here = statusHere(agent);
                if (OFFLINE.equals(here.status())) {
                    heartbeats.gone(agent);
                } else {
                    heartbeats.beat(agent, AWAY.equals(here.status()));
                }
            } catch (RuntimeException e) {
                // The database away for a moment: the next heartbeat writes it; the consoles here are told all the same.
                log.warn("Could not write the presence of agent {}: {}", agent, e.toString());
            }
        }
    }

    @PreDestroy
    @Override
    public void close() {
        graceTimer.shutdownNow();
        if (heartbeats != null) {
            try {
                heartbeats.goneAll();
            } catch (RuntimeException e) {
                // Stopping with the database gone: the rows expire after three heartbeats.
                log.debug("Could not remove this instance's presence heartbeats: {}", e.toString());
            }
        }
    }
}
