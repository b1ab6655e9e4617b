package io.numguard.enforcement.referral;

import java.math.BigDecimal;
import java.util.List;

/**
 * A referral as the police send it ({@code POST /api/referrals}), before validation. The agency is not part of it:
 * it comes from the token.
 *
 * @param lossYuan       the victims' loss in yuan, zero or more
 * @param suspectNumbers numbers in any form people type ({@code +86 95123456}, full-width digits, dashes...)
 */
public record ReferralSubmission(String policeCaseNumber, BigDecimal lossYuan, List<String> suspectNumbers,
                                 String summary) {
    public ReferralSubmission {
        suspectNumbers = suspectNumbers == null ? List.of() : List.copyOf(suspectNumbers);
    }
}
