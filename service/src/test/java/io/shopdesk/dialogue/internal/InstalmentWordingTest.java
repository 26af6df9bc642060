package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.IntentPrediction;
import io.shopdesk.nlp.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a message says about instalments: the term, the amount and the provider, with the entities the NLP pipeline
 * gives these messages (its instalment term, money with a currency, a product's name), and the words around them.
 */
class InstalmentWordingTest {

    /** {@code text} as analysed, with the entity of each {@code type=surface=value} given. */
    static InstalmentWording words(String text, String intent, String... entities) {
        List<Entity> found = new ArrayList<>();
        for (String e : entities) {
            String[] parts = e.split("=", 3);
            int start = text.indexOf(parts[1]);
            found.add(new Entity(parts[0], parts[1], start, start + parts[1].length(), parts[2], "test"));
        }
        IntentPrediction prediction = intent == null ? null : new IntentPrediction(intent, 0.9, false, List.of());
        Language language = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? Language.ZH : Language.EN;
        return new InstalmentWording(new Analysis(text, language, false, true, language.code(), List.of(), found,
                prediction, Map.of()));
    }

    @Test
    void aBareNumberNextToTheTermIsTheAmount() {
        InstalmentWording zh = words("5999分12期每月多少", "installment_inquiry", "instalments=12期=12",
                "phone_last4=5999=5999");
        assertThat(zh.aboutInstalments()).isTrue();
        assertThat(zh.asksMonthly()).isTrue();
        assertThat(zh.term(true)).isEqualTo(12);
        assertThat(zh.amount(true)).isEqualByComparingTo("5999");
        InstalmentWording en = words("6000 over 12 months", "installment_inquiry");
        assertThat(en.aboutInstalments()).isTrue();
        assertThat(en.term(true)).isEqualTo(12);
        assertThat(en.amount(true)).isEqualByComparingTo("6000");
        assertThat(words("how much a month for ¥6,000.50 over 12 months?", null, "money=¥6,000.50=6000.50 CNY")
                .amount(true)).isEqualByComparingTo("6000.50");
        assertThat(words("6,000 over 12 months", null).amount(true)).isEqualByComparingTo("6000");
    }

    @Test
    void monthsAloneAreATermOnlyInAnInstalmentContext() {
        assertThat(words("12 months", null).term(true)).isEqualTo(12);
        assertThat(words("12 months", null).term(false)).isZero();
        assertThat(words("does it have a 12 months warranty?", null).aboutInstalments()).isFalse();
        // The intent model reads a bare "6 months?" as an instalment question; its words alone name no instalments.
        assertThat(words("6 months?", "installment_inquiry").aboutInstalments()).isTrue();
        assertThat(words("6 months?", "installment_inquiry").namesInstalments()).isFalse();
        assertThat(words("6000 over 12 months", null).namesInstalments()).isTrue();
        assertThat(words("分十二个月呢", null).term(true)).isEqualTo(12);
        assertThat(words("what about 6 months?", null).term(true)).isEqualTo(6);
    }

    @Test
    void numbersThatAreNoAmountAreLeftAlone() {
        // The product's name, a size, a count of months, a small number without a currency, an order number.
        assertThat(words("can I pay for the PixelArc Laptop Air 14 in 12 instalments?", "installment_inquiry",
                "product=PixelArc Laptop Air 14=ELE-3011", "instalments=12 instalments=12").amount(true)).isNull();
        assertThat(words("14英寸的笔记本分6期", null, "instalments=6期=6").amount(true)).isNull();
        assertThat(words("第3期还款是哪天", null).amount(true)).isNull();
        assertThat(words("分期买50块的东西", null, "money=50块=50 CNY").amount(true)).isEqualByComparingTo("50");
        assertThat(words("分期买个50的", null).amount(true)).as("bare numbers under 100").isNull();
        assertThat(words("SD10000001能分期吗", null, "order_id=SD10000001=SD10000001").amount(true)).isNull();
        assertThat(words("6000 over 12 months", null).amount(false)).as("no context, no bare amount").isNull();
        assertThat(words("$800 over 12 months", null, "money=$800=800 USD").amount(true)).as("dollars").isNull();
    }

    @Test
    void theProviderIsTheOneNamedOrNone() {
        assertThat(words("花呗分12期每月多少", null).provider()).isEqualTo("huabei");
        assertThat(words("can I split it on my credit card?", null).provider()).isEqualTo("credit_card");
        assertThat(words("信用卡分期", null).provider()).isEqualTo("credit_card");
        assertThat(words("12 months", null).provider()).isNull();
        assertThat(words("huabei or credit card?", null).provider()).isNull();
    }

    @Test
    void aNumberAloneIsATermOnlyAsAWholeFollowUp() {
        assertThat(words("and 6?", null).bareTerm()).isEqualTo(6);
        assertThat(words("what about 3", null).bareTerm()).isEqualTo(3);
        assertThat(words("6 months?", null).bareTerm()).isEqualTo(6);
        assertThat(words("3呢", null).bareTerm()).isEqualTo(3);
        assertThat(words("那6期呢？", null).bareTerm()).isEqualTo(6);
        assertThat(words("六期吧", null).bareTerm()).isEqualTo(6);
        // Not a number alone, or no number of months.
        assertThat(words("and 6 of them in blue?", null).bareTerm()).isZero();
        assertThat(words("I have 3 kids", null).bareTerm()).isZero();
        assertThat(words("72", null).bareTerm()).isZero();
        assertThat(words("0", null).bareTerm()).isZero();
        assertThat(words("5999呢", null).bareTerm()).isZero();
    }
}
