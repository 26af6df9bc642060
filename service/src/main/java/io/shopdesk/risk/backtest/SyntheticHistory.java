package io.shopdesk.risk.backtest;

import io.shopdesk.risk.PaymentRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a SYNTHETIC, labelled payment history for demonstrating and testing backtests (no real shopper is in
 * it). Normal traffic: customers of varied account age paying from their own one or two devices, most for an order
 * of the same total ({@code order_id}, {@code order_total}), a tenth from a chat ({@code conversation_id}), one in a
 * hundred of their orders one the shop does not know (an order of another system, small amounts). Fraud patterns,
 * labelled 1: card testing (bursts of tiny amounts on one card from one IP), account takeover (a new device, an
 * address change in the chat, a large amount, mismatched addresses), known-bad devices from the demo block list,
 * card after card tried in one chat for one order, a large payment for an order the shop does not know, and a
 * payment of several times its order's total. Deterministic for a seed. Thread-safe (stateless).
 */
public final class SyntheticHistory {

    private SyntheticHistory() {
    }

    public static List<HistoricalPayment> generate(int payments, long seed, Instant start) {
        Random random = new Random(seed);
        List<HistoricalPayment> rows = new ArrayList<>(payments);
        Instant clock = start;
        int n = 0;
        while (rows.size() < payments) {
            clock = clock.plus(Duration.ofSeconds(5 + random.nextInt(120)));
            double pattern = random.nextDouble();
            if (pattern < 0.015) {
                // Card testing: 5-8 tiny payments within a few minutes, one card, one IP, fresh devices.
                String card = "fp-test-" + random.nextInt(1_000_000);
                String ip = "198.51.100." + random.nextInt(250);
                int burst = 5 + random.nextInt(4);
                for (int i = 0; i < burst && rows.size() < payments; i++) {
                    clock = clock.plus(Duration.ofSeconds(10 + random.nextInt(40)));
                    long customer = 50_000 + random.nextInt(1000);
                    rows.add(row(++n, clock, customer, money(random, 1, 9), "card", card, "dev-t-" + random.nextInt(100_000),
                            ip, null, null, random.nextInt(5), 0, "regular", false, 0, true));
                }
            } else if (pattern < 0.025) {
                // Account takeover: an established account, a new device, an address change just before a big payment.
                long customer = 1 + random.nextInt(2000);
                rows.add(row(++n, clock, customer, money(random, 4000, 15000), "card", "fp-" + customer,
                        "dev-ato-" + random.nextInt(100_000), "203.0.113." + random.nextInt(250),
                        "深圳市南山区科技园 " + random.nextInt(99) + " 号", "北京市海淀区中关村 " + random.nextInt(99) + " 号",
                        300 + random.nextInt(1500), 5 + random.nextInt(20), "regular", true, random.nextInt(3), true));
            } else if (pattern < 0.03) {
                // A device from the demo block list.
                long customer = 1 + random.nextInt(2000);
                rows.add(row(++n, clock, customer, money(random, 100, 3000), "card", "fp-" + customer,
                        "dev-fraud-000" + (1 + random.nextInt(2)), "192.0.2." + random.nextInt(250), null, null,
                        30 + random.nextInt(500), random.nextInt(10), "regular", false, 0, true));
            } else if (pattern < 0.035) {
                // Cards tried one after another in one chat for one order, by a new account, until one goes through.
                long customer = 60_000 + random.nextInt(1000);
                String conversation = "conv-cards-" + n;
                String order = orderId(n);
                BigDecimal amount = money(random, 200, 900);
                int cards = 3 + random.nextInt(3);
                for (int i = 0; i < cards && rows.size() < payments; i++) {
                    clock = clock.plus(Duration.ofSeconds(20 + random.nextInt(60)));
                    rows.add(row(++n, clock, customer, amount, "card", "fp-chat-" + random.nextInt(1_000_000),
                            "dev-c-" + customer, "198.18.0." + random.nextInt(250), null, null, 3 + random.nextInt(60),
                            random.nextInt(2), "regular", false, 0, true).with(order, amount, conversation));
                }
            } else if (pattern < 0.04) {
                // A large payment for an order the shop does not know: nothing it could be for.
                long customer = 1 + random.nextInt(2000);
                rows.add(row(++n, clock, customer, money(random, 3000, 9000), "card", "fp-" + customer,
                        "dev-" + customer + "-0", "192.0.2." + (customer % 250), null, null, 30 + random.nextInt(900),
                        random.nextInt(10), "regular", false, 0, true).with("SD9" + String.format("%07d", n), null, null));
            } else if (pattern < 0.045) {
                // Several times the order's total: a payment that is not for this order.
                long customer = 1 + random.nextInt(2000);
                BigDecimal total = money(random, 100, 800);
                BigDecimal amount = total.multiply(BigDecimal.valueOf(3 + random.nextInt(8)));
                rows.add(row(++n, clock, customer, amount, "card", "fp-" + customer, "dev-" + customer + "-0",
                        "192.0.2." + (customer % 250), null, null, 30 + random.nextInt(900), random.nextInt(10),
                        "regular", false, 0, true).with(orderId(n), total, null));
            } else {
                long customer = 1 + random.nextInt(2000);
                String method = switch (random.nextInt(5)) {
                    case 0 -> "alipay";
                    case 1 -> "wechat_pay";
                    case 2 -> "huabei";
                    default -> "card";
                };
                String address = "上海市浦东新区张杨路 " + (customer % 500) + " 号";
                BigDecimal amount = money(random, 20, 2500);
                HistoricalPayment payment = row(++n, clock, customer, amount, method, "fp-" + customer,
                        "dev-" + customer + "-" + random.nextInt(2), "192.0.2." + (customer % 250), address, address,
                        30 + customer % 1500, (int) (customer % 30), customer % 20 == 0 ? "gold" : "regular",
                        false, random.nextInt(40) == 0 ? 1 : 0, false);
                int order = random.nextInt(100);
                String conversation = random.nextInt(10) == 0 ? "conv-" + n : null;
                // Most pay for an order of their amount; a fifth name none; one in a hundred an order the shop does
                // not know (placed in another system).
                rows.add(order < 20 ? payment.with(null, null, conversation)
                        : payment.with(order == 20 ? "SD8" + String.format("%07d", n) : orderId(n),
                        order == 20 ? null : amount, conversation));
            }
        }
        return rows;
    }

    /** An order id of the demo's form, unique per payment number (SD2…: never one of the demo shop's SD1…). */
    private static String orderId(int n) {
        return "SD2" + String.format("%07d", n);
    }

    private static BigDecimal money(Random random, int min, int max) {
        return BigDecimal.valueOf(min + random.nextDouble() * (max - min)).setScale(2, RoundingMode.HALF_UP);
    }

    private static HistoricalPayment row(int n, Instant at, long customer, BigDecimal amount, String method, String card,
                                         String device, String ip, String shipping, String billing, long accountAge,
                                         int orders, String tier, boolean chatAddressChange, int chatFailed, boolean fraud) {
        return new HistoricalPayment(new PaymentRequest("syn-" + n, customer, amount, "CNY", method,
                method.equals("card") ? card : null, device, ip, shipping, billing, null, null, at),
                accountAge, orders, tier, 0, chatAddressChange, chatFailed, fraud);
    }
}
