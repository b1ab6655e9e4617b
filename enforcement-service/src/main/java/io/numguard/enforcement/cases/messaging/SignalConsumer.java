package io.numguard.enforcement.cases.messaging;

import io.numguard.contracts.events.RobocallSuspected;
import io.numguard.contracts.events.ThresholdExceeded;
import io.numguard.enforcement.cases.service.CaseService;
import io.numguard.support.inbox.InboundEvent;
import io.numguard.support.inbox.Inbox;
import io.numguard.support.inbox.RejectedEventException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;

/**
 * The complaint service's signals open the segment's case, or attach to its open case. Signals come in bursts (a
 * carrier's batch crosses the thresholds of many segments at once), so a whole poll is applied in one transaction;
 * a poll with a signal that cannot apply falls back to one transaction per signal (see {@link Inbox#handleAll}).
 */
@ApplicationScoped
public class SignalConsumer {
    @Inject
    Inbox inbox;
    @Inject
    CaseService cases;

    @Incoming("complaint-signals")
    @Blocking(ordered = true)
    public void signals(ConsumerRecords<String, String> poll) {
        // in the poll's order: per partition, so per segment, as produced
        List<ConsumerRecord<String, String>> records = new ArrayList<>(poll.count());
        poll.forEach(records::add);
        inbox.handleAll("enforcement.signals", records, this::apply);
    }

    private void apply(List<InboundEvent> events) {
        List<Record> signals = new ArrayList<>(events.size());
        for (InboundEvent event : events) {
            switch (event.type()) {
                case SIGNAL_THRESHOLD_EXCEEDED -> signals.add(event.data(ThresholdExceeded.class));
                case SIGNAL_ROBOCALL_SUSPECTED -> signals.add(event.data(RobocallSuspected.class));
                default -> {
                    // not for this topic's consumer
                }
            }
        }
        try {
            cases.onSignals(signals);
        } catch (IllegalArgumentException e) {
            // e.g. a segment code that is no 95 segment: it will never apply (in a poll, the poll is taken one by one)
            throw new RejectedEventException(e.getMessage());
        }
    }
}
