package io.numguard.enforcement.decisionlog.service;

import io.numguard.enforcement.decisionlog.CheckpointSigner;
import io.numguard.support.jobs.ClusterJobs;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
    @ConfigProperty(name = "numguard.decision-log.checkpoint-every", defaultValue = "1m")
    String every;

    /** The key pair from configuration; a pair that does not match stops the start rather than sign nonsense. */
    @Produces
    @Singleton
    static CheckpointSigner signer(DecisionLogConfig config) {
        return CheckpointSigner.of(config.checkpointSigningSecret(), config.checkpointPublicKey());
    }

    @Scheduled(every = "${numguard.decision-log.checkpoint-every:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void checkpoint() {
        // one checkpoint per period for the whole service, not one per replica
        jobs.runOncePerTick("enforcement.decision-log-checkpoint", every, decisionLog::checkpoint);
    }
}
