package io.numguard.complaint.segment.messaging;

import io.numguard.complaint.segment.service.SegmentRegistryService;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.support.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code numguard.registry.segments.v1}: every segment.* event carries the whole state; all are applied alike. */
@ApplicationScoped
public class SegmentConsumer {
    @Inject
    Inbox inbox;
    @Inject
    SegmentRegistryService segments;

    @Incoming("segments")
    @Blocking(ordered = true)
    public void consume(ConsumerRecord<String, String> record) {
        inbox.handle("complaint.segments", record, event -> segments.apply(event.data(SegmentChanged.class)));
    }
}
