package io.numguard.enforcement.referral.rest;

import io.numguard.enforcement.referral.Referral;
import io.numguard.enforcement.referral.ReferralLink;
import io.numguard.enforcement.referral.service.ReferralService;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A referral as its agency sees it; {@code cases} says where each linked case stands and what was ordered. */
public record ReferralView(
        String id,
        String agency,
        String submittedBy,
        String policeCaseNumber,
        BigDecimal lossYuan,
        List<String> suspectNumbers,
        String summary,
        Instant receivedAt,
        List<ReferralLink> links,
        List<String> caseIds,
        List<String> unmatchedNumbers,
        List<ReferralService.LinkedCase> cases) {

    public static ReferralView of(Referral r, List<ReferralService.LinkedCase> cases) {
        return new ReferralView(r.referralId(), r.agency(), r.submittedBy(), r.policeCaseNumber(), r.lossYuan(),
                r.suspectNumbers(), r.summary(), r.receivedAt(), r.links(), r.caseIds(), r.unmatchedNumbers(),
                cases);
    }
}
