package io.shopdesk.ruleengine.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A thread that reloads and rollbacks run on (one per rule set: {@link ReloadLanes}), so that they never interleave, at the lowest OS priority
 * ({@link BackgroundPriority}): a recompile takes about a second of CPU, and at equal priority it would take that
 * second from the requests being decided meanwhile. Thread-safe: any thread may hand it work and waits for the result.
 */
public final class ReloadThread implements AutoCloseable {
    private final ExecutorService thread;

    /** A thread named {@code name}: a rule set's reload lane, or a rule set's drafts' checks ({@code rules-drafts-<set>}). */
    public ReloadThread(String name) {
        thread = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().name(name).daemon().unstarted(() -> {
            BackgroundPriority.lowerCurrentThread(BackgroundPriority.LOWEST);
            r.run();
        }));
    }

    /**
     * Runs {@code work} for rule set {@code ruleSet} on the reload thread and waits for its result; a runtime
     * exception of {@code work} is thrown as it is.
     */
    public <T> T run(String ruleSet, Callable<T> work) {
        try {
            return thread.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reloading rule set '" + ruleSet + "'", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
