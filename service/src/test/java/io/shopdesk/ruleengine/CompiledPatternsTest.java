package io.shopdesk.ruleengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompiledPatternsTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", textBlock = """
            true => what if I'm charged twice? => (?is).*\\b(if|in case|suppose|supposing|what happens)\\b.*
            false => I was charged twice => (?is).*\\b(if|in case|suppose|supposing|what happens)\\b.*
            true => 如果重复扣款怎么办 => (?s).*(如果|万一|要是|假如|的话).*
            false => 重复扣款了 => (?s).*(如果|万一|要是|假如|的话).*
            true => WHAT HAPPENS NOW => (?is).*\\b(if|in case|suppose|supposing|what happens)\\b.*
            false => refund => refund.+
            """)
    void answersAsStringMatches(boolean expected, String text, String regex) {
        assertThat(CompiledPatterns.matches(text, regex)).isEqualTo(expected).isEqualTo(text.matches(regex));
    }

    @Test
    void compilesAnExpressionOnce() {
        assertThat(CompiledPatterns.pattern("(?s).*(付款|支付).*")).isSameAs(CompiledPatterns.pattern("(?s).*(付款|支付).*"));
    }

    @Test
    void startsAfreshPastItsSizeAndStillAnswers() {
        for (int i = 0; i <= CompiledPatterns.MAX_PATTERNS; i++) {
            assertThat(CompiledPatterns.matches("order " + i, "order " + i)).isTrue();
        }
        assertThat(CompiledPatterns.matches("order 1", "order 2")).isFalse();
    }

    @Test
    void replacesAsStringReplaceAllDoes() {
        String text = "不用转人工了，谢谢";
        String regex = "(?s)(不用|不需要)(转)?人工了";
        assertThat(CompiledPatterns.replaceAll(text, regex, " ")).isEqualTo(text.replaceAll(regex, " ")).isEqualTo(" ，谢谢");
        assertThat(CompiledPatterns.replaceAll("cancel the agent", "\\bcancel (the )?agent\\b", "")).isEmpty();
    }

    @Test
    void aBadExpressionFailsAsStringMatchesDoes() {
        assertThatThrownBy(() -> CompiledPatterns.matches("x", "(unclosed")).isInstanceOf(PatternSyntaxException.class);
    }
}
