package io.numguard.registry.sanction.messaging;

import io.numguard.contracts.events.SanctionImposed;
import io.numguard.contracts.events.SanctionLifted;
import io.numguard.registry.common.Now;
import io.numguard.registry.sanction.persistence.SanctionRepository;
import io.numguard.support.inbox.Inbox;
import io.numguard.support.inbox.RejectedEventException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Clock;

/** {@code sanction.imposed} / {@code sanction.lifted} into the local sanctions table, once per event. */
@ApplicationScoped
public class SanctionConsumer {
    private static final Logger LOG = Logger.getLogger(SanctionConsumer.class);

    @Inject
    Inbox inbox;
    @Inject
    SanctionRepository sanctions;
    @Inject
    Clock clock;

    @Incoming("sanctions")
    @Blocking(ordered = true)
    public void consume(ConsumerRecord<String, String> record) {
        inbox.handle("registry.sanctions", record, event -> {
            try {
                switch (event.type()) {
                    case SANCTION_IMPOSED -> {
                        if (!sanctions.imposed(event.data(SanctionImposed.class), Now.of(clock))) {
                            LOG.infof("sanction %s already known", event.data(SanctionImposed.class).sanctionId());
                        }
                    }
                    case SANCTION_LIFTED -> {
                        SanctionLifted lifted = event.data(SanctionLifted.class);
                        if (!sanctions.lifted(lifted, Now.of(clock))) {
                            throw new RejectedEventException("sanction " + lifted.sanctionId()
                                    + " was never imposed here, cannot lift it");
                        }
                    }
                    default -> LOG.debugf("ignoring %s", event.type());
                }
            } catch (IllegalArgumentException e) {
                // a USCC or hash that does not parse will never parse: set the event aside
                throw new RejectedEventException("sanction cannot be recorded: " + e.getMessage());
            }
        });
    }
}
