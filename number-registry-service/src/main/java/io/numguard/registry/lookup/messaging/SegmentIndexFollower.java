package io.numguard.registry.lookup.messaging;

import io.numguard.registry.lookup.service.NumberIndexKeeper;
import io.numguard.registry.numberplan.SegmentCode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Follows this service's own {@code numguard.registry.segments.v1} in a consumer group of its own per instance, so
 * that a change committed by another replica reaches this replica's number index within moments: the event only
 * says which code changed, the rows are read back from the database. A pure cache refresh, so no inbox.
 */
@ApplicationScoped
public class SegmentIndexFollower {
    private static final Logger LOG = Logger.getLogger(SegmentIndexFollower.class);

    @Inject
    NumberIndexKeeper index;

    @Incoming("segment-index")
    @Blocking(ordered = true)
    public void follow(ConsumerRecord<String, String> record) {
        if (record.key() == null) {
            return;
        }
        try {
            index.refresh(SegmentCode.of(record.key()));
        } catch (IllegalArgumentException e) {
            LOG.debugf("not a segment code as key: %s", record.key());
        } catch (RuntimeException e) {
            // the periodic rebuild repairs whatever this missed
            LOG.warnf("cannot refresh segment %s in the number index: %s", record.key(), e.getMessage());
        }
    }
}
