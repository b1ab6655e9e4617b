package io.numguard.enforcement.directory.messaging;

import io.numguard.contracts.EventType;
import io.numguard.contracts.events.LicenseeControlChanged;
import io.numguard.contracts.events.LicenseeRegistered;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.contracts.events.SegmentStatus;
import io.numguard.enforcement.acknowledgement.service.AcknowledgementService;
import io.numguard.enforcement.cases.CaseSubject;
import io.numguard.enforcement.cases.service.CaseService;
import io.numguard.enforcement.directory.service.DirectoryService;
import io.numguard.enforcement.sanction.service.SanctionService;
import io.numguard.support.inbox.Inbox;
import io.numguard.support.inbox.RejectedEventException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.regex.Pattern;

/**
 * The registry's events: segments and licensees feed the local directory; a suspension or revocation on an order
 * makes every carrier of the segment owe an acknowledgement; a control change flagged as suspected resale opens
 * (or joins) the licensee's case. An open case whose subject was unknown when it opened (province CN) takes the
 * province the registry now gives. Each event is applied once (the inbox remembers its id in the same transaction).
 */
@ApplicationScoped
public class RegistryEventsConsumer {
    private static final Pattern SEGMENT_CODE = Pattern.compile("95\\d{3,4}");

    @Inject
    Inbox inbox;
    @Inject
    DirectoryService directory;
    @Inject
    AcknowledgementService acknowledgements;
    @Inject
    CaseService cases;
    @Inject
    SanctionService sanctions;

    @Incoming("registry-segments")
    @Blocking(ordered = true)
    public void segments(ConsumerRecord<String, String> record) {
        inbox.handle("enforcement.segments", record, event -> {
            if (event.type() == EventType.SEGMENT_SUB_NUMBER_FILED) {
                return; // a filing changes no segment state this service keeps (recorded as processed, no effect)
            }
            SegmentChanged segment = event.data(SegmentChanged.class);
            if (!SEGMENT_CODE.matcher(segment.code()).matches()) {
                throw new RejectedEventException("'" + segment.code() + "' is not a segment code (95 + 3 or 4 digits)");
            }
            SegmentStatus status = SegmentStatus.parse(segment.status()).orElseThrow(() ->
                    new RejectedEventException("'" + segment.status() + "' is not a segment status of the contract"));
            directory.onSegmentChanged(segment, status);
            acknowledgements.onSegmentChanged(event.type(), segment);
            cases.refreshOpenCase(CaseSubject.segment(segment.code()));
            if (segment.licenseeUscc() != null && !segment.licenseeUscc().isBlank()) {
                cases.refreshOpenCase(CaseSubject.licensee(segment.licenseeUscc()));
            }
        });
    }

    @Incoming("registry-licensees")
    @Blocking(ordered = true)
    public void licensees(ConsumerRecord<String, String> record) {
        inbox.handle("enforcement.licensees", record, event -> {
            switch (event.type()) {
                case LICENSEE_REGISTERED -> {
                    LicenseeRegistered registered = event.data(LicenseeRegistered.class);
                    directory.onLicenseeRegistered(registered);
                    cases.refreshOpenCase(CaseSubject.licensee(registered.uscc()));
                }
                case LICENSEE_CONTROL_CHANGED -> {
                    LicenseeControlChanged change = event.data(LicenseeControlChanged.class);
                    directory.onLicenseeControlChanged(change);
                    cases.onLicenseeControlChanged(change);
                    sanctions.onLicenseeControlChanged(change);
                }
                default -> {
                    // not for this topic's consumer
                }
            }
        });
    }
}
