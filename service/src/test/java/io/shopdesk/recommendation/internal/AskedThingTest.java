package io.shopdesk.recommendation.internal;

import static io.shopdesk.recommendation.internal.TaggedMessage.chinese;
import static io.shopdesk.recommendation.internal.TaggedMessage.english;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Analysis;
import org.junit.jupiter.api.Test;

/** Which words of a shopping request name the kind of product asked for, by the tags the shipped pipeline gives. */
class AskedThingTest {

    private static String phrase(Analysis analysis) {
        return AskedThing.in(analysis).map(t -> t.phrase() + " | " + t.head() + " | " + t.named()).orElse("none");
    }

    @Test
    void anEnglishRequestNamesTheNounPhraseAfterItsVerb() {
        assertThat(phrase(english("do/VERB you/PRON sell/VERB phones/NOUN ?/PUNCT"))).isEqualTo("phones | phones | phones");
        assertThat(phrase(english("I'm/PRON+AUX looking/VERB for/ADP a/DET phone/NOUN")))
                .as("a singular is named in the plural").isEqualTo("phone | phone | phones");
        assertThat(phrase(english("I/PRON want/VERB to/PART buy/VERB a/DET leather/NOUN sofa/NOUN")))
                .isEqualTo("leather sofa | sofa | leather sofas");
        assertThat(phrase(english("can/AUX you/PRON recommend/VERB a/DET smart/ADJ phone/NOUN for/ADP my/PRON son/NOUN")))
                .as("whom it is for is not what").isEqualTo("smart phone | phone | smart phones");
        assertThat(phrase(english("recommend/VERB a/DET good/ADJ phone/NOUN"))).isEqualTo("phone | phone | phones");
        assertThat(phrase(english("do/AUX you/PRON sell/VERB Nike/PROPN ?/PUNCT"))).isEqualTo("Nike | Nike | Nike");
        assertThat(phrase(english("are/AUX there/PRON any/DET fridges/NOUN ?/PUNCT"))).isEqualTo("fridges | fridges | fridges");
        assertThat(phrase(english("any/DET cheaper/ADJ sofas/NOUN ?/PUNCT"))).as("a follow-up's word does not hide it")
                .isEqualTo("sofas | sofas | sofas");
    }

    private static String alone(Analysis analysis) {
        return AskedThing.alone(analysis).map(t -> t.phrase() + " | " + t.head() + " | " + t.named()).orElse("none");
    }

    @Test
    void aMessageThatIsOnlyANounPhraseNamesItAlone() {
        assertThat(alone(english("a/DET watch/VERB"))).as("OpenNLP's verb after a lone 'a' is a noun")
                .isEqualTo("watch | watch | watches");
        assertThat(alone(english("watches/VERB ?/PUNCT"))).isEqualTo("watches | watches | watches");
        assertThat(alone(english("a/DET smart/ADJ watch/NOUN please/INTJ"))).isEqualTo("smart watch | watch | smart watches");
        assertThat(alone(english("weather/NOUN ?/PUNCT"))).as("whether some product is one is the caller's question")
                .isEqualTo("weather | weather | weather");
        assertThat(alone(chinese("一块/s 手表/n"))).isEqualTo("手表 | 手表 | 手表");
        assertThat(alone(chinese("智能手表/n ？/w"))).isEqualTo("智能手表 | 智能手表 | 智能手表");
    }

    @Test
    void aMessageWithMoreThanANounPhraseNamesNothingAlone() {
        assertThat(alone(english("tell/VERB me/PRON a/DET joke/NOUN"))).isEqualTo("none");
        assertThat(alone(english("where/ADV is/AUX my/PRON watch/NOUN"))).isEqualTo("none");
        assertThat(alone(english("my/PRON order/NOUN"))).isEqualTo("none");
        assertThat(alone(english("thanks/NOUN"))).isEqualTo("none");
        assertThat(alone(chinese("手表/n 坏/v 了/y"))).isEqualTo("none");
        assertThat(alone(english("a/DET gift/NOUN"))).as("anything at all is no thing").isEqualTo("none");
    }

    @Test
    void aPluralOpenNlpTookForAnAdverbIsStillTheThing() {
        assertThat(phrase(english("do/VERB you/PRON sell/VERB sofas/ADV ?/PUNCT"))).isEqualTo("sofas | sofas | sofas");
        assertThat(phrase(english("do/VERB you/PRON sell/VERB fast/ADV"))).isEqualTo("none");
        assertThat(phrase(english("do/VERB you/PRON sell/VERB overseas/ADV"))).isEqualTo("none");
    }

    @Test
    void theFirstFrameThatIsFollowedByANounPhraseCounts() {
        assertThat(phrase(english("I/PRON have/VERB a/DET phone/NOUN ,/PUNCT do/AUX you/PRON sell/VERB cases/NOUN "
                + "for/ADP it/PRON ?/PUNCT"))).as("what the shopper has is not asked for").isEqualTo("cases | cases | cases");
        assertThat(phrase(english("I/PRON want/VERB to/PART return/VERB my/PRON phone/NOUN"))).isEqualTo("none");
        assertThat(phrase(english("do/AUX you/PRON have/VERB them/PRON in/ADP black/ADJ ?/PUNCT"))).isEqualTo("none");
    }

