package io.shopdesk.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentileTest {
    @Test
    void nearestRankIsAlwaysOneOfTheSamples() {
        assertThat(Percentile.of(List.of(), 50)).isNull();
        assertThat(Percentile.of(List.of(7L), 90)).isEqualTo(7L);
        assertThat(Percentile.of(List.of(20L, 10L), 50)).isEqualTo(10L);
        assertThat(Percentile.of(List.of(20L, 10L), 90)).isEqualTo(20L);
        assertThat(Percentile.of(List.of(90L, 50L, 70L), 50)).isEqualTo(70L);
        List<Long> ten = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(Percentile.of(ten, 90)).isEqualTo(9L);
        assertThat(Percentile.of(ten, 100)).isEqualTo(10L);
    }
}
