package io.numguard.complaint.intake;

import io.numguard.contracts.number.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DedupeKeyTest {
    private static final PhoneNumber NUMBER = PhoneNumber.parse("95123456");

    private static Complaint citizen(String complainant, PhoneNumber number, String at) {
        return new Complaint(number, ComplaintCategory.HARASSMENT, ComplaintSource.CITIZEN, complainant, null,
                Instant.parse(at));
    }

    @Test
    void repeatedComplaintsOnTheSameChinaDayShareAKey() {
        // 00:30 and 23:59 in Beijing, 2025-03-02
        var morning = citizen("h1", NUMBER, "2025-03-01T16:30:00Z").dedupeKey();
        var evening = citizen("h1", NUMBER, "2025-03-02T15:59:59Z").dedupeKey();
        assertThat(morning).isPresent().isEqualTo(evening);
        assertThat(morning.get().day()).isEqualTo(LocalDate.of(2025, 3, 2));
    }

    @Test
    void theDayChangesAtMidnightInBeijingNotUtc() {
        var before = citizen("h1", NUMBER, "2025-03-01T15:59:59Z").dedupeKey().orElseThrow(); // 23:59:59 CST
        var after = citizen("h1", NUMBER, "2025-03-01T16:00:00Z").dedupeKey().orElseThrow();  // 00:00:00 CST
        assertThat(before.day()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(after.day()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(before).isNotEqualTo(after);

        // and midnight UTC is not a boundary: 07:59 and 08:01 in Beijing
        assertThat(citizen("h1", NUMBER, "2025-03-01T23:59:00Z").dedupeKey())
                .isEqualTo(citizen("h1", NUMBER, "2025-03-02T00:01:00Z").dedupeKey());
    }

    @Test
    void anotherComplainantOrAnotherNumberIsAnotherKey() {
        var key = citizen("h1", NUMBER, "2025-03-01T08:00:00Z").dedupeKey();
        assertThat(citizen("h2", NUMBER, "2025-03-01T08:00:00Z").dedupeKey()).isNotEqualTo(key);
        assertThat(citizen("h1", PhoneNumber.parse("95123457"), "2025-03-01T08:00:00Z").dedupeKey())
                .isNotEqualTo(key);
        assertThat(key.orElseThrow().value()).isEqualTo("h1|95123456|2025-03-01");
    }

    @Test
    void complaintsWithoutAnIndividualAreNotDeduplicated() {
        var referral = new Complaint(NUMBER, ComplaintCategory.FRAUD, ComplaintSource.POLICE, null, "FZ-PSB",
                Instant.parse("2025-03-01T08:00:00Z"));
        assertThat(referral.dedupeKey()).isEmpty();
    }
}
