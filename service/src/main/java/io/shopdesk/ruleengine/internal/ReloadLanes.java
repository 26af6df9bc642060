package io.shopdesk.ruleengine.internal;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One reload lane per rule set: a {@link ReloadThread} of its own ({@code rules-reload-<set>}), at the lowest OS
 * priority, that the rule set's reloads, rollbacks, publishes and deferred start-up check run on in turn. Until stop 31
 * every rule set shared one thread, so the dialogue's replay of its recorded decisions (40-100 s on a loaded machine)
 * held up a risk officer's reload or rollback of the risk rules behind it. A rule set's own changes still never
 * interleave (each one's history entry is counted against the one before it); different rule sets' run side by side.
 * Thread-safe: a lane is made once per rule set, on first use.
 */
public final class ReloadLanes implements AutoCloseable {
    private final Map<String, ReloadThread> lanes = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** Runs {@code work} on rule set {@code ruleSet}'s lane, after the work queued there before it, and waits. */
    public <T> T run(String ruleSet, Callable<T> work) {
        if (closed) {
            throw new IllegalStateException("The rule engine is closed: rule set '" + ruleSet + "' is not reloaded");
        }
        return lanes.computeIfAbsent(ruleSet, name -> new ReloadThread(laneName(name))).run(ruleSet, work);
    }

    /** The name of a rule set's lane thread, as thread dumps and the log show it. */
    public static String laneName(String ruleSet) {
        return "rules-reload-" + ruleSet;
    }

    @Override
    public void close() {
        closed = true;
        lanes.values().forEach(ReloadThread::close);
    }
}
