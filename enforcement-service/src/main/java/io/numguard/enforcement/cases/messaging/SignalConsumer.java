package io.numguard.enforcement.cases.messaging;

import io.numguard.contracts.events.RobocallSuspected;
import io.numguard.contracts.events.ThresholdExceeded;
import io.numguard.enforcement.cases.service.CaseService;
import io.numguard.support.inbox.Inbox;
import io.numguard.support.inbox.RejectedEventException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The complaint service's signals open the segment's case, or attach to its open case. */
@ApplicationScoped
public class SignalConsumer {
    @Inject
    Inbox inbox;
    @Inject
    CaseService cases;

    @Incoming("complaint-signals")
    @Blocking(ordered = true)
    public void signals(ConsumerRecord<String, String> record) {
        inbox.handle("enforcement.signals", record, event -> {
            try {
                switch (event.type()) {
                    case SIGNAL_THRESHOLD_EXCEEDED -> cases.onThresholdExceeded(event.data(ThresholdExceeded.class));
                    case SIGNAL_ROBOCALL_SUSPECTED -> cases.onRobocallSuspected(event.data(RobocallSuspected.class));
                    default -> {
                        // not for this topic's consumer
                    }
                }
            } catch (IllegalArgumentException e) {
                // e.g. a segment code that is no 95 segment: it will never apply
                throw new RejectedEventException(e.getMessage());
            }
        });
    }
}
