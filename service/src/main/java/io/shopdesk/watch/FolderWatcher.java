package io.shopdesk.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a folder tree and calls back when the content of any file in it changes. It compares a SHA-256 over every
 * file's path and bytes rather than trusting modification times or inotify, which miss edits on some file systems
 * and in containers. The folders it serves (rules, FAQ) are small, so hashing them every few seconds is cheap. A
 * change is acted on once the folder has looked the same on two checks in a row: a save in progress (an editor that
 * writes in place, scp, a {@code git pull} of several files) is not read half-written.
 * Thread-safe; one daemon thread per watcher; {@link #close()} stops it.
 */
public final class FolderWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);

    private final Path folder;
    private final Runnable onChange;
    private final ScheduledExecutorService scheduler;
    private volatile String lastFingerprint;
    /** What the folder looked like at the last check when it differed from {@link #lastFingerprint}; null if not. */
    private String settling;

    public FolderWatcher(String name, Path folder, Duration interval, Runnable onChange) {
        this(name, folder, interval, fingerprint(folder), onChange);
    }

    /**
     * A watcher that compares with the folder as it was when its content was read ({@link #fingerprint}), not as it
     * is now: an edit saved while a slow first load was running (the FAQ index takes seconds) is then acted on
     * instead of becoming the baseline.
     */
    public FolderWatcher(String name, Path folder, Duration interval, String loadedFingerprint, Runnable onChange) {
        this.folder = folder;
        this.onChange = onChange;
        this.lastFingerprint = loadedFingerprint;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "watch-" + name);
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(100, interval.toMillis());
        scheduler.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Checks now; returns true when a change has settled (the folder looks as it did at the previous check, and
     * different from when the callback last ran) and the callback ran.
     */
    public synchronized boolean check() {
        try {
            String now = fingerprint(folder);
            if (now.equals(lastFingerprint)) {
                settling = null;
                return false;
            }
            if (!now.equals(settling)) {
                settling = now;
                return false;
            }
            settling = null;
            lastFingerprint = now;
            onChange.run();
            return true;
        } catch (RuntimeException e) {
            log.error("Reacting to a change in {} failed: {}", folder, e.toString());
            return false;
        }
    }

    /** A hash over the relative path and content of every regular file under {@code folder}. */
    public static String fingerprint(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "missing";
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                digest.update(folder.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
