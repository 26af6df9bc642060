package io.shopdesk.risk.internal;

import io.shopdesk.risk.internal.RiskDecisionRepository.AuditRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Writes the risk decisions' audit rows on one background thread, in batches of up to {@value #MAX_BATCH} rows per
 * transaction, so that a decision's response does not wait for its INSERT (one row per statement and commit cost
 * a large share of a request's time under load).
 *
 * <p>Nothing is dropped. A full queue makes {@link #submit} wait (back-pressure) rather than discard a row. A batch
 * that fails is retried row by row; a database that is down is retried with a growing pause until it comes back,
 * and a row the database rejects for itself (a constraint) is logged at ERROR with its whole content, so the audit
 * record survives in the log. {@link #flush} waits until every row submitted before the call is in the database, so
 * a decision can be read back right after it is returned. {@link #close} (at shutdown) drains the queue; rows
 * submitted after it are written on the caller's thread. {@link #pendingPaymentRow} and {@link #pendingApplicationRow}
 * find a payment's or a financing application's decision that is not written yet, so that a retry arriving meanwhile
 * gets it without waiting for a flush. A second row for a payment id or an application id (two service instances
 * deciding it at once) is one the database rejects (V12, V15): it is logged, and the first row stays.
 *
 * <p>Thread-safe.
 */
@Component
public class DecisionAuditWriter implements AutoCloseable {
    static final int MAX_BATCH = 256;
    private static final Logger log = LoggerFactory.getLogger(DecisionAuditWriter.class);
    private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

    private final RiskDecisionRepository repository;
    private final BlockingQueue<AuditRow> queue;
    private final Thread writer;
    /** Rows accepted (counted before they enter the queue, so that a flush never misses one still on its way). */
    private final AtomicLong accepted = new AtomicLong();
    /**
     * Decisions submitted and not yet written, by {@link #key} (kind and payment or application id); removed only once
     * the row is committed.
     */
    private final Map<String, AuditRow> pendingRows = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition progress = lock.newCondition();
    private long written;
    private volatile boolean closing;

    @Autowired
    public DecisionAuditWriter(RiskDecisionRepository repository) {
        this(repository, 8_192);
    }

    DecisionAuditWriter(RiskDecisionRepository repository, int capacity) {
        this.repository = repository;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = Thread.ofPlatform().name("risk-audit-writer").daemon().start(this::run);
    }

    /** Queues a row; waits while the queue is full. */
    public void submit(AuditRow row) {
        pendingRows.put(key(row), row);
        if (closing) {
            writeNow(List.of(row));
            return;
        }
        accepted.incrementAndGet();
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(row);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (closing) {
            // close() began while this row was on its way; the writer may have stopped already, so whatever is
            // left is written here (drainTo hands each row to one taker only).
            List<AuditRow> rest = new ArrayList<>();
            queue.drainTo(rest);
            if (!rest.isEmpty()) {
                writeAndCount(rest);
            }
        }
    }

    /**
     * Waits until every row submitted before this call is written (at most {@link #FLUSH_TIMEOUT}: when the database
     * is down the read that follows fails on its own).
     */
    public void flush() {
        long target = accepted.get();
        long deadline = System.nanoTime() + FLUSH_TIMEOUT.toNanos();
        lock.lock();
        try {
            while (written < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    log.warn("Risk audit rows still pending after {}; reading without them", FLUSH_TIMEOUT);
                    return;
                }
                progress.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** The row (decision and the request it judged) of {@code paymentId} submitted but not yet written, if any. */
    public Optional<AuditRow> pendingPaymentRow(String paymentId) {
        return Optional.ofNullable(pendingRows.get(key("payment", paymentId)));
    }

    /** The row of financing application {@code applicationId} submitted but not yet written, if any. */
    public Optional<AuditRow> pendingApplicationRow(String applicationId) {
        return Optional.ofNullable(pendingRows.get(key("financing", applicationId)));
    }

    private static String key(AuditRow row) {
        return key(row.decision().kind(), row.decision().subjectId());
    }

    private static String key(String kind, String subjectId) {
        return kind + ' ' + subjectId;
    }

    /** How many rows wait to be written. */
    public int pending() {
        return (int) (accepted.get() - writtenSoFar());
    }

    private long writtenSoFar() {
        lock.lock();
        try {
            return written;
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        List<AuditRow> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            try {
                AuditRow first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    // A row counted in accepted but not yet queued is on its way: wait for it too.
                    if (closing && accepted.get() == writtenSoFar()) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException e) {
                // Only close() interrupts, and only after the time it gives the queue to drain.
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            writeAndCount(batch);
            batch.clear();
        }
    }

    private void writeAndCount(List<AuditRow> rows) {
        writeNow(rows);
        lock.lock();
        try {
            written += rows.size();
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void writeNow(List<AuditRow> rows) {
        try {
            writeBatchOrOneByOne(rows);
        } finally {
            for (AuditRow row : rows) {
                pendingRows.remove(key(row), row);
            }
        }
    }

    private void writeBatchOrOneByOne(List<AuditRow> rows) {
        try {
            repository.saveAll(rows);
            return;
        } catch (RuntimeException e) {
            log.error("Writing {} risk audit rows failed ({}); writing them one by one", rows.size(), e.toString());
        }
        for (AuditRow row : rows) {
            writeOne(row);
        }
    }

    private void writeOne(AuditRow row) {
        long pause = 50;
        for (int attempt = 1; ; attempt++) {
            try {
                repository.save(row);
                if (attempt > 1) {
                    log.info("Risk audit row {} written after {} attempts", row.decision().decisionId(), attempt);
                }
                return;
            } catch (DataIntegrityViolationException e) {
                log.error("The database rejected risk audit row {}; its content for the record: {}",
                        row.decision().decisionId(), row, e);
                return;
            } catch (RuntimeException e) {
                if (attempt == 1 || attempt % 20 == 0) {
                    log.error("Writing risk audit row {} failed (attempt {}); retrying: {}",
                            row.decision().decisionId(), attempt, e.toString());
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    log.error("Interrupted while retrying; risk audit row not written: {}", row);
                    return;
                }
                pause = Math.min(pause * 2, MAX_PAUSE.toMillis());
            }
        }
    }

    /** Stops taking rows into the queue, waits for it to drain (up to a minute) and stops the thread. */
    @Override
    public void close() {
        closing = true;
        try {
            writer.join(Duration.ofMinutes(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            writer.interrupt();
            log.error("Risk audit writer did not drain in a minute; {} rows not written", queue.size());
        }
    }
}
