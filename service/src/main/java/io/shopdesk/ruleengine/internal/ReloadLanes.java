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
 * The checks of drafts have lanes of the same kind, apart from the reloads ({@link #forDrafts()},
 * {@code rules-drafts-<set>}): until stop 32 every rule set's drafts were checked on one {@code rules-drafts} thread,
 * so a dialogue draft's replay held up the check of a risk officer's draft behind it.
 * Thread-safe: a lane is made once per rule set, on first use.
 */
public final class ReloadLanes implements AutoCloseable {
    private static final String RELOADS = "rules-reload-";
    private static final String DRAFTS = "rules-drafts-";

    private final Map<String, ReloadThread> lanes = new ConcurrentHashMap<>();
    private final String prefix;
    private volatile boolean closed;

    /** The reload lanes: {@code rules-reload-<set>}. */
    public ReloadLanes() {
        this(RELOADS);
    }

    private ReloadLanes(String prefix) {
        this.prefix = prefix;
    }

    /** The lanes drafts are checked on, apart from the reloads: {@code rules-drafts-<set>}. */
    public static ReloadLanes forDrafts() {
        return new ReloadLanes(DRAFTS);
    }

    /** Runs {@code work} on rule set {@code ruleSet}'s lane, after the work queued there before it, and waits. */
    public <T> T run(String ruleSet, Callable<T> work) {
        if (closed) {
            throw new IllegalStateException("The rule engine is closed: rule set '" + ruleSet + "' is not "
                    + (prefix.equals(DRAFTS) ? "checked" : "reloaded"));
        }
        return lanes.computeIfAbsent(ruleSet, name -> new ReloadThread(prefix + name)).run(ruleSet, work);
    }

    /** The name of a rule set's reload lane thread, as thread dumps and the log show it. */
    public static String laneName(String ruleSet) {
        return RELOADS + ruleSet;
    }

    /** The name of the thread a rule set's drafts are checked on. */
    public static String draftLaneName(String ruleSet) {
        return DRAFTS + ruleSet;
    }

    @Override
    public void close() {
        closed = true;
        lanes.values().forEach(ReloadThread::close);
    }
}
