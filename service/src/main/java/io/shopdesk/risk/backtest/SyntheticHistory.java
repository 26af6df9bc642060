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
 * it). Normal traffic: customers of varied account age paying from their own one or two devices. Fraud patterns,
 * labelled 1: card testing (bursts of tiny amounts on one card from one IP), account takeover (a new device, an
 * address change in the chat, a large amount, mismatched addresses), and known-bad devices from the demo block
 * list. Deterministic for a seed. Thread-safe (stateless).
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
            } else {
                long customer = 1 + random.nextInt(2000);
                String method = switch (random.nextInt(5)) {
                    case 0 -> "alipay";
                    case 1 -> "wechat_pay";
                    case 2 -> "huabei";
                    default -> "card";
                };
                String address = "上海市浦东新区张杨路 " + (customer % 500) + " 号";
                rows.add(row(++n, clock, customer, money(random, 20, 2500), method, "fp-" + customer,
                        "dev-" + customer + "-" + random.nextInt(2), "192.0.2." + (customer % 250), address, address,
                        30 + customer % 1500, (int) (customer % 30), customer % 20 == 0 ? "gold" : "regular",
                        false, random.nextInt(40) == 0 ? 1 : 0, false));
            }
        }
        return rows;
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
