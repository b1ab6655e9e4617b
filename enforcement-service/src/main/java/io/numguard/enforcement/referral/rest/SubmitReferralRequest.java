package io.numguard.enforcement.referral.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** Body of {@code POST /api/referrals}. The agency is the token's {@code agency} claim, never the body's. */
public record SubmitReferralRequest(
        @NotBlank @Size(max = 64) String policeCaseNumber,
        @NotNull @DecimalMin("0") BigDecimal lossYuan,
        @NotEmpty @Size(max = 500) List<@NotBlank String> suspectNumbers,
        @Size(max = 8000) String summary) {
}
