package io.numguard.enforcement.referral;

import java.util.List;

/** The suspect numbers of a referral that fall in one segment, and the case of that segment they joined or opened. */
public record ReferralLink(String segmentCode, String caseId, List<String> numbers) {
    public ReferralLink {
        numbers = List.copyOf(numbers);
    }
}
