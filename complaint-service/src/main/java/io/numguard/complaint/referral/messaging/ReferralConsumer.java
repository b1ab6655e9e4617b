package io.numguard.complaint.referral.messaging;

import io.numguard.complaint.intake.service.ComplaintService;
import io.numguard.contracts.events.ReferralReceived;
import io.numguard.support.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code numguard.enforcement.referrals.v1}: each suspect number of a police referral becomes a FRAUD complaint with
 * the police weight. Idempotent twice over: by CloudEvents id (inbox) and by (referral, number) in the database.
 */
@ApplicationScoped
public class ReferralConsumer {
    @Inject
    Inbox inbox;
    @Inject
    ComplaintService complaints;

    @Incoming("referrals")
    @Blocking(ordered = true)
    public void consume(ConsumerRecord<String, String> record) {
        inbox.handle("complaint.referrals", record, event -> {
            ReferralReceived referral = event.data(ReferralReceived.class);
            if (referral.suspectNumbers().isEmpty()) {
                return; // nothing for reputation to learn
            }
            complaints.submitReferral(referral);
        });
    }
}
