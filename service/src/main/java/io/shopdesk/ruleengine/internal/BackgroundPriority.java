package io.shopdesk.ruleengine.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers the calling thread's CPU priority, so that background work (recompiling a rule set on reload) yields the
 * cores to request threads instead of sharing them equally. Java's {@link Thread#setPriority} does nothing on Linux,
 * so this sets the OS thread's niceness with {@code renice}, found through {@code /proc/thread-self}. Best-effort:
 * where either is missing (not Linux, a minimal container) the thread keeps its priority and a line is logged.
 * Stateless and thread-safe; it only ever affects the calling thread.
 */
public final class BackgroundPriority {
    /** The lowest priority Linux has. */
    public static final int LOWEST = 19;
    private static final Logger log = LoggerFactory.getLogger(BackgroundPriority.class);

    private BackgroundPriority() {
    }

    /** Sets the calling thread's niceness; returns whether it worked. */
    public static boolean lowerCurrentThread(int niceness) {
        Path self = Path.of("/proc/thread-self");
        try {
            if (!Files.isSymbolicLink(self)) {
                log.info("No /proc/thread-self: thread {} keeps its CPU priority", Thread.currentThread().getName());
                return false;
            }
            // The link reads "<pid>/task/<tid>"; renice on a thread id changes that thread only.
            String threadId = Files.readSymbolicLink(self).getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", String.valueOf(niceness), "-p", threadId)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean done = renice.waitFor(5, TimeUnit.SECONDS) && renice.exitValue() == 0;
            if (!done) {
                renice.destroy();
                log.info("renice failed: thread {} keeps its CPU priority", Thread.currentThread().getName());
            }
            return done;
        } catch (IOException e) {
            log.info("Cannot renice thread {} ({}): it keeps its CPU priority", Thread.currentThread().getName(), e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The calling thread's niceness as the OS reports it (field 19 of {@code /proc/thread-self/stat}), or empty. */
    public static java.util.OptionalInt currentNiceness() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            // The command name (field 2) may hold spaces; fields after its closing parenthesis are plain.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return java.util.OptionalInt.of(Integer.parseInt(fields[16]));
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalInt.empty();
        }
    }
}
