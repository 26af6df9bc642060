package io.shopdesk.risk;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An instalment (financing) application. Applicant attributes follow the kinds in the German credit data: income,
 * employment, existing credits, housing, credit history.
 */
public record FinancingRequest(
        @NotBlank @Size(max = 64) String applicationId,
        @NotNull Long customerId,
        @NotNull @DecimalMin(value = "0.01", message = "must be positive")
        @DecimalMax(value = "1000000000", message = PaymentRequest.AMOUNT_BOUNDS)
        @Digits(integer = 10, fraction = 2, message = PaymentRequest.AMOUNT_BOUNDS) BigDecimal amount,
        @NotNull @Min(1) @Max(60) Integer termMonths,
        @Size(max = 64) String purpose,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal monthlyIncome,
        @Size(max = 32) String employment,
        @Min(0) @Max(20) Integer existingCredits,
        @Size(max = 16) String housing,
        @Size(max = 32) String creditHistory,
        @Min(18) @Max(120) Integer age,
        @Size(max = 64) String conversationId,
        Instant timestamp) {
}
