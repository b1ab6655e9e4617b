package io.numguard.complaint.reputation.persistence;

import io.numguard.complaint.reputation.index.IndexKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnnouncementPayloadTest {
    @Test
    void aLargeChangeIsSplitBelowPostgresPayloadLimitAndEveryKeyArrivesWithTheSender() {
        List<IndexKey> keys = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            keys.add(IndexKey.numberReputation(String.format("954%05d", i)));
        }
        List<String> payloads = ReputationIndexNotifications.payloads("replica-a", keys);
        assertThat(payloads).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length()).isLessThan(8_000));
        List<IndexKey> received = new ArrayList<>();
        for (String p : payloads) {
            ReputationIndexNotifications.Announcement a = ReputationIndexNotifications.Announcement.parse(p);
            assertThat(a.replicaId()).isEqualTo("replica-a");
            received.addAll(a.keys());
        }
        assertThat(received).isEqualTo(keys);
    }
}
