package io.shopdesk.recommendation.internal;

import static io.shopdesk.recommendation.internal.CardAttributeQuestionTest.WORDS;
import static io.shopdesk.recommendation.internal.ShownCardQuestionTest.cards;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.recommendation.Product;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A message that points at a shown card and asks whether it has a feature is a question about that card, whatever
 * product word it holds ("does the first one have a backlit keyboard?" after a laptop asks about the laptop, not for
 * keyboards), with the feature the catalogue has no word for read as such ({@link CardFeatureQuestion}); a request
 * that merely mentions a card stays a request; a card question with no cards shown is a place beyond them.
 */
class CardFeatureQuestionTest {
    /** "I need a laptop for my son, budget around 5000": the one laptop. */
    static final List<Product> LAPTOP = cards("ELE-3011");
    /** "show me keyboards": the K87 and the tablet keyboard cover. */
    static final List<Product> KEYBOARDS = cards("ELE-3007", "ELE-3021");

    /** "attribute[backlight] ELE-3011@1", "attribute?have a backlit keyboard|有背光键盘 ...", "beyond 2", or "none". */
    static String read(String text, List<Product> shown) {
        List<AskedAttribute> words = WORDS.in(ShownCardQuestion.normalise(text));
        Optional<ShownCardQuestion> asked = shown.isEmpty()
                ? ShownCardQuestion.withoutCards(text, null, words)
                : ShownCardQuestion.of(text, shown, null, null, List.of(), null, words);
        return asked.map(q -> q.questions().stream().map(c -> c != CardQuestion.ATTRIBUTE ? c.code()
                        : "attribute" + q.attributes().stream().map(a -> a.kind() == AskedAttribute.Kind.UNKNOWN
                        ? "?" + a.labelEn() + "|" + a.labelZh() : a.attributes().getFirst()).toList())
                .collect(Collectors.joining(",")) + " "
                + (q.aboutACard() ? q.sku() + "@" + q.position() : q.beyondTheCards() ? "beyond " + q.position() : "which " + q.choices()))
                .orElse("none");
    }

    @Test
    void aQuestionPointingAtACardIsAboutItWhateverProductWordItHolds() {
        assertThat(read("does the first one have a backlit keyboard?", LAPTOP)).isEqualTo("attribute[backlight] ELE-3011@1");
        assertThat(read("does the first one have a fingerprint reader?", LAPTOP))
                .isEqualTo("attribute[?have a fingerprint reader|有fingerprint reader] ELE-3011@1");
        assertThat(read("does it come with a charger?", LAPTOP)).as("it: the one card shown")
                .isEqualTo("attribute[?come with a charger|有charger] ELE-3011@1");
        assertThat(read("is it good for gaming?", LAPTOP)).isEqualTo("attribute[?be good for gaming|good for gaming] ELE-3011@1");
        assertThat(read("can it be used for video editing?", LAPTOP))
                .isEqualTo("attribute[?can be used for video editing|video editing] ELE-3011@1");
        assertThat(read("does it fit in a backpack?", LAPTOP)).isEqualTo("attribute[?fit in a backpack|in a backpack] ELE-3011@1");
        assertThat(read("#2, does it have a touchpad?", KEYBOARDS)).isEqualTo("attribute[?have a touchpad|有touchpad] ELE-3021@2");
        assertThat(read("so does the second one support bluetooth 5.3?", KEYBOARDS))
                .as("a word of attribute-questions.csv asks that attribute").isEqualTo("attribute[wireless] ELE-3021@2");
    }

