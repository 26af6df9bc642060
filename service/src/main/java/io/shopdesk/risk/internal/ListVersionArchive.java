package io.shopdesk.risk.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every version of an allow or block list that the service read, by list and content hash (table
 * {@code risk_list_versions}, V51): the text an auditor must see for a decision's list version however many rule-set
 * versions went live since. The rule history holds list texts too, but only its last 100 entries are read for the
 * list versions page, so before this an older decision's version answered 404. A version is kept once, with the time
 * it was first seen and who put it live when known; keeping it again changes nothing. Thread-safe (stateless over
 * JDBC; two instances keeping the same version at once leave one row).
 */
@Component
public class ListVersionArchive {
    /** How long before a publish's own read of the lists the watcher may have read its files first. */
    static final java.time.Duration PUBLISH_LAG = java.time.Duration.ofMinutes(1);

    private final JdbcClient jdbc;

    ListVersionArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A kept version; {@code seq} orders the versions of a list by when they were first kept. */
    record Kept(long seq, String list, String version, String file, String text, Instant firstSeen, String origin) {
    }

    /**
     * Keeps each list of a read that decisions are about to use, with why it was read ({@code origin}: at start-up,
     * after a file changed on the server, or the draft that published it, {@link RiskLists}).
     */
    public void keep(ListSnapshot read, Instant at, RiskLists.ReadOrigins origins) {
        read.files().values().forEach(f -> keep(f.list(), f.file(), f.version(), f.text(), at, origins.of(f.file())));
    }

    /**
     * Keeps one version unless it is kept already. A version the watcher kept after a file changed on the server (or
     * one with no origin) whose publish is known now gets the publish's origin, when it was first read within
     * {@link #PUBLISH_LAG} before: the watcher may read a published file before the publish tells who made it. A
     * version read at start-up keeps its origin however recent: a publish back to that text (a list unblocked to
     * its start-up text a few seconds later) is another time the same text went live, not the reason it was read.
     * Neither does one read longer ago.
     */
    void keep(String list, String file, String version, String text, Instant at, String origin) {
        Optional<Kept> kept = find(list, version);
        if (kept.isPresent()) {
            if (origin != null && !isRead(origin) && (kept.get().origin() == null || isWatcherRead(kept.get().origin()))
                    && !kept.get().firstSeen().isBefore(at.minus(PUBLISH_LAG))) {
                jdbc.sql("UPDATE risk_list_versions SET origin = :origin WHERE seq = :seq")
                        .param("origin", origin).param("seq", kept.get().seq()).update();
            }
            return;
        }
        try {
            jdbc.sql("""
                            INSERT INTO risk_list_versions (list_name, version, file, text, first_seen, origin)
                            VALUES (:list, :version, :file, :text, :at, :origin)""")
                    .param("list", list).param("version", version).param("file", file).param("text", text)
                    .param("at", Timestamp.from(at)).param("origin", origin)
                    .update();
        } catch (DuplicateKeyException keptMeanwhile) {
            // Another instance (or the watcher and a publish) kept the same version first: the text is the same.
        }
    }

    private static boolean isWatcherRead(String origin) {
        return origin.equals(RiskLists.READ_AFTER_EDIT);
    }

    private static boolean isRead(String origin) {
        return origin.startsWith("read from the lists folder") || origin.startsWith("kept before V52");
    }

    Optional<Kept> find(String list, String version) {
        return jdbc.sql("""
                        SELECT seq, list_name, version, file, text, first_seen, origin FROM risk_list_versions
                        WHERE list_name = :list AND version = :version""")
                .param("list", list).param("version", version)
                .query(ListVersionArchive::kept).optional();
    }

    /**
     * The version of the list first seen just before {@code kept}, if any: what it changed from. By time first seen,
     * not by when kept, as versions found in the history are kept after the later ones the service read.
     */
    Optional<Kept> before(Kept kept) {
        return jdbc.sql("""
                        SELECT seq, list_name, version, file, text, first_seen, origin FROM risk_list_versions
                        WHERE list_name = :list AND (first_seen < :at OR (first_seen = :at AND seq < :seq))
                        ORDER BY first_seen DESC, seq DESC LIMIT 1""")
                .param("list", kept.list()).param("at", Timestamp.from(kept.firstSeen())).param("seq", kept.seq())
                .query(ListVersionArchive::kept).optional();
    }

    private static Kept kept(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Kept(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getString(7));
    }
}
