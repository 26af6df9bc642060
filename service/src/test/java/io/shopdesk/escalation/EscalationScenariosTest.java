package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.dialogue.OrderLabels;
import io.shopdesk.dialogue.TopicLabels;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Every scenario in {@code rules/escalation/scenarios/} against the shipped rules: adding one needs no Java. */
class EscalationScenariosTest {
    static final Path FOLDER = Path.of("rules/escalation");
    static final CompiledRuleSet RULES = RuleEngine.compile(FOLDER);
    /** The chat's labels, as the service gives them to the rules. */
    static final OrderLabels LABELS = OrderLabels.load(Path.of("rules/dialogue/replies"));
    /** What a turn was about, from the chat's texts and the shipped FAQ, as the service gives it to the rules. */
    static final TopicLabels TOPICS = TopicLabels.load(Path.of("rules/dialogue/replies"), Path.of("knowledge-base"));

    @TestFactory
    Stream<DynamicTest> shippedScenariosPass() {
        List<EscalationScenarios.Result> results = EscalationScenarios.run(RULES, FOLDER.resolve("scenarios"));
        assertThat(results).hasSizeGreaterThanOrEqualTo(15);
        return results.stream().map(r -> DynamicTest.dynamicTest(r.name(),
                () -> assertThat(r.passed()).as(r.message()).isTrue()));
    }

