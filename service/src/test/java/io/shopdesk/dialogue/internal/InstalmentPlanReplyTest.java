package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.dialogue.DamagedParcelPolicy;
import io.shopdesk.dialogue.InvoiceWindow;
import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.LateDeliveryPolicy;
import io.shopdesk.dialogue.NotReceivedPolicy;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.dialogue.ReturnWindow;
import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.Product;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a shopper reads for an instalment question, with the shipped reply texts, in the cases the shipped table cannot
 * show: providers whose plans cost differently (each gets its own sentence), a provider without a term, a product below
 * the minimum. The shipped table's quotes are played in {@code rules/dialogue/scenarios/instalment-plans.yml}.
 */
class InstalmentPlanReplyTest {
    static final ReplyTemplates TEXTS = ReplyTemplates.load(Path.of("rules/dialogue/replies"));
    /** Huabei as shipped; credit cards dearer over 12 months, with no 3 months and a higher minimum. */
    static final InstalmentPlans PLANS = new InstalmentPlans(List.of(
            new InstalmentPlan("huabei", 3, new BigDecimal("2.5"), new BigDecimal("100"), new BigDecimal("600")),
            new InstalmentPlan("huabei", 12, new BigDecimal("7.5"), new BigDecimal("100"), null),
            new InstalmentPlan("credit_card", 12, new BigDecimal("9"), new BigDecimal("500"), null)));
    static final Product SCARF = new Product("APP-9", "羊绒围巾", "Cashmere Scarf", "apparel", "B", new BigDecimal("399.00"),
            5, Map.of(), Set.of(), true);

    static Reply reply(String detail, InstalmentAsk ask, Language language) {
        Decision decision = new Decision();
        decision.decide("instalment_plan", detail, "Rule");
        List<Reply> replies = ReplyComposer.compose(decision, language, TEXTS, new KbSearchResult(List.of(), false),
                null, new ReplyPolicies(3, new ReturnWindow(7, 30), new LateDeliveryPolicy(3), new NotReceivedPolicy(7),
                        InvoiceWindow.FAQ, DamagedParcelPolicy.FAQ), null, ask);
        assertThat(replies).hasSize(1);
        return replies.getFirst();
    }

    @Test
    void providersWhoseTwelveMonthsCostDifferentlyAreToldApart() {
        InstalmentAsk ask = new InstalmentAsk(true, 12, null, null, new BigDecimal("1000"), "amount", PLANS, null);
        Reply en = reply("quote", ask, Language.EN);
        assertThat(en.text()).isEqualTo("An order of ¥1000.00 with Huabei: 12 monthly instalments of ¥89.58 (the last "
                + "¥89.62), with a fee of ¥75.00 in total. An order of ¥1000.00 with a credit card: 12 monthly instalments of "
                + "¥90.83 (the last ¥90.87), with a fee of ¥90.00 in total. Interest-free instead with Huabei: 3 monthly "
                + "instalments of ¥333.33 (the last ¥333.34), interest-free. Amounts are rounded to the fen and the last "
                + "instalment takes the difference; the checkout page shows the final amounts, and every plan needs a "
                + "credit check by Huabei or your bank.");
        assertThat(en.data()).containsEntry("code", "instalment_plan").containsEntry("case", "quote")
                .containsEntry("term", 12).containsEntry("provider", "any").containsEntry("price", "1000.00")
                .containsEntry("priceFrom", "amount");
        Reply zh = reply("quote", ask, Language.ZH);
        assertThat(zh.text()).startsWith("¥1000.00的订单用花呗：分12期，每期¥89.58（最后一期¥89.62），手续费共¥75.00。"
                + "¥1000.00的订单用信用卡：分12期，每期¥90.83（最后一期¥90.87），手续费共¥90.00。用花呗也可以免息分期：");
    }

    @Test
    void aTermOneProviderLacksIsNotOfferedForItAndTheOtherTermsAreQuoted() {
        InstalmentAsk ask = new InstalmentAsk(true, 3, "credit_card", null, new BigDecimal("1000"), "amount", PLANS, null);
        assertThat(ask.termOffered()).isFalse();
        assertThat(reply("term_not_offered", ask, Language.EN).text()).startsWith("3 monthly instalments aren't offered: "
                + "with a credit card you can choose 12 months. An order of ¥1000.00 with a credit card: 12 monthly "
                + "instalments of ¥90.83 (the last ¥90.87), with a fee of ¥90.00 in total.");
        assertThat(reply("term_not_offered", ask, Language.ZH).text()).startsWith("暂不支持分3期，用信用卡可以分12期。");
    }

    @Test
    void aProductBelowTheMinimumOfTheProviderAskedIsPaidInFull() {
        InstalmentAsk ask = new InstalmentAsk(true, 12, "credit_card", SCARF, null, "product", PLANS, null);
        assertThat(ask.belowMinimum()).isTrue();
        assertThat(reply("below_minimum", ask, Language.EN).text()).isEqualTo("Instalments start at orders of ¥500.00, so "
                + "the Cashmere Scarf (¥399.00) is paid in full with Alipay, WeChat Pay or a card.");
        assertThat(reply("below_minimum", ask, Language.ZH).text())
                .isEqualTo("订单金额满¥500.00才能分期，羊绒围巾（¥399.00）请用支付宝、微信支付或银行卡全额付款。");
        InstalmentAsk huabei = new InstalmentAsk(true, 12, "huabei", SCARF, null, "product", PLANS, "APPROVE");
        assertThat(huabei.belowMinimum()).isFalse();
        assertThat(reply("quote", huabei, Language.EN).text()).startsWith("Instalments are available for you. The "
                + "Cashmere Scarf (¥399.00) with Huabei: 12 monthly instalments of ¥35.74 (the last ¥35.79), with a fee "
                + "of ¥29.93 in total. Amounts are rounded");
    }

    @Test
    void aTermWithoutAPriceSaysItsFeePerProviderAndAsksForTheProduct() {
        InstalmentAsk ask = new InstalmentAsk(true, 12, null, null, null, null, PLANS, null);
        assertThat(reply("term", ask, Language.EN).text()).isEqualTo("12 monthly instalments with Huabei carry a fee of "
                + "7.5% of the order amount in total. 3 months are interest-free on orders over ¥600.00. 12 monthly "
                + "instalments with a credit card carry a fee of 9% of the order amount in total. Tell me the product or "
                + "its price and I'll work out the monthly amount.");
    }
}
