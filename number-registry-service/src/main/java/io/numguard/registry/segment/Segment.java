package io.numguard.registry.segment;

import io.numguard.contracts.events.SegmentStatus;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.contracts.identity.Uscc;
import io.numguard.registry.RegulatoryCalendar;
import io.numguard.registry.licensee.Province;
import io.numguard.registry.numberplan.SegmentCode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One allocation of a 95 segment to a licensee, from allocation to release, with its history. Immutable; the
 * operations are in {@link SegmentLifecycle}, which returns a new {@code Segment} with the event it caused. A code
 * allocated again after release is a new {@code Segment} (the old one stays RELEASED as history); an allocation is
 * identified by code and {@link #allocatedAt()}.
 */
public final class Segment {
    /** Validity of an allocation; both dates inclusive, so the last day is the day before the fifth anniversary. */
    public static final Period VALIDITY = Period.ofYears(5);

    private final SegmentCode code;
    private final Uscc licensee;
    private final Province province;
    private final Set<Carrier> carriers;
    private final boolean outboundAuthorised;
    private final boolean expanded;
    private final Instant allocatedAt;
    private final LocalDate validFrom;
    private final LocalDate validUntil;
    private final SegmentStatus status;
    private final Quarantine quarantine;
    private final List<HistoryEntry> history;

    private Segment(SegmentCode code, Uscc licensee, Province province, Set<Carrier> carriers,
                    boolean outboundAuthorised, boolean expanded, Instant allocatedAt, LocalDate validFrom,
                    LocalDate validUntil, SegmentStatus status, Quarantine quarantine, List<HistoryEntry> history) {
        this.code = Objects.requireNonNull(code, "code");
        this.licensee = Objects.requireNonNull(licensee, "licensee");
        this.province = Objects.requireNonNull(province, "province");
        if (carriers == null || carriers.isEmpty()) {
            throw new IllegalArgumentException("a segment is contracted to at least one carrier");
        }
        this.carriers = Collections.unmodifiableSet(EnumSet.copyOf(carriers));
        this.outboundAuthorised = outboundAuthorised;
        this.expanded = expanded;
        this.allocatedAt = Objects.requireNonNull(allocatedAt, "allocatedAt");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        this.validUntil = Objects.requireNonNull(validUntil, "validUntil");
        this.status = Objects.requireNonNull(status, "status");
        if ((status == SegmentStatus.QUARANTINED) != (quarantine != null) && status != SegmentStatus.RELEASED) {
            throw new IllegalArgumentException("a segment has a quarantine exactly when it is QUARANTINED"
                    + " (or RELEASED from one)");
        }
        this.quarantine = quarantine;
        this.history = List.copyOf(history);
    }

    /** A new allocation: validity starts on the China date of {@code at} and lasts {@link #VALIDITY}. */
    static Segment allocated(SegmentCode code, Uscc licensee, Province province, Set<Carrier> carriers,
                             boolean outboundAuthorised, ChangeContext ctx) {
        LocalDate from = RegulatoryCalendar.dateOf(ctx.at());
        HistoryEntry entry = new HistoryEntry(null, SegmentStatus.ALLOCATED, SegmentAction.ALLOCATE, ctx.at(),
                ctx.actor(), ctx.orderId(), ctx.reason(), ctx.orderClaim());
        return new Segment(code, licensee, province, carriers, outboundAuthorised, false, ctx.at(), from,
                from.plus(VALIDITY).minusDays(1), SegmentStatus.ALLOCATED, null, List.of(entry));
    }

    /** Rebuilds a segment from storage; no event. {@code quarantine} is null unless QUARANTINED or RELEASED. */
    public static Segment restore(SegmentCode code, Uscc licensee, Province province, Set<Carrier> carriers,
                                  boolean outboundAuthorised, boolean expanded, Instant allocatedAt,
                                  LocalDate validFrom, LocalDate validUntil, SegmentStatus status,
                                  Quarantine quarantine, List<HistoryEntry> history) {
        return new Segment(code, licensee, province, carriers, outboundAuthorised, expanded, allocatedAt, validFrom,
                validUntil, status, quarantine, history == null ? List.of() : history);
    }

    Segment moved(SegmentStatus to, Quarantine newQuarantine, HistoryEntry entry) {
        return copy(to, newQuarantine, expanded, outboundAuthorised, entry);
    }

    Segment withExpansion(HistoryEntry entry) {
        return copy(status, quarantine, true, outboundAuthorised, entry);
    }

    Segment withOutbound(boolean authorised, HistoryEntry entry) {
        return copy(status, quarantine, expanded, authorised, entry);
    }

    private Segment copy(SegmentStatus to, Quarantine q, boolean exp, boolean outbound, HistoryEntry entry) {
        List<HistoryEntry> h = new ArrayList<>(history.size() + 1);
        h.addAll(history);
        h.add(entry);
        return new Segment(code, licensee, province, carriers, outbound, exp, allocatedAt, validFrom, validUntil, to,
                q, h);
    }

    /** The first instant after validity: the segment expires at 00:00 China time the day after {@link #validUntil}. */
    public Instant expiresAt() {
        return RegulatoryCalendar.startOf(validUntil.plusDays(1));
    }

    /**
     * The status to show outside the registry: while QUARANTINED, the REVOKED or EXPIRED that caused it. Quarantine
     * only keeps the code from reallocation; for carriers, the public and the police the segment is revoked or
     * expired. This is the {@code status} of the published events and what a number lookup shows.
     */
    public SegmentStatus publicStatus() {
        return status == SegmentStatus.QUARANTINED ? quarantine.cause() : status;
    }

    /** The payload of a {@code segment.*} event about this state. */
    public SegmentChanged toEventData(ChangeContext ctx) {
        return new SegmentChanged(code.value(), licensee.value(), province.code(), publicStatus().name(),
                carriers.stream().map(Enum::name).toList(), outboundAuthorised, expanded, validFrom, validUntil,
                ctx.orderId(), ctx.reason(), ctx.at());
    }

    public SegmentCode code() {
        return code;
    }

    public Uscc licensee() {
        return licensee;
    }

    /** The licensee's province at allocation; a provincial regulator acts on segments of its province. */
    public Province province() {
        return province;
    }

    /** In enum order CT, CM, CU. */
    public Set<Carrier> carriers() {
        return carriers;
    }

    /** False (the default): inbound only. */
    public boolean outboundAuthorised() {
        return outboundAuthorised;
    }

    public boolean expanded() {
        return expanded;
    }

    public Instant allocatedAt() {
        return allocatedAt;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public SegmentStatus status() {
        return status;
    }

    public Optional<Quarantine> quarantine() {
        return Optional.ofNullable(quarantine);
    }

    /** Oldest first; the first entry is the allocation. */
    public List<HistoryEntry> history() {
        return history;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Segment s && code.equals(s.code) && licensee.equals(s.licensee)
                && province.equals(s.province) && carriers.equals(s.carriers)
                && outboundAuthorised == s.outboundAuthorised && expanded == s.expanded
                && allocatedAt.equals(s.allocatedAt) && validFrom.equals(s.validFrom)
                && validUntil.equals(s.validUntil) && status == s.status && Objects.equals(quarantine, s.quarantine)
                && history.equals(s.history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, allocatedAt, status);
    }

    @Override
    public String toString() {
        return "Segment[" + code + " " + licensee + " " + status + (expanded ? " expanded" : "") + "]";
    }
}
