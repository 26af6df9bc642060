package io.shopdesk.risk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history is read strictly: its header first (a misspelt {@code device_id} once ran silently, every payment without
 * a device, and recall fell from 0.475 to 0.352), then every cell, each error naming the line, the column and the
 * value; nothing a risk officer did not write is made up, and what a history lacks is said.
 */
class PaymentHistoryCsvTest {
    static final String OPTIONAL = "card_fingerprint, device_id, ip, shipping_address, billing_address, account_age_days, "
            + "order_count, customer_tier, failed_payments_24h, chat_address_change, chat_payment_failed, takeover_reported, "
            + "order_id, order_total, order_currency, conversation_id";
    static final String HEADER = "timestamp,payment_id,customer_id,amount,currency,method,device_id,account_age_days,"
            + "customer_tier,chat_address_change,is_fraud\n";
    static final String ROW = "2026-11-01T00:00:00Z,p1,1,10,CNY,card,dev-1,400,gold,false,0\n";

    @TempDir
    Path dir;

    Path history(String text) throws Exception {
        Path file = dir.resolve("h.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aMisspeltColumnStopsTheRunAndSaysWhatItProbablyIs() throws Exception {
        Path file = history(HEADER.replace("device_id", "devce_id").replace("account_age_days", "account_age_day") + ROW);
        assertThatThrownBy(() -> PaymentHistoryCsv.read(file, "is_fraud")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ":1: unknown columns devce_id (did you mean device_id?), account_age_day (did you mean "
                        + "account_age_days?) (the optional columns are " + OPTIONAL + "; --ignore-column NAME leaves a "
                        + "column out). The header has: timestamp, payment_id, customer_id, amount, currency, method, "
                        + "devce_id, account_age_day, customer_tier, chat_address_change, is_fraud");

        Path camel = history(HEADER.replace("device_id", "deviceId") + ROW);
        assertThatThrownBy(() -> PaymentHistoryCsv.read(camel, null)).hasMessageStartingWith(camel
                + ":1: unknown column deviceid (did you mean device_id?)");
    }

    @Test
    void anExtraColumnIsRefusedUnlessLeftOutOnPurpose() throws Exception {
        Path file = history(HEADER.replace("\n", ",notes\n") + ROW.replace("\n", ",called twice\n"));
        assertThatThrownBy(() -> PaymentHistoryCsv.read(file, null)).hasMessageStartingWith(file + ":1: unknown column notes "
                + "(the optional columns are");
        PaymentHistory read = PaymentHistoryCsv.read(file, "is_fraud", Set.of("Notes"));
        assertThat(read.payments()).singleElement().satisfies(p -> {
            assertThat(p.request().deviceId()).isEqualTo("dev-1");
            assertThat(p.accountAgeDays()).isEqualTo(400);
            assertThat(p.customerTier()).isEqualTo("gold");
            assertThat(p.fraud()).isFalse();
        });
    }

    @Test
    void missingRequiredColumnsAreOneHeaderErrorWithTheColumnsFound() throws Exception {
        Path file = history("timestamp,payment_id,customerid,amount,is_fraud\n2026-11-01T00:00:00Z,p1,1,10,0\n");
        assertThatThrownBy(() -> PaymentHistoryCsv.read(file, "fraud")).hasMessage(file + ":1: missing required columns "
                + "customer_id, currency, method; no label column fraud (did you mean is_fraud?); unknown column customerid "
                + "(did you mean customer_id?) (the optional columns are " + OPTIONAL + "; --ignore-column NAME leaves a "
                + "column out). The header has: timestamp, payment_id, customerid, amount, is_fraud");
    }

    @Test
    void headerNamesIgnoreCaseSpacesAndAByteOrderMarkButNotRepetition() throws Exception {
        Path excel = history("\uFEFFTimestamp, Payment_ID ,customer_id,amount,currency,method\n2026-11-01T00:00:00Z,p1,1,10,CNY,card\n");
        assertThat(PaymentHistoryCsv.read(excel, null).payments()).extracting(p -> p.request().paymentId()).containsExactly("p1");
        Path twice = history("timestamp,payment_id,customer_id,amount,currency,method,ip,IP\n");
        assertThatThrownBy(() -> PaymentHistoryCsv.read(twice, null)).hasMessageStartingWith(twice + ":1: column ip appears twice.");
    }

    @Test
    void badCellsNameTheirLineColumnAndValue() throws Exception {
        String ok = "2026-11-01T00:00:00Z,p1,1,10,CNY,card,dev-1,400,gold,false,0\n";
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("2026-11-01T00:01:00Z,p2,1,abc,CNY,card,dev-1,400,gold,false,0", "column amount: \"abc\" is not a number");
        cases.put("2026-11-01T00:01:00Z,p2,c-7,10,CNY,card,dev-1,400,gold,false,0", "column customer_id: \"c-7\" is not a whole number");
        cases.put("2026-11-01T00:01:00Z,p2,1,10,CNY,card,dev-1,4.5,gold,false,0", "column account_age_days: \"4.5\" is not a whole number");
        cases.put("2026-11-01T00:01:00Z,p2,1,10,CNY,card,dev-1,-3,gold,false,0", "column account_age_days: \"-3\" must be 0 or more");
        cases.put("yesterday,p2,1,10,CNY,card,dev-1,400,gold,false,0",
                "column timestamp: \"yesterday\" is not an ISO-8601 instant, like 2026-11-01T08:30:00Z");
        cases.put("2026-11-01T00:01:00Z,p2,1,10,CNY,card,dev-1,400,platinum,false,0",
                "column customer_tier: \"platinum\" must be one of regular, silver, gold, vip (blank: regular)");
        cases.put("2026-11-01T00:01:00Z,p2,1,10,CNY,card,dev-1,400,gold,maybe,0",
                "column chat_address_change: \"maybe\" must be true/false, 1/0, yes/no or blank (false)");
        cases.put("2026-11-01T00:01:00Z,,1,10,CNY,card,dev-1,400,gold,false,0", "column payment_id: empty; every payment needs one");
        cases.put("2026-11-01T00:01:00Z,p2,1,10,CNY,card,dev-1,400,gold,false,0,extra", "12 cells, but the header has 11 columns");
        for (var c : cases.entrySet()) {
            // Line 8: the header, six good rows, then the bad one.
            Path file = history(HEADER + ok.repeat(6) + c.getKey() + "\n");
            assertThatThrownBy(() -> PaymentHistoryCsv.read(file, "is_fraud")).as(c.getKey())
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(file + ":8: " + c.getValue());
        }
    }

    @Test
    void tiersAndFlagsAreReadInAnyCase() throws Exception {
        Path file = history(HEADER + "2026-11-01T00:00:00Z,p1,1,10,CNY,card,dev-1,400,VIP,Yes,\n"
                + "2026-11-01T00:01:00Z,p2,1,10,CNY,card,dev-1,,,0,\n");
        List<HistoricalPayment> rows = PaymentHistoryCsv.read(file, "is_fraud").payments();
        assertThat(rows).extracting(HistoricalPayment::customerTier).containsExactly("vip", "regular");
        assertThat(rows).extracting(HistoricalPayment::chatAddressChange).containsExactly(true, false);
        assertThat(rows).extracting(HistoricalPayment::accountAgeDays).containsExactly(400L, 365L);
    }

    /** Optional columns a history lacks are allowed, and reported with what every payment got instead. */
    @Test
    void whatAHistoryLacksIsReportedWithItsDefault() throws Exception {
        Path file = history("timestamp,payment_id,customer_id,amount,currency,method,device_id\n"
                + "2026-11-01T00:00:00Z,p1,1,10,CNY,card,dev-1\n");
        PaymentHistory read = PaymentHistoryCsv.read(file, null);
        assertThat(read.columns()).containsExactly("timestamp", "payment_id", "customer_id", "amount", "currency", "method", "device_id");
        assertThat(read.defaulted()).containsExactly(Map.entry("card_fingerprint", "none"), Map.entry("ip", "none"),
                Map.entry("shipping_address", "none"), Map.entry("billing_address", "none"),
                Map.entry("account_age_days", "365"), Map.entry("order_count", "0"), Map.entry("customer_tier", "regular"),
                Map.entry("failed_payments_24h", "0"), Map.entry("chat_address_change", "false"),
                Map.entry("chat_payment_failed", "0"), Map.entry("takeover_reported", "false"),
                Map.entry("order_id", "none"),
                Map.entry("order_total", "none: an order_id without it is an order the shop does not know"),
                Map.entry("order_currency", "the payment's currency"), Map.entry("conversation_id", "none"));
    }

    /**
     * The order a payment names and its total, and the chat it was made in (stop 32): before, a CSV history had
     * neither, so the rules on the amount against the order's total, on an unknown order and on the cards tried in
     * one chat could not fire in a backtest. A total is in the payment's currency unless {@code order_currency} says
     * otherwise; an order id without a total is an order the shop did not know.
     */
    @Test
    void theOrderWithItsTotalAndTheConversationAreRead() throws Exception {
        Path file = history("timestamp,payment_id,customer_id,amount,currency,method,order_id,order_total,order_currency,"
                + "conversation_id\n"
                + "2026-11-01T00:00:00Z,p1,7,5980,CNY,alipay, SD10000004 ,598,,conv-1\n"
                + "2026-11-01T00:01:00Z,p2,7,720,CNY,alipay,SD10000099,100,usd,\n"
                + "2026-11-01T00:02:00Z,p3,7,5980,CNY,alipay,SD19999999,,,conv-1\n"
                + "2026-11-01T00:03:00Z,p4,7,10,CNY,alipay,,,,\n");
        List<HistoricalPayment> rows = PaymentHistoryCsv.read(file, null).payments();

        assertThat(rows).extracting(h -> h.request().orderId()).containsExactly("SD10000004", "SD10000099", "SD19999999", null);
        assertThat(rows).extracting(h -> h.request().conversationId()).containsExactly("conv-1", null, "conv-1", null);
        assertThat(rows.get(0).order()).isEqualTo(new io.shopdesk.risk.ShopOrder("SD10000004", 7, new java.math.BigDecimal("598"), "CNY"));
        assertThat(rows.get(1).order()).isEqualTo(new io.shopdesk.risk.ShopOrder("SD10000099", 7, new java.math.BigDecimal("100"), "USD"));
        assertThat(rows.get(2).order()).as("an order the shop did not know").isNull();
        assertThat(rows.get(3).order()).isNull();

        Path written = dir.resolve("written.csv");
        PaymentHistoryCsv.write(written, rows);
        List<HistoricalPayment> again = PaymentHistoryCsv.read(written, null).payments();
        assertThat(again).extracting(HistoricalPayment::order).containsExactlyElementsOf(
                rows.stream().map(HistoricalPayment::order).toList());
        assertThat(again).extracting(h -> h.request().conversationId()).containsExactly("conv-1", null, "conv-1", null);
    }

    @Test
    void badOrderCellsNameTheirLineColumnAndValue() throws Exception {
        String header = "timestamp,payment_id,customer_id,amount,currency,method,order_id,order_total,order_currency\n";
        String ok = "2026-11-01T00:00:00Z,p1,1,10,CNY,card,SD10000001,10,\n";
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("2026-11-01T00:01:00Z,p2,1,10,CNY,card,SD10000002,ten,\n",
                ":3: column order_total: \"ten\" is not a number");
        cases.put("2026-11-01T00:01:00Z,p2,1,10,CNY,card,SD10000002,0,\n",
                ":3: column order_total: \"0\" must be more than 0 (blank: an order the shop does not know)");
        cases.put("2026-11-01T00:01:00Z,p2,1,10,CNY,card,,598,\n",
                ":3: column order_total: \"598\" without an order_id: say which order it is the total of");
        cases.put("2026-11-01T00:01:00Z,p2,1,10,CNY,card,SD10000002,598,RMB\n",
                ":3: column order_currency: \"RMB\" must be one of CNY, EUR, GBP, HKD, JPY, USD (blank: the payment's currency)");
        cases.put("2026-11-01T00:01:00Z,p2,1,10,CNY,card,SD10000002,,USD\n",
                ":3: column order_currency: \"USD\" without an order_total (blank order_total: an order the shop does "
                        + "not know, which has no currency)");
        cases.put("2026-11-01T00:01:00Z,p2,1,10,CNY,card,SD100000020000000,10,\n",
                ":3: order_id size must be between 0 and 16");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path file = history(header + ok + c.getKey());
            assertThatThrownBy(() -> PaymentHistoryCsv.read(file, null)).as(c.getKey())
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(file + c.getValue());
        }
    }

    @Test
    void anEmptyFileSaysAHistoryNeedsAHeader() throws Exception {
        Path file = history("\n\n");
        assertThatThrownBy(() -> PaymentHistoryCsv.read(file, null))
                .hasMessage(file + ": empty file; a history starts with a header naming its columns");
    }
}
