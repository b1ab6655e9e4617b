package io.numguard.enforcement.acknowledgement.service;

import io.numguard.enforcement.cases.service.CaseService;
import io.numguard.enforcement.common.config.EnforcementConfig;
import io.numguard.support.jobs.ClusterJobs;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Looks for deadlines passed: carrier acknowledgements missing, rectifications not done. The period is
 * {@code numguard.enforcement.escalation-every}; with several replicas, one of them per period ({@link ClusterJobs}).
 */
@ApplicationScoped
public class EscalationJob {
    @Inject
    AcknowledgementService acknowledgements;
    @Inject
    CaseService cases;
    @Inject
    ClusterJobs jobs;
    @Inject
    EnforcementConfig config;

    @Scheduled(every = "${numguard.enforcement.escalation-every:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void escalateOverdue() {
        // once per period across replicas: two replicas escalating the same overdue order would race for it
        jobs.runOncePerTick("enforcement.escalation", config.escalationEvery(), () -> {
            acknowledgements.escalateOverdue();
            cases.escalateOverdueRectifications();
        });
    }
}
