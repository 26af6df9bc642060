package io.shopdesk.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {
    @TempDir
    Path folder;

    @Test
    void callsBackOnceForEachContentChangeOnceItHasSettled() throws Exception {
        Files.writeString(folder.resolve("a.drl"), "one");
        AtomicInteger changes = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher("test", folder, Duration.ofHours(1), changes::incrementAndGet)) {
            assertThat(watcher.check()).isFalse();
            Files.writeString(folder.resolve("a.drl"), "two");
            assertThat(watcher.check()).as("first seen: may still be being written").isFalse();
            assertThat(watcher.check()).as("the same at the next check: settled").isTrue();
            assertThat(watcher.check()).isFalse();
            Files.createDirectories(folder.resolve("sub"));
            Files.writeString(folder.resolve("sub/b.txt"), "x");
            assertThat(watcher.check()).isFalse();
            assertThat(watcher.check()).isTrue();
            assertThat(changes.get()).isEqualTo(2);
        }
    }

    @Test
    void anEditSavedWhileTheFirstLoadRanIsActedOn() throws Exception {
        Files.writeString(folder.resolve("faq.yml"), "one");
        String loaded = FolderWatcher.fingerprint(folder);
        Files.writeString(folder.resolve("faq.yml"), "two"); // saved while the slow first load was running
        AtomicInteger changes = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher("test", folder, Duration.ofHours(1), loaded, changes::incrementAndGet)) {
            assertThat(watcher.check()).isFalse();
            assertThat(watcher.check()).isTrue();
            assertThat(changes.get()).isEqualTo(1);
        }
    }

    @Test
    void aFileStillBeingWrittenIsNotActedOnUntilItStopsChanging() throws Exception {
        AtomicInteger changes = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher("test", folder, Duration.ofHours(1), changes::incrementAndGet)) {
            Files.writeString(folder.resolve("rules.drl"), "rule \"half");
            assertThat(watcher.check()).isFalse();
            Files.writeString(folder.resolve("rules.drl"), "rule \"half\" when then end");
            assertThat(watcher.check()).as("changed again since the last check").isFalse();
            assertThat(watcher.check()).isTrue();
            Files.writeString(folder.resolve("rules.drl"), "one");
            assertThat(watcher.check()).isFalse();
            Files.writeString(folder.resolve("rules.drl"), "rule \"half\" when then end");
            assertThat(watcher.check()).as("back to what was acted on: nothing to do").isFalse();
            assertThat(watcher.check()).isFalse();
            assertThat(changes.get()).isEqualTo(1);
        }
    }

    @Test
    void pollsByItself() throws Exception {
        AtomicInteger changes = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher("test", folder, Duration.ofMillis(100), changes::incrementAndGet)) {
            Files.writeString(folder.resolve("new.yml"), "x");
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (changes.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(changes.get()).isEqualTo(1);
        }
    }
}
