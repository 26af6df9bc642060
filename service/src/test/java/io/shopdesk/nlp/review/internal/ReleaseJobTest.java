package io.shopdesk.nlp.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which refusals a reviewer may release anyway: only one where {@code below_floor} is the sole failed check; a noise
 * check's refusal never, even beside the floors. An override turns the job into a release that keeps its figures.
 */
class ReleaseJobTest {
    static final Instant AT = Instant.parse("2026-12-07T07:00:00Z");
    static final GateCheck FLOOR_FAILS = new GateCheck("below_floor", false, "below", List.of());
    static final GateCheck F1_FAILS = new GateCheck("intent_f1_drop", false, "dropped", List.of());
    static final GateCheck PROBE_PASSES = new GateCheck("off_topic_probe", true, "fine", List.of());
    static final GateCheck LABELS_FAIL = new GateCheck("new_label_agreement", false, "noise", List.of());

    private static ReleaseJob.View refused(String reason, GateCheck... checks) {
        ReleaseJob job = new ReleaseJob(7, "supervisor", AT);
        job.checked(List.of(), List.of(checks));
        job.finish("refused", reason, "Refused", null, AT);
        return job.view();
    }

    @Test
    void onlyARefusalByTheFloorsAloneMayBeReleasedAnyway() {
        assertThat(refused("below_floor", FLOOR_FAILS, PROBE_PASSES).refusedOnlyBelowFloor()).isTrue();
        assertThat(refused("below_floor", FLOOR_FAILS, F1_FAILS).refusedOnlyBelowFloor()).isFalse();
        assertThat(refused("below_floor", FLOOR_FAILS, PROBE_PASSES, LABELS_FAIL).refusedOnlyBelowFloor()).isFalse();
        assertThat(refused("new_label_agreement", LABELS_FAIL).refusedOnlyBelowFloor()).isFalse();
        assertThat(refused("data_changed", PROBE_PASSES).refusedOnlyBelowFloor()).isFalse();
    }

    @Test
    void anOverriddenJobIsReleasedWithWhoWhenAndWhyAndKeepsItsFigures() {
        ReleaseJob job = new ReleaseJob(7, "supervisor", AT);
        job.checked(List.of(), List.of(FLOOR_FAILS, PROBE_PASSES));
        job.finish("refused", "below_floor", "Refused", null, AT);
        var override = new ReleaseJob.ReleaseOverride("lead", AT.plusSeconds(60), "a new intent");
        job.overridden(override, "v2", "Released v2 anyway");

        ReleaseJob.View view = job.view();
        assertThat(view.status()).isEqualTo("released");
        assertThat(view.reason()).isEqualTo("below_floor_overridden");
        assertThat(view.released()).isEqualTo("v2");
        assertThat(view.override()).isEqualTo(override);
        assertThat(view.startedBy()).isEqualTo("supervisor");
        assertThat(view.checks()).containsExactly(FLOOR_FAILS, PROBE_PASSES);
        assertThat(view.refusedOnlyBelowFloor()).as("released: not again").isFalse();
    }
}
