package io.shopdesk.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one unit of each accepted currency is worth in CNY, so that the payment rules and the velocity sums compare
 * and add amounts in one currency (a JPY 1,500 payment is about CNY 72, not a large payment; a card's USD payments
 * sum with its CNY ones at their worth). Configured as {@code shopdesk.risk.cny-rates}; a currency left out takes its
 * rate from {@link #DEFAULTS}, which the scenarios and the backtest use. Immutable and thread-safe.
 *
 * @param perUnit CNY per unit of each currency code, every one positive
 */
public record CnyRates(Map<String, BigDecimal> perUnit) {

    /** Approximate rates, as of the end of 2026's first half; one for every currency the API accepts. */
    public static final CnyRates DEFAULTS = new CnyRates(Map.of("CNY", BigDecimal.ONE, "USD", new BigDecimal("7.2"),
            "EUR", new BigDecimal("7.8"), "HKD", new BigDecimal("0.92"), "GBP", new BigDecimal("9.1"),
            "JPY", new BigDecimal("0.048")));

    /** Currency codes are taken in upper case (an environment variable's key arrives in lower case). */
    public CnyRates {
        Map<String, BigDecimal> rates = new HashMap<>();
        perUnit.forEach((currency, rate) -> {
            if (rate == null || rate.signum() <= 0) {
                throw new IllegalArgumentException("shopdesk.risk.cny-rates." + currency + " must be positive, got " + rate);
            }
            rates.put(currency.toUpperCase(Locale.ROOT), rate);
        });
        perUnit = Map.copyOf(rates);
    }

    /** These rates with {@code overrides} replacing some (null: none). */
    public CnyRates with(Map<String, BigDecimal> overrides) {
        Map<String, BigDecimal> merged = new HashMap<>(perUnit);
        if (overrides != null) {
            overrides.forEach((currency, rate) -> merged.put(currency.toUpperCase(Locale.ROOT), rate));
        }
        return new CnyRates(merged);
    }

    /**
     * {@code amount} in CNY, to the fen (half up).
     *
     * @throws IllegalArgumentException for a currency without a rate (the API accepts none such)
     */
    public BigDecimal toCny(BigDecimal amount, String currency) {
        BigDecimal rate = currency == null ? null : perUnit.get(currency);
        if (rate == null) {
            throw new IllegalArgumentException("no CNY rate for currency " + currency + " (shopdesk.risk.cny-rates)");
        }
        return amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }
}
