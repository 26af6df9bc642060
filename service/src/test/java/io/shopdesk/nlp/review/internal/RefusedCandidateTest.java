package io.shopdesk.nlp.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.model.ModelRelease;
import io.shopdesk.nlp.intent.IntentExample;
import io.shopdesk.nlp.intent.IntentModelStore;
import io.shopdesk.nlp.intent.IntentReleaseTrainer;
import io.shopdesk.nlp.internal.StagesForTests;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Release anyway" candidate kept on disk: one at a time (keeping another replaces it), found only for its own
 * job, released byte for byte with the override in the manifest, and gone once released or cleared. A real candidate,
 * trained by the release recipe on a few examples, written to a temporary folder.
 */
class RefusedCandidateTest {
    @TempDir
    Path dir;

    @Test
    void keepsOneCandidateForItsJobAndReleasesItByteForByte() {
        IntentReleaseTrainer release = new IntentReleaseTrainer(StagesForTests.intentTrainer());
        List<IntentExample> examples = List.of(new IntentExample("where is my parcel", "track_parcel"),
                new IntentExample("has my package shipped", "track_parcel"), new IntentExample("hello there", "greet"),
                new IntentExample("good morning", "greet"));
        var recipe = IntentReleaseTrainer.Recipe.defaults(0.45);
        var candidate = release.train(examples, all -> all.stream().map(release.trainer()::features).toList(),
                "data-hash", recipe, null);
        RefusedCandidate kept = new RefusedCandidate(dir.resolve(RefusedCandidate.FOLDER));

        kept.keep(7, candidate, "20261206125206");
        assertThat(kept.of(7)).contains(new RefusedCandidate.Kept(7, "data-hash", "20261206125206"));
        assertThat(kept.of(6)).isEmpty();
        // A later job's candidate supersedes it.
        kept.keep(8, candidate, null);
        assertThat(kept.of(7)).isEmpty();
        assertThat(kept.of(8)).contains(new RefusedCandidate.Kept(8, "data-hash", null));

        String sha = IntentModelStore.manifest(kept.folder()).orElseThrow().sha256();
        var override = new IntentModelStore.GateOverride("below_floor", "supervisor", "2026-12-07T09:00:00Z", "why", 8);
        var released = kept.release(dir.resolve("intent-model"), override);
        assertThat(released.sha256()).isEqualTo(sha);
        assertThat(ModelRelease.sha256(dir.resolve("intent-model/model.bin"))).isEqualTo(sha);
        assertThat(released.gateOverride()).isEqualTo(override);
        assertThat(released.trainingDataHash()).isEqualTo("data-hash");
        assertThat(released.examples()).isEqualTo(4);
        assertThat(kept.folder()).doesNotExist();
        assertThat(kept.of(8)).isEmpty();

        kept.keep(9, candidate, null);
        kept.clear();
        assertThat(kept.folder()).doesNotExist();
        assertThat(kept.of(9)).isEmpty();
    }
}
