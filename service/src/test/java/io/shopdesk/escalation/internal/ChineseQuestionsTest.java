package io.shopdesk.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseQuestionsTest {

    /** Whether the word {@code word} (its first occurrence) is only asked about in {@code text}. */
    private static boolean asked(String text, String word) {
        return ChineseQuestions.of(text).askedAbout(text.indexOf(word));
    }

    @Test
    void aYesNoQuestionAsksAboutItsWords() {
        assertThat(asked("这个是骗子吗？", "骗子")).isTrue();
        assertThat(asked("这个是骗子吗", "骗子")).as("no question mark needed").isTrue();
        assertThat(asked("这是假货吗呀", "假货")).isTrue();
        assertThat(asked("是不是骗人的？", "骗人")).isTrue();
        assertThat(asked("会不会是假货", "假货")).isTrue();
        assertThat(asked("这家店是否靠谱", "靠谱")).isTrue();
        assertThat(asked("你们是骗子吗", "骗子")).as("asks about us, names us nothing").isTrue();
    }

    @Test
    void otherClausesAndQuestionWordsAskNothing() {
        assertThat(asked("垃圾客服到底什么时候发货？", "垃圾")).as("a question word").isFalse();
        assertThat(asked("你们这破系统怎么老是付不了款？", "破系统")).isFalse();
        assertThat(asked("太垃圾了，能退钱吗", "垃圾")).as("the question is the next clause").isFalse();
        assertThat(asked("太垃圾了，能退钱吗", "退钱")).isTrue();
        assertThat(asked("这是骗子", "骗子")).isFalse();
    }

    @Test
    void aWordAimedAtTheShopIsNoDoubtEvenInAQuestion() {
        assertThat(asked("你们这群骗子是不是把我钱吞了？", "骗子")).isFalse();
        assertThat(asked("你们这垃圾客服还在吗？", "垃圾")).isFalse();
        assertThat(asked("你这个骗子会不会退钱", "骗子")).isFalse();
        assertThat(asked("这破网站是不是又崩了", "破网站")).as("not named ours").isTrue();
        assertThat(asked("你们这破网站是不是又崩了", "破网站")).isFalse();
    }
}
