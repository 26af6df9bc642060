package io.shopdesk.ruleengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unified diffs of one recorded rule version against another: modified, added, removed and binary files. */
class RuleVersionDiffTest {
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant T1 = Instant.parse("2026-12-02T10:00:00Z");

    static RuleVersion version(String id, Instant at, Map<String, String> files) {
        return new RuleVersion(id, at, List.of(), files);
    }

    @Test
    void aModifiedFileGetsAUnifiedDiffWithItsContextAndCounts() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String after = "a\nb\nc\nd\nE\nf\ng\nh\ni\n";
        RuleVersionDiff diff = RuleVersionDiff.between(version("old", T0, Map.of("x.drl", before, "same.drl", "s\n")),
                version("new", T1, Map.of("x.drl", after, "same.drl", "s\n")));
        assertThat(diff.version()).isEqualTo("new");
        assertThat(diff.against()).isEqualTo("old");
        assertThat(diff.againstLiveSince()).isEqualTo(T0);
        assertThat(diff.files()).hasSize(1);
        RuleVersionDiff.FileDiff file = diff.files().getFirst();
        assertThat(file.change()).isEqualTo("modified");
        assertThat(file.added()).isEqualTo(2);
        assertThat(file.removed()).isEqualTo(1);
        assertThat(file.lines()).containsExactly("--- a/x.drl", "+++ b/x.drl", "@@ -2,7 +2,8 @@",
                " b", " c", " d", "-e", "+E", " f", " g", " h", "+i");
    }

    @Test
    void addedRemovedAndBinaryFilesAreSaidToBeSo() {
        RuleVersionDiff diff = RuleVersionDiff.between(
                version("old", T0, Map.of("gone.drl", "rule\nend\n", "table.drl.xlsx", "AAAA")),
                version("new", T1, Map.of("new.drl", "one\n", "table.drl.xlsx", "BBBB")));
        assertThat(diff.files()).extracting(RuleVersionDiff.FileDiff::file, RuleVersionDiff.FileDiff::change,
                        RuleVersionDiff.FileDiff::binary, RuleVersionDiff.FileDiff::added, RuleVersionDiff.FileDiff::removed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("gone.drl", "removed", false, 0, 2),
                        org.assertj.core.groups.Tuple.tuple("new.drl", "added", false, 1, 0),
                        org.assertj.core.groups.Tuple.tuple("table.drl.xlsx", "modified", true, 0, 0));
        assertThat(diff.files().get(0).lines()).containsExactly("--- a/gone.drl", "+++ /dev/null", "@@ -1,2 +0,0 @@", "-rule", "-end");
        assertThat(diff.files().get(2).lines()).isEmpty();
    }

    @Test
    void theFirstVersionIsDiffedAgainstNothing() {
        RuleVersionDiff diff = RuleVersionDiff.between(null, version("first", T0, Map.of("a.drl", "x\ny\n")));
        assertThat(diff.against()).isNull();
        assertThat(diff.files().getFirst().change()).isEqualTo("added");
        assertThat(diff.files().getFirst().lines()).containsExactly("--- /dev/null", "+++ b/a.drl", "@@ -0,0 +1,2 @@", "+x", "+y");
    }
}
