package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value added with its reason reads back, through the lists' own reader, as the value alone; removing keeps the rest. */
class ListEntriesTest {
    static final String SHIPPED = """
            value
            # Devices seen in confirmed fraud (demo values)
            dev-fraud-0001
            dev-fraud-0002
            """;

    @TempDir
    Path lists;

    @Test
    void theReasonSitsBesideTheValueAndTheReaderReadsTheValueAlone() throws Exception {
        String added = ListEntries.add(SHIPPED, "dev-9", "2026-12-07 officer:1a2b3c4d: chargeback, confirmed");
        assertThat(added).isEqualTo(SHIPPED + "dev-9,# 2026-12-07 officer:1a2b3c4d: chargeback, confirmed\n");
        Files.writeString(lists.resolve("blocked-devices.csv"), added);
        assertThat(RiskLists.read(lists).get("blocked-devices")).isEqualTo(Set.of("dev-fraud-0001", "dev-fraud-0002", "dev-9"));
        assertThat(ListEntries.holds(added, "dev-9")).isTrue();
        assertThat(ListEntries.holds(added, "Devices seen in confirmed fraud (demo values)")).isFalse();

        assertThat(ListEntries.remove(added, "dev-9")).isEqualTo(SHIPPED);
        assertThat(ListEntries.remove(added, "dev-fraud-0001")).doesNotContain("dev-fraud-0001\n").contains("dev-9,#");
    }

    @Test
    void aMissingFileStartsWithTheHeaderAndAReasonIsOneLine() {
        assertThat(ListEntries.add(null, "198.51.100.7", "bot\r\nfarm")).isEqualTo("value\n198.51.100.7,# bot farm\n");
        assertThat(ListEntries.add("value", "x", "r")).isEqualTo("value\nx,# r\n");
    }
}
