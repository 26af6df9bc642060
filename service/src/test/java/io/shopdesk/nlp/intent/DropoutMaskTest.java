package io.shopdesk.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DropoutMaskTest {

    static int kept(DropoutMask mask, int draws) {
        int kept = 0;
        for (int i = 0; i < draws; i++) {
            kept += mask.keep() ? 1 : 0;
        }
        return kept;
    }

    @Test
    void atOneHalfEachDrawIsOneBitOfNextLong() {
        Random random = new Random(42);
        long first = new Random(42).nextLong();
        DropoutMask mask = new DropoutMask(random, 0.5);

        for (int bit = 0; bit < 64; bit++) {
            assertThat(mask.keep()).as("bit %d", bit).isEqualTo(((first >>> bit) & 1) != 0);
        }
    }

    @Test
    void keepsTheAskedShareAndRepeatsForTheSameSeed() {
        assertThat(kept(new DropoutMask(new Random(7), 0.5), 100_000)).isBetween(49_000, 51_000);
        assertThat(kept(new DropoutMask(new Random(7), 0.8), 100_000)).isBetween(79_000, 81_000);
        assertThat(kept(new DropoutMask(new Random(7), 0.5), 1_000)).isEqualTo(kept(new DropoutMask(new Random(7), 0.5), 1_000));
    }
}
