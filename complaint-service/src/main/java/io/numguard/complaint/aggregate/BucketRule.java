package io.numguard.complaint.aggregate;

import io.numguard.complaint.intake.Complaint;
import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintSource;
import io.numguard.complaint.intake.SourceWeights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The bucket rule: how counted complaints become hourly buckets, and which numbers are not worth bucketing. It is
 * applied in two places that must agree: the segment folder adds segments' increments to their stored buckets,
 * and re-assessment sums each number's buckets from its counted complaints (numbers' buckets are not stored).
 * <ul>
 *   <li>Source weighting: a counted complaint adds 1 to the count and its source's weight ({@link SourceWeights})
 *   to the weighted count of the bucket of its subject, clock hour, category and source.
 *   <li>Quiet floor: a number with no stored threshold state and no stored label whose counted complaints in the
 *   window weigh less than the floor is quiet: re-assessing it gives nothing (no crossing, label NONE, no row to
 *   write; the floor is {@code Reassessor.quietBelow}), so it is not bucketed at all. Most numbers of a carrier
 *   batch are quiet. A floor of 0 makes no number quiet.
 * </ul>
 */
public final class BucketRule {
    private final SourceWeights weights;
    private final long quietFloor;

    public BucketRule(SourceWeights weights, long quietFloor) {
        this.weights = Objects.requireNonNull(weights, "weights");
        if (quietFloor < 0) {
            throw new IllegalArgumentException("the quiet floor must not be negative, got " + quietFloor);
        }
        this.quietFloor = quietFloor;
    }

    /** The same weighting with no quiet floor: every number is bucketed. */
    public BucketRule withoutQuietFloor() {
        return new BucketRule(weights, 0);
    }

    public SourceWeights weights() {
        return weights;
    }

    public long quietFloor() {
        return quietFloor;
    }

    /** What one counted complaint from {@code source} adds to a bucket's weighted count. */
    public long weightOf(ComplaintSource source) {
        return weights.weightOf(source);
    }

    /** What one counted complaint adds to {@code subject}'s bucket of its hour, category and source. */
    public HourlyBucket increment(Subject subject, Instant at, ComplaintCategory category, ComplaintSource source) {
        return new HourlyBucket(subject, HourlyBucket.hourOf(at), category, source, 1, weightOf(source));
    }

    /** What one counted complaint adds: one increment for its number, one for its segment (in that order). */
    public List<HourlyBucket> increments(Complaint complaint, SegmentResolver segments) {
        Subject number = Subject.number(complaint.number());
        Subject segment = Subject.segment(segments.segmentCodeOf(complaint.number()));
        return List.of(increment(number, complaint.at(), complaint.category(), complaint.source()),
                increment(segment, complaint.at(), complaint.category(), complaint.source()));
    }

    /** A counted complaint about a number, as its re-assessment reads it. */
    public interface Counted {
        Instant at();

        ComplaintCategory category();

        ComplaintSource source();

        /** null when no individual complained (a carrier's mark) */
        String complainantHash();
    }

    /** The weight of the complaints counted at or after {@code from}. */
    public long weightSince(Collection<? extends Counted> counted, Instant from) {
        long weight = 0;
        for (Counted c : counted) {
            if (!c.at().isBefore(from)) {
                weight += weightOf(c.source());
            }
        }
        return weight;
    }

    /** Whether a number with these counted complaints is quiet (see the class comment). */
    public boolean isQuiet(boolean hasStoredState, Collection<? extends Counted> counted, Instant from) {
        return quietFloor > 0 && !hasStoredState && weightSince(counted, from) < quietFloor;
    }

    /**
     * Increments summed per bucket (subject, hour, category, source), in the order each bucket was first seen: what
     * the stored buckets' upsert adds up, done before the statement.
     */
    public static final class Sums {
        private record Key(Subject subject, Instant hour, ComplaintCategory category, ComplaintSource source) {
        }

        private final Map<Key, HourlyBucket> sums = new LinkedHashMap<>();

        public void add(HourlyBucket increment) {
            sums.merge(new Key(increment.subject(), increment.hour(), increment.category(), increment.source()),
                    increment, HourlyBucket::plus);
        }

        public List<HourlyBucket> buckets() {
            return new ArrayList<>(sums.values());
        }

        public boolean isEmpty() {
            return sums.isEmpty();
        }
    }

    /** Numbers' buckets and distinct complainants per hour, and which numbers were left out as quiet. */
    public record NumberBuckets(Map<Subject, List<HourlyBucket>> buckets,
                                Map<Subject, List<DistinctHour>> complainants, Set<Subject> quiet) {
    }

    /**
     * Applies the rule to numbers from their counted complaints since {@code from} (older ones are ignored): a quiet
     * number is only listed as such; the others get their buckets and, if individuals complained, their distinct
     * complainants per hour. A number without complaints since {@code from} gets neither.
     *
     * @param hasStoredState whether a number has a stored threshold state or label (it is then never quiet)
     */
    public NumberBuckets numbers(Collection<String> numbers, Map<String, ? extends List<? extends Counted>> counted,
                                 Instant from, Predicate<Subject> hasStoredState) {
        Map<Subject, List<HourlyBucket>> buckets = new HashMap<>();
        Map<Subject, List<DistinctHour>> complainants = new HashMap<>();
        Set<Subject> quiet = new HashSet<>();
        for (String code : numbers) {
            Subject number = new Subject(SubjectKind.NUMBER, code);
            List<? extends Counted> mine = counted.containsKey(code) ? counted.get(code) : List.of();
            if (isQuiet(hasStoredState.test(number), mine, from)) {
                quiet.add(number);
                continue;
            }
            Sums sums = new Sums();
            List<ComplainantSighting> sightings = new ArrayList<>();
            for (Counted c : mine) {
                if (c.at().isBefore(from)) {
                    continue;
                }
                sums.add(increment(number, c.at(), c.category(), c.source()));
                if (c.complainantHash() != null) {
                    sightings.add(new ComplainantSighting(number, c.complainantHash(), c.at()));
                }
            }
            if (!sums.isEmpty()) {
                buckets.put(number, sums.buckets());
            }
            if (!sightings.isEmpty()) {
                complainants.put(number, DistinctComplainants.of(sightings));
            }
        }
        return new NumberBuckets(buckets, complainants, quiet);
    }
}
