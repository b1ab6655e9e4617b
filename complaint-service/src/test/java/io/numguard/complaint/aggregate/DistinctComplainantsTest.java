package io.numguard.complaint.aggregate;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DistinctComplainantsTest {
    static final Instant NOW = Instant.parse("2025-03-10T10:30:00Z");
    static final Subject NUMBER = new Subject(SubjectKind.NUMBER, "95123456");
    static final Subject SEGMENT = new Subject(SubjectKind.SEGMENT, "95123");

    @Test
    void aComplainantCountsOnceInTheHourOfTheirLatestSighting() {
        List<DistinctHour> hours = DistinctComplainants.of(List.of(
                new ComplainantSighting(SEGMENT, "alice", NOW.minus(Duration.ofHours(30))),
                new ComplainantSighting(SEGMENT, "alice", NOW.minus(Duration.ofHours(1))),
                new ComplainantSighting(SEGMENT, "bob", NOW.minus(Duration.ofMinutes(50))),
                new ComplainantSighting(NUMBER, "alice", NOW.minus(Duration.ofHours(30)))));

        assertThat(hours).containsExactlyInAnyOrder(
                new DistinctHour(SEGMENT, Instant.parse("2025-03-10T09:00:00Z"), 2),
                new DistinctHour(NUMBER, Instant.parse("2025-03-09T04:00:00Z"), 1));
    }

    @Test
    void aLaterSightingMovesTheComplainantAnEarlierOneChangesNothing() {
        Instant before = Instant.parse("2025-03-09T04:00:00Z");
        Map<DistinctComplainants.Key, Instant> known = Map.of(new DistinctComplainants.Key(SEGMENT, "alice"), before);

        DistinctComplainants.Changes later = DistinctComplainants.apply(known,
                List.of(new ComplainantSighting(SEGMENT, "alice", NOW)));
        DistinctComplainants.Changes earlier = DistinctComplainants.apply(known,
                List.of(new ComplainantSighting(SEGMENT, "alice", before.minus(Duration.ofDays(1)))));
        DistinctComplainants.Changes sameHour = DistinctComplainants.apply(known,
                List.of(new ComplainantSighting(SEGMENT, "alice", before.plus(Duration.ofMinutes(59)))));

        assertThat(later.latest()).containsEntry(new DistinctComplainants.Key(SEGMENT, "alice"),
                Instant.parse("2025-03-10T10:00:00Z"));
        assertThat(later.hourDeltas()).containsOnly(
                Map.entry(new DistinctComplainants.HourKey(SEGMENT, Instant.parse("2025-03-10T10:00:00Z")), 1L),
                Map.entry(new DistinctComplainants.HourKey(SEGMENT, before), -1L));
        assertThat(earlier.isEmpty()).isTrue();
        assertThat(earlier.hourDeltas()).isEmpty();
        assertThat(sameHour.isEmpty()).isTrue();
    }

    /** Whatever the batches, applying them one after another keeps exactly what counting from scratch gives. */
    @Test
    void incrementalUpkeepEqualsCountingFromScratch() {
        Random random = new Random(7);
        Subject[] subjects = {NUMBER, SEGMENT, new Subject(SubjectKind.SEGMENT, "95124")};
        Map<DistinctComplainants.Key, Instant> latest = new HashMap<>();
        Map<DistinctComplainants.HourKey, Long> hours = new HashMap<>();
        List<ComplainantSighting> all = new ArrayList<>();
        for (int batch = 0; batch < 200; batch++) {
            List<ComplainantSighting> sightings = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                sightings.add(new ComplainantSighting(subjects[random.nextInt(subjects.length)],
                        "c" + random.nextInt(12), NOW.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 40)))));
            }
            DistinctComplainants.Changes changes = DistinctComplainants.apply(latest, sightings);
            latest.putAll(changes.latest());
            changes.hourDeltas().forEach((k, d) -> hours.merge(k, d, Long::sum));
            hours.values().removeIf(n -> n == 0);
            all.addAll(sightings);

            Map<DistinctComplainants.HourKey, Long> fromScratch = new HashMap<>();
            DistinctComplainants.of(all).forEach(h -> fromScratch.put(
                    new DistinctComplainants.HourKey(h.subject(), h.hour()), h.complainants()));
            assertThat(hours).as("after batch %d", batch).isEqualTo(fromScratch);
        }
        for (Subject s : subjects) {
            List<DistinctHour> kept = new ArrayList<>();
            hours.forEach((k, n) -> kept.add(new DistinctHour(k.subject(), k.hour(), n)));
            for (Window w : Window.values()) {
                long distinct = all.stream().filter(x -> x.subject().equals(s) && w.contains(x.at(), NOW))
                        .map(ComplainantSighting::complainantHash).distinct().count();
                assertThat(WindowCalculator.totals(s, w, NOW, List.of(), kept).distinctComplainants())
                        .as("%s %s", s, w).isEqualTo(distinct);
            }
        }
    }
}
