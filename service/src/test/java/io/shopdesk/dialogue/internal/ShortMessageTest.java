package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortMessageTest {

    @Test
    void aMessageIsShortEnoughForItsLanguageWhenNotBlank() {
        assertThat(ShortMessage.within("能便宜点吗", "zh", 5, 2)).isTrue();
        assertThat(ShortMessage.within("能便宜点吗？", "zh", 5, 80)).isFalse();
        assertThat(ShortMessage.within("hurry up", "en", 2, 8)).isTrue();
        assertThat(ShortMessage.within("hurry up!", "en", 30, 8)).isFalse();
        assertThat(ShortMessage.within("   ", 10)).isFalse();
        assertThat(ShortMessage.within(null, 10)).isFalse();
    }

    @Test
    void englishIsReadLowerCasedStrippedWithPlainApostrophes() {
        assertThat(ShortMessage.english("  Don’t You Have A Discount? ")).isEqualTo("don't you have a discount?");
    }
}
