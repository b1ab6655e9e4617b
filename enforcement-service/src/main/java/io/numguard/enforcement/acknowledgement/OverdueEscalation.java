package io.numguard.enforcement.acknowledgement;

import io.numguard.enforcement.cases.Escalation;
import io.numguard.enforcement.decisionlog.Decision;

import java.util.List;

/**
 * The acknowledgements found missing past the deadline, each escalated once.
 *
 * @param acknowledgementsAfter save it: it remembers what was escalated, so the next run does not repeat it
 * @param caseId                the case to record {@code escalations} on ({@code EnforcementCase.recordEscalations})
 * @param escalations           one entry per carrier escalated now; empty when nothing is newly overdue
 * @param decisions             one decision per escalation, for the decision log
 */
public record OverdueEscalation(OrderAcknowledgements acknowledgementsAfter, String caseId,
                                List<Escalation> escalations, List<Decision> decisions) {
    public OverdueEscalation {
        escalations = List.copyOf(escalations);
        decisions = List.copyOf(decisions);
    }

    public boolean isEmpty() {
        return escalations.isEmpty();
    }
}
