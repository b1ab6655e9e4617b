package io.numguard.registry.segment;

import io.numguard.registry.RegulatoryCalendar;
import io.numguard.registry.RejectionReason;
import io.numguard.registry.licensee.CallCentreLicence;
import io.numguard.registry.licensee.Licensee;
import io.numguard.registry.numberplan.NumberPlan;
import io.numguard.support.rule.Verdict;
import io.numguard.support.rule.Verdict.Nothing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The allocation rules, each a named policy that allows or rejects with a stable {@link RejectionReason}, and
 * {@link #standard(NumberPlan)}, which runs them all in a fixed order and answers with the first rejection.
 */
public final class AllocationPolicies {

    private AllocationPolicies() {
    }

    /**
     * A regulator acts only on licensees registered in its province; the ministry ({@code CN}) acts everywhere.
     * Rejection: {@code outside-province}.
     */
    public static AllocationPolicy regulatorActsWithinItsProvince() {
        return AllocationPolicy.named("regulatorActsWithinItsProvince", (request, facts) -> {
            Licensee l = facts.licensee();
            return request.regulatorProvince().covers(l.province())
                    ? Verdict.allowed()
                    : Verdict.refused(RejectionReason.OUTSIDE_PROVINCE, "a regulator of "
                    + request.regulatorProvince() + " cannot act on licensee " + l.uscc() + " registered in "
                    + l.province());
        });
    }

    /** The code lies in a range the number plan opens to call-centre enterprises; {@code segment-outside-number-plan}. */
    public static AllocationPolicy segmentInsideNumberPlan(NumberPlan plan) {
        return AllocationPolicy.named("segmentInsideNumberPlan", (request, facts) -> plan.check(request.code()));
    }

    /**
     * The code overlaps (prefix either way, or equals) no segment that is allocated, suspended or quarantined
     * (anything but RELEASED); {@code segment-overlaps}. The lowest overlapping code is named, so the answer is
     * deterministic.
     */
    public static AllocationPolicy segmentDoesNotOverlapAnotherSegment() {
        return AllocationPolicy.named("segmentDoesNotOverlapAnotherSegment", (request, facts) -> {
            Optional<ExistingSegment> clash = facts.existingSegments().stream()
                    .filter(s -> SegmentStatusRules.blocksAllocation(s.status()) && s.code().overlaps(request.code()))
                    .min(Comparator.comparing(ExistingSegment::code));
            return clash.<Verdict<Nothing>>map(s -> Verdict.refused(RejectionReason.SEGMENT_OVERLAPS,
                            "segment " + request.code() + " overlaps segment " + s.code() + " (" + s.status() + ")"))
                    .orElse(Verdict.allowed());
        });
    }

    /** The licensee holds a call-centre licence valid on the allocation date (China time); {@code licence-invalid}. */
    public static AllocationPolicy licenseeHoldsValidLicence() {
        return AllocationPolicy.named("licenseeHoldsValidLicence", (request, facts) -> {
            LocalDate date = RegulatoryCalendar.dateOf(request.at());
            CallCentreLicence licence = facts.licensee().licence();
            return licence.isValidOn(date)
                    ? Verdict.allowed()
                    : Verdict.refused(RejectionReason.LICENCE_INVALID, "licence " + licence.number() + " of "
                    + facts.licensee().uscc() + " is valid from " + licence.validFrom() + " until "
                    + licence.validUntil() + ", not on " + date);
        });
    }

    /** No sanction in force names the licensee's USCC; {@code licensee-sanctioned}. */
    public static AllocationPolicy licenseeNotSanctioned() {
        return AllocationPolicy.named("licenseeNotSanctioned", (request, facts) ->
                facts.sanctions().against(facts.licensee().uscc())
                        .<Verdict<Nothing>>map(s -> Verdict.refused(RejectionReason.LICENSEE_SANCTIONED,
                                "licensee " + facts.licensee().uscc() + " is under sanction " + s.sanctionId()))
                        .orElse(Verdict.allowed()));
    }

    /**
     * No sanction in force names the licensee's legal representative (by hash), whichever company it was imposed
     * on; {@code legal-representative-sanctioned}.
     */
    public static AllocationPolicy legalRepresentativeNotSanctioned() {
        return AllocationPolicy.named("legalRepresentativeNotSanctioned", (request, facts) ->
                facts.sanctions().against(facts.licensee().legalRepresentative())
                        .<Verdict<Nothing>>map(s -> Verdict.refused(RejectionReason.LEGAL_REPRESENTATIVE_SANCTIONED,
                                "the legal representative of " + facts.licensee().uscc()
                                        + " is under sanction " + s.sanctionId() + " (imposed on " + s.licensee()
                                        + ")"))
                        .orElse(Verdict.allowed()));
    }

    /** Runs the policies in the given order and answers with the first rejection, or allows when none rejects. */
    public static AllocationPolicy firstRejectionOf(String name, List<AllocationPolicy> policies) {
        List<AllocationPolicy> ordered = List.copyOf(policies);
        return AllocationPolicy.named(name, (request, facts) -> {
            for (AllocationPolicy p : ordered) {
                Verdict<Nothing> d = p.evaluate(request, facts);
                if (d.isRefused()) {
                    return d;
                }
            }
            return Verdict.allowed();
        });
    }

    /**
     * Every allocation rule, in this order: province scope first (a regulator learns nothing about a licensee it
     * may not act on), then the code (number plan, overlap), then the licensee (licence, sanctions on the company,
     * sanctions on its legal representative).
     */
    public static AllocationPolicy standard(NumberPlan plan) {
        return firstRejectionOf("allAllocationPolicies", List.of(
                regulatorActsWithinItsProvince(),
                segmentInsideNumberPlan(plan),
                segmentDoesNotOverlapAnotherSegment(),
                licenseeHoldsValidLicence(),
                licenseeNotSanctioned(),
                legalRepresentativeNotSanctioned()));
    }
}