    @Test
    void aWrongExpectationFailsWithWhatDiffered(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("wrong.yml"), """
                - name: claims a request for a person is ignored
                  turn: {intent: human_agent, text: 转人工}
                  expect: {escalate: false, priority: 3, team: payments}
                - name: broken
                  expect: {escalate: true}
                - name: claims 算了 keeps waiting
                  waiting: {text: 算了}
                  expect: {withdraw: false}
                - name: claims a complaint withdraws
                  waiting: {text: 还要等多久}
                  expect: {withdraw: true}
                - name: claims the reason says the chat's words without the chat's texts beside it
                  turn: {intent: oos, text: "7721", dialogueAction: order_request_for_agent, dialogueDetail: cancel.x}
                  order: {orderId: SD10000006, status: processing, total: 1197, currency: CNY}
                  expect: {escalate: true, messages: [（备货中）]}
                - name: claims a shopper at 05:00 is promised an agent
                  turn: {intent: human_agent, text: 转人工}
                  availability: {withinHours: false, agentsAvailable: 3}
                  expect: {escalate: true, availability: available}
                """);
        List<EscalationScenarios.Result> results = EscalationScenarios.run(RULES, dir);
        assertThat(results).extracting(EscalationScenarios.Result::passed)
                .containsExactly(false, false, false, false, false, false);
        assertThat(results.get(0).message())
                .isEqualTo("escalated [EXPLICIT_REQUEST], expected not to; priority 2, expected 3; team general, expected payments");
        assertThat(results.get(1).message()).isEqualTo("needs a turn or a waiting message, and an expect");
        assertThat(results.get(2).message()).isEqualTo("withdrew (WithdrawOnShopperRequest), expected not to");
        assertThat(results.get(3).message()).isEqualTo("did not withdraw, expected to");
        // Outside <rules>/escalation/scenarios there are no reply texts beside it: the status reads as stored.
        assertThat(results.get(4).message()).isEqualTo("no reason says \"（备货中）\" (they say [顾客要求取消订单：订单 "
                + "SD10000006（processing），需人工处理, The shopper asks to cancel order SD10000006 (processing): the bot "
                + "cannot do it])");
        assertThat(results.get(5).message()).isEqualTo("availability closed (OutsideBusinessHours), expected available");
    }

    @Test
    void theShippedScenariosReadTheOrdersStatusAsTheChatWordsIt(@org.junit.jupiter.api.io.TempDir Path rules)
            throws Exception {
        Path scenarios = java.nio.file.Files.createDirectories(rules.resolve("escalation/scenarios"));
        Path replies = java.nio.file.Files.createDirectories(rules.resolve("dialogue/replies"));
        for (String language : new String[] {"zh", "en"}) {
            java.nio.file.Files.copy(Path.of("rules/dialogue/replies/replies-" + language + ".properties"),
                    replies.resolve("replies-" + language + ".properties"));
        }
        java.nio.file.Files.writeString(scenarios.resolve("labels.yml"), """
                - name: an order request reads the status in the chat's words
                  turn: {intent: oos, text: "7721", dialogueAction: order_request_for_agent, dialogueDetail: cancel.x}
                  order: {orderId: SD10000006, status: processing, total: 1197, currency: CNY}
                  expect: {escalate: true, messages: [（备货中）, (being prepared)]}
                """);
        assertThat(EscalationScenarios.run(RULES, scenarios)).singleElement()
                .satisfies(r -> assertThat(r.passed()).as(r.message()).isTrue());
    }

    @Test
    void scenariosWithoutAPolicyJudgeWithTheServicesDefaults() {
        EscalationSettings defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("shopdesk.escalation", EscalationSettings.class);
        assertThat(defaults.policy()).isEqualTo(EscalationPolicy.DEFAULT);
    }

    @Test
    void priorityIsTheMostUrgentReasonsRaisedByBoosts() {
        EscalationCheck check = new EscalationCheck();
        check.escalate("A", "RuleA", "甲", "a", 3, "general");
        check.escalate("B", "RuleB", "乙", "b", 2, "logistics");
        assertThat(check.priority()).isEqualTo(2);
        assertThat(check.team()).isEqualTo("logistics");
        check.boost("VIP_BOOST", "Boost", "贵宾", "vip");
        assertThat(check.priority()).isEqualTo(1);
        check.boost("VIP_BOOST", "Boost", "贵宾", "vip");
        assertThat(check.reasons()).extracting(EscalationReason::code).containsExactly("B", "A", "VIP_BOOST");

        EscalationCheck boostOnly = new EscalationCheck();
        boostOnly.boost("VIP_BOOST", "Boost", "贵宾", "vip");
        assertThat(boostOnly.isEscalating()).isFalse();
    }

    @Test
    void theLateDeliveryReasonGivesTheAgentWhatACarrierInvestigationNeeds() {
        EscalationTurn turn = new EscalationTurn("shipping_time", 0.98, "when will it arrive?", "en", 0, "scenario", 0,
                "late_delivery_for_agent", null, 0, 0, false);
        OrderInQuestion order = new OrderInQuestion("SD10000001", "in_transit", 828, "CNY", "SF Express",
                "SF1234567890123", java.time.LocalDate.parse("2026-11-28"), 8, null).labelled(LABELS);
        EscalationCheck check = EscalationRules.evaluate(RULES, List.of(turn, order, EscalationPolicy.DEFAULT));
        assertThat(check.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("LATE_DELIVERY");
            assertThat(reason.rule()).isEqualTo("EscalateLateDelivery");
            assertThat(reason.messageEn()).isEqualTo("The shopper is chasing a late parcel: order SD10000001 (in transit) "
                    + "was due on 2026-11-28, 8 days ago; open an investigation with SF Express (tracking number "
                    + "SF1234567890123)");
            assertThat(reason.messageZh()).isEqualTo("顾客追问晚到的包裹：订单 SD10000001（运输中）原定 2026-11-28 送达，"
                    + "已晚 8 天，请向顺丰速运发起查件（运单号 SF1234567890123）");
        });
    }

    @Test
    void theNotReceivedReasonGivesTheAgentTheCarrierTheTrackingNumberAndTheDayOfDelivery() {
        OrderInQuestion order = new OrderInQuestion("SD10000002", "delivered", 1298, "CNY", "JD Logistics",
                "JDVA27483910562", java.time.LocalDate.parse("2026-11-13"), 0, java.time.LocalDate.parse("2026-11-13"))
                .labelled(LABELS);
        assertThat(notReceived("not_received.in_time", order)).satisfies(reason -> {
            assertThat(reason.rule()).isEqualTo("EscalateParcelNotReceived");
            assertThat(reason.priority()).isEqualTo(3);
            assertThat(reason.team()).isEqualTo("logistics");
            assertThat(reason.messageEn()).isEqualTo("The shopper says they never received order SD10000002 (JD "
                    + "Logistics, tracking number JDVA27483910562), shown as delivered on 2026-11-13; open an "
                    + "investigation with JD Logistics");
            assertThat(reason.messageZh()).isEqualTo("顾客称没有收到包裹：订单 SD10000002（京东物流，运单号 "
                    + "JDVA27483910562）显示已于 2026-11-13 签收，请向京东物流发起查件");
        });
        assertThat(notReceived("not_received.late_report", order)).satisfies(reason -> {
            assertThat(reason.messageEn()).isEqualTo("The shopper says they never received order SD10000002 (JD "
                    + "Logistics, tracking number JDVA27483910562), shown as delivered on 2026-11-13; reported after "
                    + "the window for a carrier investigation: see what can still be done");
            assertThat(reason.messageZh()).isEqualTo("顾客称没有收到包裹：订单 SD10000002（京东物流，运单号 "
                    + "JDVA27483910562）显示已于 2026-11-13 签收，已过查件反馈期限，请看看还能怎么处理");
        });
        OrderInQuestion undatedAndDear = new OrderInQuestion("SD10000099", "delivered", 2417, "CNY", "SF Express",
                "SF1499990000099", null, 0, null).labelled(LABELS);
        assertThat(notReceived("not_received.delivered_undated", undatedAndDear)).satisfies(reason -> {
            assertThat(reason.priority()).isEqualTo(2);
            assertThat(reason.messageEn()).isEqualTo("The shopper says they never received order SD10000099 (SF "
                    + "Express, tracking number SF1499990000099), shown as delivered on a day the carrier did not give; "
                    + "open an investigation with SF Express; high-value order (2417.00 CNY)");
            assertThat(reason.messageZh()).isEqualTo("顾客称没有收到包裹：订单 SD10000099（顺丰速运，运单号 "
                    + "SF1499990000099）显示已签收（签收日期不明），请向顺丰速运发起查件；高额订单（2417.00 CNY）");
        });
    }

    @Test
    void theMissingItemReasonNamesTheOrderWhatItShouldContainAndItsParcels() {
        OrderInQuestion order = new OrderInQuestion("SD10000048", "delivered", 1197, "CNY", "JD Logistics",
                "JDVA28642000482", null, 0, null, List.of(),
                List.of(new OrderInQuestion.Item("埃及长绒棉床品四件套", "Egyptian Cotton Bedding Set", 1),
                        new OrderInQuestion.Item("记忆棉护颈枕", "Memory Foam Pillow", 2)),
                List.of(new OrderInQuestion.Parcel("SF Express", "SF1486420000481", null, null),
                        new OrderInQuestion.Parcel("JD Logistics", "JDVA28642000482", null, null))).labelled(LABELS);
        EscalationTurn turn = new EscalationTurn("oos", 0.5, "8642", "en", 0, "scenario", 0, "order_request_for_agent",
                "missing_item.delivered", 0, 0, false);
        EscalationCheck check = EscalationRules.evaluate(RULES, List.of(turn, order, EscalationPolicy.DEFAULT));
        assertThat(check.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("MISSING_ITEM");
            assertThat(reason.rule()).isEqualTo("EscalateMissingItem");
            assertThat(reason.priority()).isEqualTo(3);
            assertThat(reason.team()).isEqualTo("logistics");
            assertThat(reason.messageEn()).isEqualTo("The shopper says an item is missing from order SD10000048, which "
                    + "should contain Egyptian Cotton Bedding Set ×1, Memory Foam Pillow ×2; every parcel was delivered "
                    + "(SF Express SF1486420000481 and JD Logistics JDVA28642000482). Check with the warehouse what was "
                    + "packed, and send what is missing or refund it");
            assertThat(reason.messageZh()).isEqualTo("顾客称收到的商品不全：订单 SD10000048 应有 埃及长绒棉床品四件套 ×1、"
                    + "记忆棉护颈枕 ×2，包裹均已送达（顺丰速运 SF1486420000481；京东物流 JDVA28642000482），请与仓库核实发货"
                    + "情况，补发缺少的商品或退款");
        });
        assertThat(check.priority()).isEqualTo(3);
        assertThat(check.team()).isEqualTo("logistics");

        OrderInQuestion dearWithoutParcels = new OrderInQuestion("SD10000099", "delivered", 2417, "CNY", null, null,
                null, 0, null).labelled(LABELS);
        EscalationCheck dear = EscalationRules.evaluate(RULES, List.of(turn, dearWithoutParcels, EscalationPolicy.DEFAULT));
        assertThat(dear.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.priority()).isEqualTo(2);
            assertThat(reason.messageEn()).isEqualTo("The shopper says an item is missing from order SD10000099, which "
                    + "should contain unknown; it shows as delivered. Check with the warehouse what was packed, and send "
                    + "what is missing or refund it; high-value order (2417.00 CNY)");
            assertThat(reason.messageZh()).isEqualTo("顾客称收到的商品不全：订单 SD10000099 应有 未知，订单显示已签收，"
                    + "请与仓库核实发货情况，补发缺少的商品或退款；高额订单（2417.00 CNY）");
        });
        EscalationTurn answered = new EscalationTurn("oos", 0.5, "8642", "en", 0, "scenario", 0, "order_request",
                "missing_item.parcel_on_its_way", 0, 0, false);
        assertThat(EscalationRules.evaluate(RULES, List.of(answered, order, EscalationPolicy.DEFAULT)).isEscalating())
                .as("the bot answered: the rest is on its way").isFalse();
    }

    @Test
    void anOrderIsLabelledInBothLanguagesFromTheChatsReplyTexts() {
        OrderInQuestion order = new OrderInQuestion("SD10000002", "delivered", 1298, "CNY", "JD Logistics",
                "JDVA27483910562", null, 0, null).labelled(LABELS);
        assertThat(order).extracting(OrderInQuestion::statusZh, OrderInQuestion::statusEn, OrderInQuestion::carrierZh,
                OrderInQuestion::carrierEn).containsExactly("已签收", "delivered", "京东物流", "JD Logistics");
        assertThat(order.status()).as("rules still decide on the stored value").isEqualTo("delivered");
        OrderInQuestion unshipped = new OrderInQuestion("SD10000006", "processing", 1197, "CNY", null, null, null, 0,
                null).labelled(LABELS);
        assertThat(unshipped).extracting(OrderInQuestion::statusZh, OrderInQuestion::statusEn,
                OrderInQuestion::carrierZh, OrderInQuestion::carrierEn).containsExactly("备货中", "being prepared", null, null);
    }

    @Test
    void aTurnIsLabelledWithWhatItWasAboutWhileTheRulesStillDecideOnTheCode() {
        EscalationTurn payment = turn("why_for_agent", "payment_failed").labelled(TOPICS);
        assertThat(payment).extracting(EscalationTurn::aboutZh, EscalationTurn::aboutEn)
                .containsExactly("付款失败", "a failed payment");
        assertThat(payment.dialogueDetail()).as("rules still decide on the code").isEqualTo("payment_failed");
        assertThat(turn("help_for_agent", "coupons-not-working").labelled(TOPICS))
                .extracting(EscalationTurn::aboutZh, EscalationTurn::aboutEn)
                .containsExactly("常见问题“优惠券用不了。”", "the FAQ answer to \"My coupon isn't working.\"");
        assertThat(turn("why_for_agent", "no-such-entry").labelled(TOPICS))
                .extracting(EscalationTurn::aboutZh, EscalationTurn::aboutEn).containsExactly("no-such-entry", "no-such-entry");
        assertThat(turn("kb_answer", null).labelled(TOPICS)).extracting(EscalationTurn::aboutZh, EscalationTurn::aboutEn)
                .containsExactly(null, null);
        assertThat(turn("why_for_agent", "payment_declined")).as("not labelled: the code itself")
                .extracting(EscalationTurn::aboutZh, EscalationTurn::aboutEn)
                .containsExactly("payment_declined", "payment_declined");
    }

    @Test
    void theStuckReasonNamesTheFaqEntryByItsQuestionAndGoesToTheGeneralTeam() {
        EscalationCheck check = EscalationRules.evaluate(RULES,
                List.of(turn("help_for_agent", "coupons-not-working").labelled(TOPICS), EscalationPolicy.DEFAULT));
        assertThat(check.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("STUCK_AFTER_ADVICE");
            assertThat(reason.team()).isEqualTo("general");
            assertThat(reason.messageZh()).isEqualTo("顾客按机器人的建议仍无法解决（常见问题“优惠券用不了。”），需要人工协助");
            assertThat(reason.messageEn())
                    .isEqualTo("The shopper is still stuck after the bot's advice (the FAQ answer to \"My coupon isn't working.\")");
        });
        EscalationCheck instalments = EscalationRules.evaluate(RULES,
                List.of(turn("why_for_agent", "instalments_unavailable").labelled(TOPICS), EscalationPolicy.DEFAULT));
        assertThat(instalments.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.team()).isEqualTo("payments");
            assertThat(reason.messageZh()).isEqualTo("顾客追问原因（订单无法分期付款），机器人无法进一步说明");
            assertThat(reason.messageEn())
                    .isEqualTo("The shopper asks again why (instalments refused for the order): the bot can say no more");
        });
    }

    private static EscalationTurn turn(String action, String detail) {
        return new EscalationTurn("oos", 0.5, "why?", "en", 0, "scenario", 0, action, detail, 0, 0, false);
    }

    private static EscalationReason notReceived(String detail, OrderInQuestion order) {
        EscalationTurn turn = new EscalationTurn("oos", 0.5, "4321", "en", 0, "scenario", 0, "order_request_for_agent",
                detail, 0, 0, false);
        EscalationCheck check = EscalationRules.evaluate(RULES, List.of(turn, order, EscalationPolicy.DEFAULT));
        assertThat(check.reasons()).extracting(EscalationReason::code).containsExactly("NOT_RECEIVED");
        return check.reasons().getFirst();
    }
}
