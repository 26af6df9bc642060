package io.shopdesk.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for a command's long work (featurising thousands of messages, training each
 * cross-validation fold), so standard output keeps only the summary and its last JSON line. ASCII style, because
 * Windows consoles and CI logs mangle the Unicode blocks. Not thread-safe: one thread steps it.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    Progress(String task, long max) {
        this.bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
    }

    void step() {
        bar.step();
    }

    void stepTo(long done) {
        bar.stepTo(done);
    }

    @Override
    public void close() {
        bar.close();
    }
}
