package io.shopdesk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A command's progress on standard error for its long work (featurising thousands of messages, training each
 * cross-validation fold), so standard output keeps only the summary and its last JSON line. On a terminal it is a bar
 * redrawn in place, ASCII style, because Windows consoles and CI logs mangle the Unicode blocks. When standard error is
 * not a terminal (a CI log, {@code 2> log.txt}, a pipe) it is plain lines instead: the task's steps, at most ten, one
 * line each ({@code Folds 1/5}, …), since a redrawn bar there printed every redraw, the last one twice. Steps
 * may come from several threads (featurising runs in parallel); they are taken one at a time.
 */
final class Progress implements AutoCloseable {
    /** At most this many lines for a task when standard error is not a terminal. */
    private static final int LINES = 10;

    private final ProgressBar bar;
    private final String task;
    private final long max;
    private final PrintStream err;
    private long done;
    private long printed;

    Progress(String task, long max) {
        this.task = task;
        this.max = max;
        this.err = System.err;
        this.bar = standardErrorIsTerminal() ? new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build() : null;
    }

    synchronized void step() {
        stepTo(done + 1);
    }

    synchronized void stepTo(long to) {
        done = Math.max(done, to);
        if (bar != null) {
            bar.stepTo(to);
            return;
        }
        // A line at each tenth of the work (every step when there are ten or fewer) and at the end.
        long every = Math.max(1, (max + LINES - 1) / LINES);
        if (done > printed && (done == max || done / every > printed / every)) {
            err.println(task + " " + done + "/" + max);
            printed = done;
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    /**
     * Whether standard error (file descriptor 2) is a terminal: on Linux, whether it links to a terminal device;
     * elsewhere, whether the JVM has an interactive console. Java has no isatty of its own.
     */
    static boolean standardErrorIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }
}
