package io.numguard.enforcement.decisionlog.service;

import io.numguard.support.jobs.ClusterJobs;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Signs and stores the decision log's head every {@code numguard.decision-log.checkpoint-every} (when it moved),
 * so that verification has a recent anchor even when no regulator downloaded one.
 */
@ApplicationScoped
public class CheckpointJob {
    @Inject
    DecisionLogService decisionLog;
    @Inject
    ClusterJobs jobs;
    @Inject
    DecisionLogConfig config;

    @Scheduled(every = "${numguard.decision-log.checkpoint-every:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void checkpoint() {
        // one checkpoint per period for the whole service, not one per replica
        jobs.runOncePerTick("enforcement.decision-log-checkpoint", config.checkpointEvery(), decisionLog::checkpoint);
    }
}
