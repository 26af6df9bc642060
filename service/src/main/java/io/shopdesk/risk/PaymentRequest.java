package io.shopdesk.risk;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment to score, as the shop's checkout sends it. Validated at the API: bad fields are a 400 with field errors. */
public record PaymentRequest(
        @NotBlank @Size(max = 64) String paymentId,
        @NotNull Long customerId,
        @NotNull @DecimalMin(value = "0.01", message = "must be positive")
        @DecimalMax(value = "1000000000", message = AMOUNT_BOUNDS)
        @Digits(integer = 10, fraction = 2, message = AMOUNT_BOUNDS) BigDecimal amount,
        @NotBlank @Pattern(regexp = "CNY|USD|EUR|HKD|GBP|JPY", message = "unknown currency; one of CNY, USD, EUR, HKD, GBP, JPY") String currency,
        @NotBlank @Pattern(regexp = "card|alipay|wechat_pay|huabei|bank_transfer", message = "one of card, alipay, wechat_pay, huabei, bank_transfer") String method,
        @Size(max = 128) String cardFingerprint,
        @Size(max = 128) String deviceId,
        @Size(max = 64) String ip,
        @Size(max = 500) String shippingAddress,
        @Size(max = 500) String billingAddress,
        @Size(max = 16) String orderId,
        @Size(max = 64) String conversationId,
        Instant timestamp) {

    /**
     * What an amount must be besides positive, one message for both of its checks so that an amount failing both
     * (1e20) gets one answer: beyond it, a day's velocity sums in hundredths would overflow.
     */
    public static final String AMOUNT_BOUNDS = "must be at most 1000000000, with at most 2 decimals";
}
