package io.numguard.complaint.reputation;

import io.numguard.complaint.aggregate.Subject;
import io.numguard.contracts.number.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LabelChangeDetectorTest {
    private static final Instant NOW = Instant.parse("2025-03-10T10:30:00Z");
    private static final Subject NUMBER = Subject.number(PhoneNumber.parse("95123456"));
    private static final Subject SEGMENT = Subject.segment("95123");

    @Test
    void aNewLabelIsPublished() {
        Reputation rep = new Reputation(Label.SUSPECTED_FRAUD, 72, List.of("police referrals weigh 10"));

        var change = LabelChangeDetector.detect(SEGMENT, Label.HARASSMENT, rep, NOW);

        assertThat(change).get().isInstanceOfSatisfying(LabelChange.Publish.class, p -> {
            assertThat(p.key()).isEqualTo("95123");
            assertThat(p.event().subject()).isEqualTo("95123");
            assertThat(p.event().subjectKind()).isEqualTo("SEGMENT");
            assertThat(p.event().label()).isEqualTo("SUSPECTED_FRAUD");
            assertThat(p.event().score()).isEqualTo(72.0);
            assertThat(p.event().reasons()).containsExactly("police referrals weigh 10");
            assertThat(p.event().occurredAt()).isEqualTo(NOW);
        });
        assertThat(LabelChangeDetector.detect(NUMBER, null, rep, NOW)).get().isInstanceOf(LabelChange.Publish.class);
    }

    @Test
    void aClearedLabelIsATombstone() {
        assertThat(LabelChangeDetector.detect(NUMBER, Label.MARKETING, Reputation.NONE, NOW))
                .contains(new LabelChange.Tombstone(NUMBER));
    }

    @Test
    void anUnchangedLabelIsNotRepublishedEvenIfTheScoreMoved() {
        assertThat(LabelChangeDetector.detect(NUMBER, Label.MARKETING,
                new Reputation(Label.MARKETING, 45, List.of()), NOW)).isEmpty();
        assertThat(LabelChangeDetector.detect(NUMBER, null, Reputation.NONE, NOW)).isEmpty();
        assertThat(LabelChangeDetector.detect(NUMBER, Label.NONE, Reputation.NONE, NOW)).isEmpty();
    }
}
