package io.shopdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

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
                """);
        List<EscalationScenarios.Result> results = EscalationScenarios.run(RULES, dir);
        assertThat(results).extracting(EscalationScenarios.Result::passed).containsExactly(false, false, false, false);
        assertThat(results.get(0).message())
                .isEqualTo("escalated [EXPLICIT_REQUEST], expected not to; priority 2, expected 3; team general, expected payments");
        assertThat(results.get(1).message()).isEqualTo("needs a turn or a waiting message, and an expect");
        assertThat(results.get(2).message()).isEqualTo("withdrew (WithdrawOnShopperRequest), expected not to");
        assertThat(results.get(3).message()).isEqualTo("did not withdraw, expected to");
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
                "SF1234567890123", java.time.LocalDate.parse("2026-11-28"), 8);
        EscalationCheck check = EscalationRules.evaluate(RULES, List.of(turn, order, EscalationPolicy.DEFAULT));
        assertThat(check.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("LATE_DELIVERY");
            assertThat(reason.rule()).isEqualTo("EscalateLateDelivery");
            assertThat(reason.messageEn()).isEqualTo("The shopper is chasing a late parcel: order SD10000001 (in_transit) "
                    + "was due on 2026-11-28, 8 days ago; open an investigation with SF Express (tracking number "
                    + "SF1234567890123)");
            assertThat(reason.messageZh()).isEqualTo("顾客追问晚到的包裹：订单 SD10000001（in_transit）原定 2026-11-28 送达，"
                    + "已晚 8 天，请向SF Express发起查件（运单号 SF1234567890123）");
        });
    }
}
