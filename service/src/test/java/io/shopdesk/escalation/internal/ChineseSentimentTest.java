package io.shopdesk.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChineseSentimentTest {
    static final ChineseSentiment SHIPPED = ChineseSentiment.load(Path.of("nlp-models/sentiment/zh-sentiment.csv"));

    @Test
    void scoresWordsWithNegatorsAndIntensifiers() {
        ChineseSentiment s = new ChineseSentiment(Map.of("满意", 0.6, "不满意", -0.7, "慢", -0.3, "垃圾", -1.0));
        assertThat(s.score("很满意")).isCloseTo(0.78, within(1e-9));
        assertThat(s.score("不满意")).isCloseTo(-0.7, within(1e-9));
        assertThat(s.score("没满意")).isCloseTo(-0.48, within(1e-9));
        assertThat(s.score("太慢了")).isCloseTo(-0.45, within(1e-9));
        assertThat(s.score("垃圾！垃圾！！")).isEqualTo(-1.0);
        assertThat(s.score("你好")).isZero();
    }

    @Test
    void theShippedLexiconSeparatesUpsetFromCalmShoppers() {
        assertThat(SHIPPED.score("你们这是什么垃圾服务，气死我了！！")).isLessThanOrEqualTo(-0.5);
        assertThat(SHIPPED.score("客服态度太差了，我要投诉")).isLessThanOrEqualTo(-0.5);
        assertThat(SHIPPED.score("我的快递到哪了")).isZero();
        assertThat(SHIPPED.score("有点慢")).isGreaterThan(-0.5);
        assertThat(SHIPPED.score("非常满意，谢谢")).isGreaterThan(0.5);
    }

    @Test
    void aBrokenLineIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "word,score\n好,0.5\n坏,bad\n");
        assertThatThrownBy(() -> ChineseSentiment.load(file)).hasMessage(file + ":3: score is not a number: bad");
    }
}
