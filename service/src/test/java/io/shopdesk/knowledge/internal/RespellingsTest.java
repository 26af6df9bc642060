package io.shopdesk.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which synonym rules the FAQ classifier reads, and how they rewrite a message's words. */
class RespellingsTest {
    private static final Respellings RULES = Respellings.of("""
            # misspellings
            refnd, refud => refund
            receipt => invoice
            postage => shipping fee
            money back => refund
            parcel, package
            退钱 => 退款
            """);

    @Test
    void oneWayRulesFromOneLatinWordToOneWordRewriteThatWordWhateverItsCase() {
        assertThat(RULES.apply("Refnd status?")).isEqualTo("refund status?");
        assertThat(RULES.apply("refud for my receipt")).isEqualTo("refund for my invoice");
    }

    @Test
    void phrasesEquivalencesAndChineseRulesAreLeftToTheAnalyser() {
        assertThat(RULES.size()).isEqualTo(3);
        assertThat(RULES.apply("I want my money back for the postage of my parcel")).isEqualTo("I want my money back for the postage of my parcel");
        assertThat(RULES.apply("我要退钱")).isEqualTo("我要退钱");
    }

    @Test
    void aLatinWordRewrittenToAChineseWordIsRewrittenBesideChineseText() {
        Respellings mixed = Respellings.of("""
                refund => 退款
                return, returns => 退货
                退货 => return
                """);
        assertThat(mixed.size()).isEqualTo(3);
        assertThat(mixed.apply("refund要多久")).isEqualTo("退款要多久");
        assertThat(mixed.apply("i want to Return 这个鞋子")).isEqualTo("i want to 退货 这个鞋子");
        assertThat(mixed.apply("refundable")).isEqualTo("refundable");
    }

    @Test
    void aWordInsideAnotherIsNotRewritten() {
        assertThat(RULES.apply("refnds and prerefnd")).isEqualTo("refnds and prerefnd");
    }
}
