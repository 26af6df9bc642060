package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdviceDidNotWorkTest {

    @ParameterizedTest
    @ValueSource(strings = {"still nothing", "still doesn't work", "Still not working!", "it still doesn't work",
            "I tried that already", "tried that, didn't work", "already tried everything", "same problem",
            "nope, still nothing", "it didn't work", "still no code", "the code still isn't coming", "nothing happened",
            "still the same", "I've already tried that", "still can't log in", "did that, still nothing",
            "still doesn’t work either"})
    void englishMessagesThatOnlySayTheAdviceFailed(String text) {
        assertThat(AdviceDidNotWork.says(text, "en")).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"my card still doesn't work at checkout", "still not here", "it's still not here",
            "my headphones stopped working", "the zipper doesn't work", "still", "nothing", "how does it work?",
            "that didn't help", ""})
    void englishMessagesAboutSomethingElseAreNone(String text) {
        assertThat(AdviceDidNotWork.says(text, "en")).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"还是不行", "还是收不到", "还是没用啊", "试过了", "都试过了，不行", "我试了还是不行", "照做了还是不行",
            "还是登不上", "但是还是用不了", "依然没反应", "还是一样"})
    void chineseMessagesThatOnlySayTheAdviceFailed(String text) {
        assertThat(AdviceDidNotWork.says(text, "zh")).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"还没到", "快递还是没到", "耳机还是没声音", "优惠券为什么还是用不了呢我都满减了", "不行", "行"})
    void chineseMessagesAboutSomethingElseAreNone(String text) {
        assertThat(AdviceDidNotWork.says(text, "zh")).as(text).isFalse();
    }

    @Test
    void eachLanguageHasItsOwnWording() {
        assertThat(AdviceDidNotWork.says("还是不行", "en")).isFalse();
        assertThat(AdviceDidNotWork.says("still nothing", "zh")).isFalse();
    }
}
