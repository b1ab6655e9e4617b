package io.numguard.registry.segment.messaging;

import io.numguard.contracts.events.Order;
import io.numguard.registry.segment.service.SegmentService;
import io.numguard.support.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code order.suspend}, {@code order.revoke}, {@code order.reinstate} from enforcement, applied once each. */
@ApplicationScoped
public class OrderConsumer {
    @Inject
    Inbox inbox;
    @Inject
    SegmentService segments;

    @Incoming("orders")
    @Blocking(ordered = true)
    public void consume(ConsumerRecord<String, String> record) {
        inbox.handle("registry.orders", record, event -> segments.applyOrder(event.type(), event.data(Order.class)));
    }
}
