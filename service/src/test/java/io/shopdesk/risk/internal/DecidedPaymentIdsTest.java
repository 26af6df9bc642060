package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter of decided payment ids: everything may have been decided until the stored ids are read. */
class DecidedPaymentIdsTest {

    @Test
    void beforeTheStoredIdsAreReadEveryIdIsLookedUpAfterwardsOnlyKnownOnes() {
        DecidedPaymentIds ids = new DecidedPaymentIds();
        assertThat(ids.mayHaveBeenDecided("p-new")).as("not read yet").isTrue();

        ids.add("p-decided-during-start-up");
        ids.load(each -> List.of("p-stored-1", "p-stored-2").forEach(each));

        assertThat(ids.loaded()).isTrue();
        assertThat(ids.mayHaveBeenDecided("p-stored-1")).isTrue();
        assertThat(ids.mayHaveBeenDecided("p-decided-during-start-up")).isTrue();
        long falsePositives = java.util.stream.IntStream.range(0, 10_000)
                .filter(i -> ids.mayHaveBeenDecided("p-new-" + i)).count();
        assertThat(falsePositives).as("0.1 %% of new ids at most, give or take").isLessThan(30);
        ids.add("p-new-1");
        assertThat(ids.mayHaveBeenDecided("p-new-1")).isTrue();
    }
}
