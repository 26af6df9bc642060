package io.shopdesk.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an order's payments say to a shopper asking whether they paid or were charged twice: a duplicate charge is two
 * succeeded payments of the same amount close in time; a failed attempt or a refunded payment took no money.
 */
class OrderPaymentsTest {

    static OrderDetails.Payment payment(String id, String amount, String method, String status, String failureCode,
                                        String at) {
        return new OrderDetails.Payment(id, new BigDecimal(amount), "CNY", method, status, failureCode, null,
                at == null ? null : OffsetDateTime.parse(at));
    }

    @Test
    void twoSucceededPaymentsOfTheSameAmountMinutesApartAreADuplicateCharge() {
        var first = payment("P1", "899.00", "alipay", "succeeded", null, "2026-11-24T20:11:05+08:00");
        var second = payment("P2", "899.0", "alipay", "succeeded", null, "2026-11-24T20:12:40+08:00");
        OrderPayments payments = new OrderPayments(List.of(second, first));
        assertThat(payments.isDuplicateCharge()).isTrue();
        assertThat(payments.duplicatePair()).contains(List.of(first, second));
        assertThat(payments.succeeded()).containsExactly(first, second);
        assertThat(payments.latestSucceeded()).contains(second);
    }

    @Test
    void twoSucceededPaymentsFarApartOrOfDifferentAmountsAreNoDuplicate() {
        var morning = payment("P1", "899.00", "card", "succeeded", null, "2026-11-24T08:00:00+08:00");
        var evening = payment("P2", "899.00", "card", "succeeded", null, "2026-11-24T09:00:01+08:00");
        assertThat(new OrderPayments(List.of(morning, evening)).isDuplicateCharge()).isFalse();
        var withinTheHour = payment("P3", "899.00", "card", "succeeded", null, "2026-11-24T09:00:00+08:00");
        assertThat(new OrderPayments(List.of(morning, withinTheHour)).isDuplicateCharge()).isTrue();
        var otherAmount = payment("P4", "129.00", "card", "succeeded", null, "2026-11-24T08:01:00+08:00");
        assertThat(new OrderPayments(List.of(morning, otherAmount)).isDuplicateCharge()).isFalse();
        assertThat(new OrderPayments(List.of(morning, otherAmount)).succeeded()).hasSize(2);
    }

    @Test
    void aFailedAttemptBeforeTheOnePaymentTookNoMoney() {
        var declined = payment("P1", "728.00", "card", "failed", "card_declined", "2026-11-14T09:01:00+08:00");
        var paid = payment("P2", "728.00", "alipay", "succeeded", null, "2026-11-14T09:04:00+08:00");
        OrderPayments payments = new OrderPayments(List.of(paid, declined));
        assertThat(payments.isDuplicateCharge()).isFalse();
        assertThat(payments.succeeded()).containsExactly(paid);
        assertThat(payments.failed()).containsExactly(declined);
        assertThat(payments.latestFailure()).contains(declined);
        assertThat(payments.all()).containsExactly(declined, paid);
    }

    @Test
    void theLatestFailureAndPendingAttemptAreTheNewest() {
        var funds = payment("P1", "880.00", "card", "failed", "insufficient_funds", "2026-11-25T08:51:30+08:00");
        var blocked = payment("P2", "880.00", "card", "failed", "risk_blocked", "2026-11-25T08:55:00+08:00");
        var waiting = payment("P3", "880.00", "wechat_pay", "pending", null, "2026-11-25T09:00:00+08:00");
        OrderPayments payments = new OrderPayments(List.of(waiting, blocked, funds));
        assertThat(payments.latestFailure().map(OrderDetails.Payment::failureCode)).contains("risk_blocked");
        assertThat(payments.pending()).contains(waiting);
        assertThat(payments.succeeded()).isEmpty();
    }

    @Test
    void aRefundedPaymentIsNoLongerACharge() {
        var refunded = payment("P1", "1299.00", "card", "refunded", null, "2026-11-14T02:16:00+08:00");
        OrderPayments payments = new OrderPayments(List.of(refunded));
        assertThat(payments.succeeded()).isEmpty();
        assertThat(payments.refunded()).containsExactly(refunded);
        assertThat(payments.pending()).isEmpty();
    }

    @Test
    void paymentsWithoutATimeAreNeverADuplicateAndNoPaymentsSayNothing() {
        var untimed = payment("P1", "100.00", "card", "succeeded", null, null);
        var timed = payment("P2", "100.00", "card", "succeeded", null, "2026-11-24T08:00:00+08:00");
        assertThat(new OrderPayments(List.of(untimed, timed)).isDuplicateCharge()).isFalse();
        OrderPayments none = new OrderPayments(List.of());
        assertThat(none.isDuplicateCharge()).isFalse();
        assertThat(none.latestFailure()).isEmpty();
        assertThat(none.latestSucceeded()).isEmpty();
    }
}
