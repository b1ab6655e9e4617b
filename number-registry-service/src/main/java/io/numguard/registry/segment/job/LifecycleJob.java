package io.numguard.registry.segment.job;

import io.numguard.registry.common.Now;
import io.numguard.registry.segment.service.SegmentService;
import io.numguard.registry.config.RegistryConfig;
import io.numguard.support.jobs.ClusterJobs;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;

/** Expires segments at the end of their validity and releases them when the quarantine is over. */
@ApplicationScoped
public class LifecycleJob {
    private static final Logger LOG = Logger.getLogger(LifecycleJob.class);

    @Inject
    SegmentService segments;
    @Inject
    Clock clock;
    @Inject
    ClusterJobs jobs;
    @Inject
    RegistryConfig config;

    @Scheduled(every = "${numguard.registry.lifecycle.check-interval:1m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        // once per period across replicas ({@link ClusterJobs}): each expiry or release is one event, made once
        jobs.runOncePerTick("registry.lifecycle", config.lifecycle().checkInterval(), () -> {
            int changed = segments.runDue(Now.of(clock));
            if (changed > 0) {
                LOG.infof("lifecycle job: %d segment(s) expired or released", changed);
            }
        });
    }
}
