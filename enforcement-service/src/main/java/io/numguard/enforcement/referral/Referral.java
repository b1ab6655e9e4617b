package io.numguard.enforcement.referral;

import io.numguard.contracts.events.ReferralReceived;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A police referral, validated: who referred it (agency from the token, user), the police case number, the loss,
 * the suspect numbers in canonical digits, and where each went: the case of its segment, or unmatched when no known
 * segment holds it. Only the referring agency reads it ({@link ReferralAccess}).
 */
public record Referral(
        String referralId,
        String agency,
        String submittedBy,
        String policeCaseNumber,
        BigDecimal lossYuan,
        List<String> suspectNumbers,
        String summary,
        Instant receivedAt,
        List<ReferralLink> links,
        List<String> unmatchedNumbers) {

    public Referral {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(policeCaseNumber, "policeCaseNumber");
        Objects.requireNonNull(lossYuan, "lossYuan");
        Objects.requireNonNull(receivedAt, "receivedAt");
        suspectNumbers = List.copyOf(suspectNumbers);
        links = links == null ? List.of() : List.copyOf(links);
        unmatchedNumbers = unmatchedNumbers == null ? List.of() : List.copyOf(unmatchedNumbers);
    }

    public List<String> caseIds() {
        return links.stream().map(ReferralLink::caseId).distinct().toList();
    }

    /**
     * The {@code referral.received} events: one per case joined or opened, carrying the suspect numbers of that
     * case's segment (key = case id), and one more without a case for numbers no known segment holds (key = the
     * referral id). Every suspect number is in exactly one event, so the complaint service counts each once.
     */
    public List<ReferralReceived> receivedEvents() {
        List<ReferralReceived> events = new ArrayList<>();
        for (ReferralLink link : links) {
            events.add(new ReferralReceived(referralId, link.caseId(), agency, policeCaseNumber, lossYuan,
                    link.numbers(), receivedAt));
        }
        if (!unmatchedNumbers.isEmpty()) {
            events.add(new ReferralReceived(referralId, null, agency, policeCaseNumber, lossYuan, unmatchedNumbers,
                    receivedAt));
        }
        return List.copyOf(events);
    }
}
