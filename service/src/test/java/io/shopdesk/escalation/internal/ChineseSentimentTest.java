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

    /** Against the default policy: a turn is negative at -0.5 or below, the shopper clearly upset at -0.8 or below. */
    @Test
    void ordinaryProblemsAreNotEvenNegativeWhileAngryShoppersAreVeryNegative() {
        assertThat(SHIPPED.score("退款怎么还没到")).isZero();
        assertThat(SHIPPED.score("快递太慢了")).isCloseTo(-0.45, within(1e-9));
        assertThat(SHIPPED.score("登录不了")).isZero();
        assertThat(SHIPPED.score("你们这什么垃圾服务，气死我了")).isEqualTo(-1.0);
        assertThat(SHIPPED.score("再不处理我就投诉到消协")).isCloseTo(-0.9, within(1e-9));
        assertThat(SHIPPED.score("我要投诉")).as("a complaint, acknowledged by the bot first").isCloseTo(-0.6, within(1e-9));
    }

    /**
     * Two mild words are no outburst: the message counts its most negative word (a sum made these -0.8 or below and
     * handed them to a person at once), while what angry shoppers write (a very negative word, a second strong one,
     * exclamation marks) stays at or below -0.8.
     */
    @Test
    void problemReportsWithSeveralMildWordsStayBelowVeryNegative() {
        assertThat(SHIPPED.score("东西坏了，能退钱吗")).isCloseTo(-0.5, within(1e-9));
        assertThat(SHIPPED.score("手机壳坏了，想退钱")).isCloseTo(-0.5, within(1e-9));
        assertThat(SHIPPED.score("收到的杯子坏了，包装也破损了")).isCloseTo(-0.4, within(1e-9));
        assertThat(SHIPPED.score("等了好久一直没发货")).isCloseTo(-0.5, within(1e-9));
        assertThat(SHIPPED.score("快递太慢了，等了好久")).isCloseTo(-0.5, within(1e-9));
        assertThat(SHIPPED.score("衣服有破损，包装也坏了，怎么处理")).isCloseTo(-0.4, within(1e-9));
        assertThat(SHIPPED.score("鞋子穿了一次就坏了，有点失望")).isCloseTo(-0.7, within(1e-9));

        assertThat(SHIPPED.score("你们这什么垃圾服务，气死我了")).isEqualTo(-1.0);
        assertThat(SHIPPED.score("再不处理我就投诉到消协")).as("投诉 -0.6 deepened by 消协").isCloseTo(-0.9, within(1e-9));
        assertThat(SHIPPED.score("你们就是骗子，太恶心了")).isEqualTo(-1.0);
        assertThat(SHIPPED.score("气死我了！！！退钱！")).isEqualTo(-1.0);
        assertThat(SHIPPED.score("什么破平台，垃圾")).isEqualTo(-1.0);
        assertThat(SHIPPED.score("我要曝光你们，太坑人了")).isEqualTo(-1.0);
    }

    @Test
    void theMostNegativeWordCountsDeepenedByFurtherStrongWordsAndExclamations() {
        ChineseSentiment s = new ChineseSentiment(Map.of("坏了", -0.4, "退钱", -0.5, "投诉", -0.6, "消协", -0.7,
                "谢谢", 0.3, "满意", 0.6));
        assertThat(s.score("坏了，退钱")).as("two mild words: the worse one").isCloseTo(-0.5, within(1e-9));
        assertThat(s.score("投诉消协")).as("two strong words").isCloseTo(-0.9, within(1e-9));
        assertThat(s.score("坏了！！")).isCloseTo(-0.6, within(1e-9));
        assertThat(s.score("投诉，谢谢")).as("thanks do not soften a complaint").isCloseTo(-0.6, within(1e-9));
        assertThat(s.score("满意，谢谢")).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void wordsHoldingASentimentWordCarryNone() {
        assertThat(SHIPPED.score("这个空气炸锅多大容量")).as("not 气炸").isZero();
        assertThat(SHIPPED.score("验证码会不会在垃圾短信里")).as("not 垃圾").isZero();
        assertThat(SHIPPED.score("用券提示不满足使用条件")).as("not 不满").isZero();
        assertThat(SHIPPED.score("不好意思，想问一下发票")).as("not 不好").isZero();
        assertThat(SHIPPED.score("推荐一双慢跑鞋")).as("not 慢").isZero();
        assertThat(SHIPPED.score("会不会是假货")).as("a worried question, not an outburst").isGreaterThan(-0.8);
    }

    /** Asking whether something is a fraud or a fake doubts it, as "is this a scam?" does in English. */
    @Test
    void aStrongWordAYesNoQuestionOnlyAsksAboutDoesNotCount() {
        assertThat(SHIPPED.score("这个是骗子吗？")).as("was -1, and handed the shopper over").isZero();
        assertThat(SHIPPED.score("这个网站是诈骗吗")).isZero();
        assertThat(SHIPPED.score("是不是骗人的？")).isZero();
        assertThat(SHIPPED.score("会不会是假货")).isZero();
        assertThat(SHIPPED.score("你们是骗子吗")).as("asks about us, calls us nothing").isZero();
        assertThat(SHIPPED.score("这个对小孩不好吗？")).as("a worried question: a mild word stays, never an outburst")
                .isCloseTo(-0.5, within(1e-9));
        assertThat(SHIPPED.score("东西坏了，能退钱吗")).as("still wants the money back").isCloseTo(-0.5, within(1e-9));
    }

    /** An insult aimed at the shop counts in any question; the question is still answered by the dialogue. */
    @Test
    void anInsultAimedAtTheShopCountsInsideAQuestion() {
        assertThat(SHIPPED.score("你们这群骗子是不是把我钱吞了？")).isEqualTo(-1.0);
        assertThat(SHIPPED.score("你们这垃圾客服还在吗？")).isEqualTo(-1.0);
        assertThat(SHIPPED.score("垃圾客服到底什么时候发货？")).as("a question word: no yes/no question").isEqualTo(-1.0);
        assertThat(SHIPPED.score("你们这破系统怎么老是付不了款？")).as("破系统: strong, not an outburst alone")
                .isCloseTo(-0.7, within(1e-9));
        assertThat(SHIPPED.score("这破网站是不是又崩了")).as("asked about, not named ours").isZero();
        assertThat(SHIPPED.score("你们这破网站是不是又崩了")).isCloseTo(-0.7, within(1e-9));
    }

    @Test
    void aBrokenLineIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "word,score\n好,0.5\n坏,bad\n");
        assertThatThrownBy(() -> ChineseSentiment.load(file)).hasMessage(file + ":3: score is not a number: bad");
    }
}
