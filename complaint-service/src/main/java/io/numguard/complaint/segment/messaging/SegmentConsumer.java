package io.numguard.complaint.segment.messaging;

import io.numguard.complaint.segment.service.SegmentRegistryService;
import io.numguard.contracts.EventType;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.contracts.events.SubNumberFiled;
import io.numguard.support.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code numguard.registry.segments.v1}: every state event ({@code segment.allocated} ... {@code segment.released})
 * carries the whole state and is applied alike; {@code segment.sub-number-filed} adds a filed number.
 */
@ApplicationScoped
public class SegmentConsumer {
    @Inject
    Inbox inbox;
    @Inject
    SegmentRegistryService segments;

    @Incoming("segments")
    @Blocking(ordered = true)
    public void consume(ConsumerRecord<String, String> record) {
        inbox.handle("complaint.segments", record, event -> {
            if (event.type() == EventType.SEGMENT_SUB_NUMBER_FILED) {
                segments.applyFiling(event.data(SubNumberFiled.class));
            } else {
                segments.apply(event.type(), event.data(SegmentChanged.class));
            }
        });
    }
}
