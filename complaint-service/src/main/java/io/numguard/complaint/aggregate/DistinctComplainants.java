package io.numguard.complaint.aggregate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Distinct complainants per subject, kept incrementally: per (subject, complainant) the hour of the latest sighting,
 * and per (subject, hour) how many complainants have their latest sighting in it ({@link DistinctHour}). A new
 * sighting moves its complainant from the old hour to the new one. For segments the database keeps both and applies
 * this rule in one statement ({@code ComplaintStore.trackComplainants}, checked against a recount in the tests); a
 * number's few complainants are counted from its complaints with {@link #of}, the same result from scratch.
 */
public final class DistinctComplainants {
    private DistinctComplainants() {
    }

    /** One complainant of one subject. */
    public record Key(Subject subject, String complainantHash) {
        public Key {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(complainantHash, "complainantHash");
        }
    }

    /** One hour of one subject. */
    public record HourKey(Subject subject, Instant hour) {
        public HourKey {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(hour, "hour");
        }
    }

    /**
     * What new sightings change.
     *
     * @param latest     the new latest hour of every complainant whose latest hour moved (or who is new)
     * @param hourDeltas per subject and hour, +n for complainants that arrive in it, -n for those that leave it;
     *                   zero deltas are left out
     */
    public record Changes(Map<Key, Instant> latest, Map<HourKey, Long> hourDeltas) {
        public boolean isEmpty() {
            return latest.isEmpty();
        }
    }

    /**
     * @param known     the stored latest hour of (at least) every key of the sightings; a missing key = never seen
     *                  (or forgotten once out of the longest window)
     * @param sightings new sightings, in any order
     */
    public static Changes apply(Map<Key, Instant> known, Collection<ComplainantSighting> sightings) {
        Map<Key, Instant> newest = new LinkedHashMap<>();
        for (ComplainantSighting s : sightings) {
            newest.merge(new Key(s.subject(), s.complainantHash()), hourOf(s.at()),
                    (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<Key, Instant> latest = new LinkedHashMap<>();
        Map<HourKey, Long> deltas = new LinkedHashMap<>();
        for (var e : newest.entrySet()) {
            Instant before = known.get(e.getKey());
            Instant after = e.getValue();
            if (before != null && !after.isAfter(before)) {
                continue;
            }
            latest.put(e.getKey(), after);
            Subject subject = e.getKey().subject();
            deltas.merge(new HourKey(subject, after), 1L, Long::sum);
            if (before != null) {
                deltas.merge(new HourKey(subject, before), -1L, Long::sum);
            }
        }
        deltas.values().removeIf(d -> d == 0);
        return new Changes(latest, deltas);
    }

    /** From scratch: each complainant of each subject counted once, in the hour of their latest sighting. */
    public static List<DistinctHour> of(Collection<ComplainantSighting> sightings) {
        Changes all = apply(Map.of(), sightings);
        List<DistinctHour> out = new ArrayList<>(all.hourDeltas().size());
        all.hourDeltas().forEach((k, n) -> out.add(new DistinctHour(k.subject(), k.hour(), n)));
        return out;
    }

    static Instant hourOf(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }
}
