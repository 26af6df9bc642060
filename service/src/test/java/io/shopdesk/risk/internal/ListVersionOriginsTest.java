package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every list version the service keeps says who or what stored it (issue 5, an auditor's trail): read at start-up,
 * read after a file changed on the server, or published by a draft, on a real H2 database migrated by Flyway. Before,
 * a version kept from a read had no origin at all.
 */
class ListVersionOriginsTest {
    static final Instant START = Instant.parse("2026-12-07T09:00:00Z");
    static final String DRAFT_9 = "draft 9 proposed by Li Wei, published by Li Wei: add dev-x to blocked-devices";
    static final String DRAFT_10 = "draft 10 proposed by Li Wei, published by Chen Jing: back to the shipped list";

    @TempDir
    Path lists;

    static JdbcClient database(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return JdbcClient.create(dataSource);
    }

    String origin(ListVersionArchive archive, String list, String text) {
        return archive.find(list, ListSnapshot.version(text)).orElseThrow().origin();
    }

    @Test
    void eachKeptVersionSaysWhoOrWhatStoredIt() throws Exception {
        ListVersionArchive archive = new ListVersionArchive(database("list-origins"));
        AtomicReference<Instant> now = new AtomicReference<>(START);
        String shipped = "value\ndev-fraud-0001\n";
        String ips = "value\n203.0.113.66\n";
        Files.writeString(lists.resolve("blocked-devices.csv"), shipped);
        Files.writeString(lists.resolve("blocked-ips.csv"), ips);
        try (RiskLists read = new RiskLists(lists, (snapshot, origins) -> archive.keep(snapshot, now.get(), origins))) {
            assertThat(origin(archive, "blocked-devices", shipped)).isEqualTo(RiskLists.READ_AT_START)
                    .isEqualTo("read from the lists folder at start-up");

            // A draft publishes a device: its version is kept with the draft; the list it did not touch keeps its own.
            now.set(START.plus(Duration.ofMinutes(5)));
            String withX = shipped + "dev-x,# 2026-12-07 Li Wei: chargeback\n";
            Files.writeString(lists.resolve("blocked-devices.csv"), withX);
            read.reread(DRAFT_9, Set.of("blocked-devices.csv"));
            assertThat(origin(archive, "blocked-devices", withX)).isEqualTo(DRAFT_9);
            assertThat(origin(archive, "blocked-ips", ips)).isEqualTo(RiskLists.READ_AT_START);

            // The watcher read the next publish's file first: the publish, a moment later, says who made it.
            now.set(START.plus(Duration.ofMinutes(10)));
            String withY = withX + "dev-y\n";
            Files.writeString(lists.resolve("blocked-devices.csv"), withY);
            archive.keep(ListSnapshot.read(lists), now.get(), file -> RiskLists.READ_AFTER_EDIT);
            assertThat(origin(archive, "blocked-devices", withY)).isEqualTo(
                    "read from the lists folder after a file changed on the server (not through the console)");
            now.set(now.get().plusSeconds(2));
            read.reread("draft 11 proposed by Li Wei, published by Li Wei: add dev-y", Set.of("blocked-devices.csv"));
            assertThat(origin(archive, "blocked-devices", withY))
                    .isEqualTo("draft 11 proposed by Li Wei, published by Li Wei: add dev-y");

            // Back to the start-up text an hour later: that version was first live at start-up, and says so still.
            now.set(START.plus(Duration.ofHours(1)));
            Files.writeString(lists.resolve("blocked-devices.csv"), shipped);
            read.reread(DRAFT_10, Set.of("blocked-devices.csv"));
            assertThat(origin(archive, "blocked-devices", shipped)).isEqualTo(RiskLists.READ_AT_START);
        }
    }

    /**
     * A list unblocked back to its start-up text seconds after the start (a fast test, or an officer undoing a mistake
     * at once): the start-up version keeps its origin. Before, any kept version read less than a minute earlier took
     * the publish's origin, so ListVersionsIT failed whenever it ran in under a minute.
     */
    @Test
    void aPublishBackToTheStartUpTextSecondsLaterLeavesItsOrigin() throws Exception {
        ListVersionArchive archive = new ListVersionArchive(database("list-origins-fast"));
        AtomicReference<Instant> now = new AtomicReference<>(START);
        String shipped = "value\ndev-fraud-0001\n";
        Files.writeString(lists.resolve("blocked-devices.csv"), shipped);
        try (RiskLists read = new RiskLists(lists, (snapshot, origins) -> archive.keep(snapshot, now.get(), origins))) {
            now.set(START.plusSeconds(3));
            Files.writeString(lists.resolve("blocked-devices.csv"), shipped + "dev-x\n");
            read.reread(DRAFT_9, Set.of("blocked-devices.csv"));
            now.set(START.plusSeconds(6));
            Files.writeString(lists.resolve("blocked-devices.csv"), shipped);
            read.reread(DRAFT_10, Set.of("blocked-devices.csv"));
            assertThat(origin(archive, "blocked-devices", shipped)).isEqualTo(RiskLists.READ_AT_START);
        }
    }
}
