package io.numguard.enforcement.acknowledgement.service;

import io.numguard.enforcement.cases.service.CaseService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Looks for deadlines passed: carrier acknowledgements missing, rectifications not done. The period is
 * {@code numguard.enforcement.escalation-every}.
 */
@ApplicationScoped
public class EscalationJob {
    @Inject
    AcknowledgementService acknowledgements;
    @Inject
    CaseService cases;

    @Scheduled(every = "${numguard.enforcement.escalation-every:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void escalateOverdue() {
        acknowledgements.escalateOverdue();
        cases.escalateOverdueRectifications();
    }
}
