package io.shopdesk.risk.backtest;

import java.util.List;
import java.util.Map;

/**
 * A payment history as read from CSV ({@link PaymentHistoryCsv#read}). Immutable.
 *
 * @param payments  the payments, in file order
 * @param columns   the header's columns, as read (lower case)
 * @param defaulted the optional columns the history lacks, each with the value every payment got instead (a
 *                  backtest's summary says so: a history without {@code device_id} replays every payment without a
 *                  device, and its results differ)
 */
public record PaymentHistory(List<HistoricalPayment> payments, List<String> columns, Map<String, String> defaulted) {

    public PaymentHistory {
        payments = List.copyOf(payments);
        columns = List.copyOf(columns);
        defaulted = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(defaulted));
    }
}