    @Test
    void chineseFormsOfTheQuestionInTheirPlace() {
        assertThat(read("第一个有没有背光键盘", LAPTOP)).isEqualTo("attribute[backlight] ELE-3011@1");
        assertThat(read("第一个有没有指纹解锁", LAPTOP)).isEqualTo("attribute[?have 指纹解锁|有指纹解锁] ELE-3011@1");
        assertThat(read("它带不带摄像头", LAPTOP)).isEqualTo("attribute[?have 摄像头|带摄像头] ELE-3011@1");
        assertThat(read("这个是不是触摸屏的", LAPTOP)).isEqualTo("attribute[?be 触摸屏|触摸屏] ELE-3011@1");
        assertThat(read("第二款有触控板吗", KEYBOARDS)).isEqualTo("attribute[?have 触控板|有触控板] ELE-3021@2");
        assertThat(read("第二个支持快充吗", KEYBOARDS)).isEqualTo("attribute[?have 快充|支持快充] ELE-3021@2");
        assertThat(read("第一个适合打游戏吗", LAPTOP)).isEqualTo("attribute[?have 打游戏|适合打游戏] ELE-3011@1");
        assertThat(read("它能不能剪视频", LAPTOP)).isEqualTo("attribute[?have 剪视频|能剪视频] ELE-3011@1");
        assertThat(read("第一个能分期吗", LAPTOP)).as("instalments are their own question").isEqualTo("instalments ELE-3011@1");
    }

    @Test
    void whatOtherAnswersOwnIsNoFeatureQuestion() {
        assertThat(read("第一个有货吗", LAPTOP)).isEqualTo("stock ELE-3011@1");
        assertThat(read("第一个有黑色吗", LAPTOP)).as("a colour is the colour question").isEqualTo("none");
        assertThat(CardFeatureQuestion.in(" 是正品吗")).as("authenticity is the FAQ's").isEmpty();
        assertThat(CardFeatureQuestion.in(" 有42码吗")).as("a size").isEmpty();
        assertThat(CardFeatureQuestion.in("is   for men?")).as("whom it is for").isEmpty();
        assertThat(CardFeatureQuestion.in("does   have a warranty?")).as("the FAQ's warranty").isEmpty();
        assertThat(CardFeatureQuestion.in(" 容量多大")).as("a value, not yes/no").isEmpty();
        assertThat(CardFeatureQuestion.in(" 能送到北京吗")).as("delivery").isEmpty();
        assertThat(CardFeatureQuestion.in("is   better?")).as("a comparison").isEmpty();
        assertThat(CardFeatureQuestion.in(" 是不是更好")).as("a comparison").isEmpty();
    }

    @Test
    void aRequestThatMentionsACardStaysARequest() {
        assertThat(read("show me keyboards like the first one", LAPTOP)).isEqualTo("none");
        assertThat(read("do you have a keyboard for the first one?", LAPTOP)).isEqualTo("none");
        assertThat(read("有没有键盘", LAPTOP)).as("no card pointed at: a request for keyboards").isEqualTo("none");
        assertThat(read("does it have a backlit keyboard?", KEYBOARDS))
                .as("\"it\" after two cards, none discussed: which one?").isEqualTo("attribute[backlight] which [1, 2]");
    }

    @Test
    void aCardQuestionWithNoCardsShownIsAPlaceBeyondThem() {
        assertThat(read("第一个容量多大", List.of())).isEqualTo("attribute[capacity_l] beyond 1");
        assertThat(read("is the second one waterproof?", List.of())).isEqualTo("attribute[waterproof] beyond 2");
        assertThat(read("does the first one have a backlit keyboard?", List.of())).isEqualTo("attribute[backlight] beyond 1");
        assertThat(read("第一个有没有指纹解锁", List.of())).isEqualTo("attribute[?have 指纹解锁|有指纹解锁] beyond 1");
        assertThat(read("第二个呢", List.of())).isEqualTo("details beyond 2");
        assertThat(read("我要第二个", List.of())).isEqualTo("buy beyond 2");
        assertThat(read("这个多少钱", List.of())).as("\"this\" asking only the price with no card shown: which product? (stop 30)")
                .isEqualTo("price beyond 0");
        assertThat(read("这个能退吗", List.of())).as("\"this\" asking more than stock, price or attributes may mean anything")
                .isEqualTo("none");
        assertThat(read("第一个订单到哪了", List.of())).isEqualTo("none");
        assertThat(read("the second time I ordered it was late", List.of())).isEqualTo("none");
        assertThat(read("show me keyboards like the first one", List.of())).isEqualTo("none");
    }
}