    @Test
    void anEnglishRequestForAnythingAtAllNamesNoThing() {
        assertThat(phrase(english("recommend/VERB something/PRON"))).isEqualTo("none");
        assertThat(phrase(english("recommend/VERB something/PRON for/ADP my/PRON mom/NOUN"))).isEqualTo("none");
        assertThat(phrase(english("gift/NOUN for/ADP a/DET 10/NUM year/NOUN old/ADJ"))).isEqualTo("none");
        assertThat(phrase(english("I/PRON need/VERB a/DET gift/NOUN for/ADP my/PRON dad/NOUN"))).isEqualTo("none");
        assertThat(phrase(english("do/AUX you/PRON have/VERB any/DET cheaper/ADJ ones/NOUN ?/PUNCT"))).isEqualTo("none");
        assertThat(phrase(english("I'm/PRON+AUX shopping/VERB for/ADP a/DET birthday/NOUN present/NOUN"))).isEqualTo("none");
    }

    @Test
    void aChineseRequestNamesTheNounBetweenItsFrameAndItsParticle() {
        assertThat(phrase(chinese("你们/rr 卖/v 手机/n 吗/y"))).isEqualTo("手机 | 手机 | 手机");
        assertThat(phrase(chinese("有/vyou 汽车/n 卖/v 吗/y"))).isEqualTo("汽车 | 汽车 | 汽车");
        assertThat(phrase(chinese("你们/rr 卖/v 不卖/v 汽车/n"))).isEqualTo("汽车 | 汽车 | 汽车");
        assertThat(phrase(chinese("有/vyou 真皮/n 沙发/n 吗/y"))).isEqualTo("真皮沙发 | 沙发 | 真皮沙发");
        assertThat(phrase(chinese("我/rr 要/v 买/v 沙发/n"))).isEqualTo("沙发 | 沙发 | 沙发");
        assertThat(phrase(chinese("有/vyou 没有/v 适合/v 老人/n 的/ude1 手机/n"))).as("after the last 的")
                .isEqualTo("手机 | 手机 | 手机");
        assertThat(phrase(chinese("推荐/v 一/m 款/q 好/a 用/p 的/ude1 智能/n 手机/n"))).isEqualTo("智能手机 | 手机 | 智能手机");
    }

    @Test
    void chineseSegmentationQuirksDoNotHideTheThing() {
        assertThat(phrase(chinese("手机有/nt 卖/v 吗/y"))).as("a noun glued to its verb").isEqualTo("手机 | 手机 | 手机");
        assertThat(phrase(chinese("我/rr 想/v 买/v 一台/ns 冰箱/n"))).as("a measure word taken for a place")
                .isEqualTo("冰箱 | 冰箱 | 冰箱");
        assertThat(phrase(chinese("你们/rr 这/rzv 有/vyou 卖菜/v 的/ude1 吗/y"))).as("a noun glued into a verb is none")
                .isEqualTo("none");
    }

    @Test
    void aChineseRequestForAnythingAtAllOrNoProductNamesNoThing() {
        assertThat(phrase(chinese("有/vyou 什么/ry 推荐/v 的/ude1"))).isEqualTo("none");
        assertThat(phrase(chinese("给/p 我/rr 妈妈/n 推荐/v 点/qt 东西/n"))).isEqualTo("none");
        assertThat(phrase(chinese("推荐/v 点/qt 东西/n 给/p 我/rr 妈妈/n"))).isEqualTo("none");
        assertThat(phrase(chinese("有/vyou 没有/v 适合/v 十/m 岁/qt 孩子/n 的/ude1 礼物/n"))).isEqualTo("none");
        assertThat(phrase(chinese("有/vyou 没有/v 尺码表/n"))).isEqualTo("none");
        assertThat(phrase(chinese("我/rr 买/v 的/ude1 手机/n 坏/v 了/ule"))).as("a complaint, not a request").isEqualTo("none");
    }

    @Test
    void aServiceIsAThingMarkedAsOne() {
        assertThat(AskedThing.in(english("do/AUX you/PRON have/VERB a/DET physical/ADJ store/NOUN ?/PUNCT")))
                .hasValueSatisfying(t -> assertThat(t.service()).isTrue());
        assertThat(AskedThing.in(chinese("你们/rr 有/vyou 实体店/n 吗/y"))).hasValueSatisfying(t -> assertThat(t.service()).isTrue());
        assertThat(AskedThing.in(chinese("有/vyou 没有/v 折扣/n"))).hasValueSatisfying(t -> assertThat(t.service()).isTrue());
        assertThat(AskedThing.in(english("do/AUX you/PRON sell/VERB gift/NOUN cards/NOUN"))).as("not a gift")
                .hasValueSatisfying(t -> assertThat(t.service()).isTrue());
        assertThat(AskedThing.in(chinese("你们/rr 卖/v 手机/n 吗/y"))).hasValueSatisfying(t -> assertThat(t.service()).isFalse());
    }

    @Test
    void whatNoShopSellsIsNoProductNotSold() {
        // Stop 33: "Sorry, we don't sell restaurants."
        assertThat(AskedThing.in(english("can/AUX you/PRON recommend/VERB a/DET good/ADJ restaurant/NOUN ?/PUNCT")))
                .hasValueSatisfying(t -> assertThat(t.service()).isTrue());
        assertThat(AskedThing.in(english("do/AUX you/PRON sell/VERB flight/NOUN tickets/NOUN ?/PUNCT")))
                .hasValueSatisfying(t -> assertThat(t.service()).isTrue());
        assertThat(AskedThing.in(english("do/AUX you/PRON sell/VERB sofas/NOUN ?/PUNCT")))
                .hasValueSatisfying(t -> assertThat(t.service()).isFalse());
    }
}
