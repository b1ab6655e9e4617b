package io.numguard.complaint.reputation.service;

import io.numguard.complaint.reputation.CallDirection;
import io.numguard.complaint.reputation.ScreeningVerdict;
import io.numguard.complaint.reputation.VerdictService;
import io.numguard.contracts.number.PhoneNumber;
import io.numguard.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/** The call-time screening verdict, answered from the in-memory index alone (no database on the hot path). */
@ApplicationScoped
public class ReputationQueryService {
    @Inject
    VerdictService verdicts;

    /** The verdict as people and carriers read it; {@link ScreeningVerdict} is a packed view, not for JSON. */
    public record VerdictView(String number, String label, String verdict, Integer score, List<String> reasons,
                              String segmentCode, String segmentStatus, String numberLabel, String segmentLabel,
                              List<String> reasonCodes, String direction, ItemError error) {
        static VerdictView of(ScreeningVerdict v, CallDirection direction) {
            return new VerdictView(v.number(), v.label().name(), v.verdict().name(), v.score(), v.reasons(),
                    v.segmentCode(), v.segmentStatusName(), v.numberLabel().name(), v.segmentLabel().name(),
                    v.reasonCodes().stream().map(Enum::name).toList(), direction.name(), null);
        }

        static VerdictView failed(String raw, String detail) {
            return new VerdictView(raw, null, null, null, null, null, null, null, null, null, null,
                    new ItemError("urn:numguard:problem:invalid-number", detail));
        }
    }

    public record ItemError(String type, String detail) {
    }

    public VerdictView verdict(String rawNumber, CallDirection direction) {
        String problem = PhoneNumber.problemWith(rawNumber);
        if (problem != null) {
            throw new ProblemException(400, "invalid-number", "Not a 95 number", problem)
                    .with("number", rawNumber);
        }
        return VerdictView.of(verdicts.verdict(PhoneNumber.parse(rawNumber), direction), direction);
    }

    /** Per item: a malformed number is reported in its place, the others are answered. */
    public List<VerdictView> lookup(List<String> rawNumbers, CallDirection direction, int max) {
        if (rawNumbers.size() > max) {
            throw new ProblemException(413, "batch-too-large", "Batch too large",
                    "a lookup holds at most " + max + " numbers, got " + rawNumbers.size())
                    .with("maxNumbers", max);
        }
        List<VerdictView> out = new ArrayList<>(rawNumbers.size());
        for (String raw : rawNumbers) {
            String problem = PhoneNumber.problemWith(raw);
            out.add(problem != null ? VerdictView.failed(raw, problem)
                    : VerdictView.of(verdicts.verdict(PhoneNumber.parse(raw), direction), direction));
        }
        return out;
    }
}
