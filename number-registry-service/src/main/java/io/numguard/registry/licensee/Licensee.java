package io.numguard.registry.licensee;

import io.numguard.contracts.EventType;
import io.numguard.contracts.events.LicenseeControlChanged;
import io.numguard.contracts.events.LicenseeRegistered;
import io.numguard.contracts.identity.Uscc;
import io.numguard.registry.DomainEvent;
import io.numguard.registry.RejectionReason;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.support.rule.Verdict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A licensed call-centre enterprise. Immutable: every operation returns the licensee after it together with the
 * event it caused. The legal representative is known only by the salted hash of the ID number.
 */
public final class Licensee {
    private final Uscc uscc;
    private final String name;
    private final Province province;
    private final LegalRepresentativeHash legalRepresentative;
    private final CallCentreLicence licence;
    private final List<String> controllingShareholders;
    private final LicenseeStatus status;
    private final Instant registeredAt;
    private final List<ControlChange> controlChanges;

    private Licensee(Uscc uscc, String name, Province province, LegalRepresentativeHash legalRepresentative,
                     CallCentreLicence licence, List<String> controllingShareholders, LicenseeStatus status,
                     Instant registeredAt, List<ControlChange> controlChanges) {
        this.uscc = Objects.requireNonNull(uscc, "uscc");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("licensee name is empty");
        }
        this.name = name.strip();
        this.province = Objects.requireNonNull(province, "province");
        if (province.isNational()) {
            throw new IllegalArgumentException("a licensee registers in a province, not CN");
        }
        this.legalRepresentative = Objects.requireNonNull(legalRepresentative, "legalRepresentative");
        this.licence = Objects.requireNonNull(licence, "licence");
        this.controllingShareholders = shareholders(controllingShareholders);
        this.status = Objects.requireNonNull(status, "status");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.controlChanges = List.copyOf(controlChanges);
    }

    /** A new licensee enters the registry: {@code licensee.registered}. */
    public static LicenseeChange register(Uscc uscc, String name, Province province,
                                          LegalRepresentativeHash legalRepresentative, CallCentreLicence licence,
                                          List<String> controllingShareholders, Instant at) {
        Licensee l = new Licensee(uscc, name, province, legalRepresentative, licence, controllingShareholders,
                LicenseeStatus.ACTIVE, at, List.of());
        LicenseeRegistered data = new LicenseeRegistered(uscc.value(), l.name, province.code(),
                legalRepresentative.hex(), at);
        return new LicenseeChange(l, new DomainEvent(EventType.LICENSEE_REGISTERED, uscc.value(), at, data));
    }

    /** Rebuilds a licensee from storage; no event. */
    public static Licensee restore(Uscc uscc, String name, Province province,
                                   LegalRepresentativeHash legalRepresentative, CallCentreLicence licence,
                                   List<String> controllingShareholders, LicenseeStatus status, Instant registeredAt,
                                   List<ControlChange> controlChanges) {
        return new Licensee(uscc, name, province, legalRepresentative, licence, controllingShareholders, status,
                registeredAt, controlChanges == null ? List.of() : controlChanges);
    }

    /**
     * Records a new legal representative. Flagged as suspected resale when within 12 months after any allocation
     * ({@link ResaleCheck}); then the licensee's status becomes {@link LicenseeStatus#SUSPECTED_RESALE}.
     *
     * @param allocationTimes every allocation ever made to this licensee, whatever became of the segments
     * @param heldSegments    the segments it holds now, for the event
     */
    public Verdict<LicenseeChange> changeLegalRepresentative(LegalRepresentativeHash newRepresentative, Instant at,
                                                             String recordedBy, Collection<Instant> allocationTimes,
                                                             Collection<SegmentCode> heldSegments) {
        Objects.requireNonNull(newRepresentative, "newRepresentative");
        if (newRepresentative.equals(legalRepresentative)) {
            return Verdict.refused(RejectionReason.CONTROL_UNCHANGED,
                    "licensee " + uscc + " already has this legal representative");
        }
        return recordControlChange(ControlChangeKind.LEGAL_REPRESENTATIVE, newRepresentative, controllingShareholders,
                at, recordedBy, allocationTimes, heldSegments);
    }

    /**
     * Records the new list of controlling shareholders (replacing the old one; order does not matter). Flagged as
     * for {@link #changeLegalRepresentative}.
     */
    public Verdict<LicenseeChange> changeControllingShareholders(List<String> newShareholders, Instant at,
                                                                 String recordedBy,
                                                                 Collection<Instant> allocationTimes,
                                                                 Collection<SegmentCode> heldSegments) {
        List<String> normalised = shareholders(newShareholders);
        if (new HashSet<>(normalised).equals(new HashSet<>(controllingShareholders))) {
            return Verdict.refused(RejectionReason.CONTROL_UNCHANGED,
                    "licensee " + uscc + " already has these controlling shareholders");
        }
        return recordControlChange(ControlChangeKind.CONTROLLING_SHAREHOLDER, legalRepresentative, normalised, at,
                recordedBy, allocationTimes, heldSegments);
    }

    private Verdict<LicenseeChange> recordControlChange(ControlChangeKind kind, LegalRepresentativeHash newRep,
                                                        List<String> newShareholders, Instant at, String recordedBy,
                                                        Collection<Instant> allocationTimes,
                                                        Collection<SegmentCode> heldSegments) {
        Objects.requireNonNull(at, "at");
        Optional<Instant> lastAllocation = ResaleCheck.latestAllocationUpTo(allocationTimes, at);
        boolean suspected = ResaleCheck.isSuspectedResale(allocationTimes, at);
        boolean rep = kind == ControlChangeKind.LEGAL_REPRESENTATIVE;
        ControlChange change = new ControlChange(kind, at, recordedBy,
                rep ? legalRepresentative : null, rep ? newRep : null,
                rep ? List.of() : controllingShareholders, rep ? List.of() : newShareholders,
                suspected, lastAllocation.orElse(null));
        List<ControlChange> history = new ArrayList<>(controlChanges);
        history.add(change);
        Licensee after = new Licensee(uscc, name, province, newRep, licence, newShareholders,
                suspected ? LicenseeStatus.SUSPECTED_RESALE : status, registeredAt, history);
        // the person in control after the change (and before it), so that enforcement bars whoever holds it now
        LicenseeControlChanged data = new LicenseeControlChanged(uscc.value(), province.code(), kind.name(),
                suspected, lastAllocation.orElse(null),
                heldSegments.stream().map(SegmentCode::value).sorted().toList(), at, newRep.hex(),
                legalRepresentative.hex());
        return Verdict.allowed(new LicenseeChange(after,
                new DomainEvent(EventType.LICENSEE_CONTROL_CHANGED, uscc.value(), at, data)));
    }

    /** A renewed or replaced licence; the contract has no event for it. */
    public Licensee withLicence(CallCentreLicence newLicence) {
        return new Licensee(uscc, name, province, legalRepresentative, newLicence, controllingShareholders, status,
                registeredAt, controlChanges);
    }

    public boolean hasValidLicenceOn(LocalDate date) {
        return licence.isValidOn(date);
    }

    public Uscc uscc() {
        return uscc;
    }

    public String name() {
        return name;
    }

    public Province province() {
        return province;
    }

    public LegalRepresentativeHash legalRepresentative() {
        return legalRepresentative;
    }

    public CallCentreLicence licence() {
        return licence;
    }

    public List<String> controllingShareholders() {
        return controllingShareholders;
    }

    public LicenseeStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** Oldest first. */
    public List<ControlChange> controlChanges() {
        return controlChanges;
    }

    private static List<String> shareholders(List<String> names) {
        if (names == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            if (n == null || n.isBlank()) {
                throw new IllegalArgumentException("a controlling shareholder's name is empty");
            }
            out.add(n.strip());
        }
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Licensee l && uscc.equals(l.uscc) && name.equals(l.name) && province.equals(l.province)
                && legalRepresentative.equals(l.legalRepresentative) && licence.equals(l.licence)
                && controllingShareholders.equals(l.controllingShareholders) && status == l.status
                && registeredAt.equals(l.registeredAt) && controlChanges.equals(l.controlChanges);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uscc, status, legalRepresentative);
    }

    @Override
    public String toString() {
        return "Licensee[" + uscc + " " + name + " " + province + " " + status + "]";
    }
}
