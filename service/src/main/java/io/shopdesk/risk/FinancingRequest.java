package io.shopdesk.risk;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An instalment (financing) application. Applicant attributes follow the kinds in the German credit data: income,
 * employment, existing credits, housing, credit history. Housing, employment and credit history take only the values
 * the scorecard and the financing model know ({@link #HOUSING}, {@link #EMPLOYMENT}, {@link #CREDIT_HISTORY}; absent
 * when not known): any other word ("paid_duly", "employed") was accepted and scored as if nothing were known about it,
 * so a caller's typo silently took the scorecard's points away (stop 33).
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
        @Pattern(regexp = EMPLOYMENT, message = "one of " + EMPLOYMENT_VALUES + " (leave it out when not known)") String employment,
        @Min(0) @Max(20) Integer existingCredits,
        @Pattern(regexp = HOUSING, message = "one of " + HOUSING_VALUES + " (leave it out when not known)") String housing,
        @Pattern(regexp = CREDIT_HISTORY, message = "one of " + CREDIT_HISTORY_VALUES + " (leave it out when not known)") String creditHistory,
        @Min(18) @Max(120) Integer age,
        @Size(max = 64) String conversationId,
        Instant timestamp) {

    /** The housing values the scorecard and model know. */
    public static final String HOUSING = "own|rent|free";
    static final String HOUSING_VALUES = "own, rent, free";
    /** The employment values (how long employed) the scorecard and model know. */
    public static final String EMPLOYMENT = "unemployed|less_than_1_year|1_to_4_years|4_to_7_years|7_years_plus";
    static final String EMPLOYMENT_VALUES = "unemployed, less_than_1_year, 1_to_4_years, 4_to_7_years, 7_years_plus";
    /** The credit history values the scorecard and model know. */
    public static final String CREDIT_HISTORY = "no_credits|all_paid|existing_paid|delayed|critical";
    static final String CREDIT_HISTORY_VALUES = "no_credits, all_paid, existing_paid, delayed, critical";
}
