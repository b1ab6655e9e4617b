package io.numguard.contracts.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Police handed over a fraud case; the complaint service weighs the suspect numbers highest. */
public record ReferralReceived(
        String referralId,
        String caseId,
        String agency,
        String policeCaseNumber,
        BigDecimal lossYuan,
        List<String> suspectNumbers,
        Instant receivedAt) {
    public ReferralReceived {
        Require.present("referralId", referralId);
        Require.present("agency", agency);
        suspectNumbers = suspectNumbers == null ? List.of() : List.copyOf(suspectNumbers);
    }
}
