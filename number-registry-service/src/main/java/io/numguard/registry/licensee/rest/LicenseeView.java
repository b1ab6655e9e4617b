package io.numguard.registry.licensee.rest;

import io.numguard.registry.licensee.ControlChange;
import io.numguard.registry.licensee.Licensee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A licensee as the API shows it: never the ID number of the legal representative. {@code status} is
 * {@code SANCTIONED} while a sanction (joint punishment) names the licensee, whatever its own status
 * ({@code ACTIVE}, {@code SUSPECTED_RESALE}); {@code sanctioned} says the same as a flag.
 */
public record LicenseeView(String uscc, String name, String province, Licence licence,
                           List<String> controllingShareholders, String status, boolean sanctioned,
                           Instant registeredAt, List<ControlChangeView> controlChanges) {

    /** The status shown while a sanction names the licensee. */
    public static final String SANCTIONED = "SANCTIONED";

    public record Licence(String number, LocalDate validFrom, LocalDate validUntil) {
    }

    public record ControlChangeView(String change, Instant at, String recordedBy, boolean suspectedResale,
                                    Instant lastAllocationAt, List<String> previousShareholders,
                                    List<String> newShareholders) {
        static ControlChangeView of(ControlChange c) {
            return new ControlChangeView(c.kind().name(), c.at(), c.recordedBy(), c.suspectedResale(),
                    c.lastAllocationAt(), c.previousShareholders(), c.newShareholders());
        }
    }

    public static LicenseeView of(Licensee l, boolean sanctioned) {
        return new LicenseeView(l.uscc().value(), l.name(), l.province().code(),
                new Licence(l.licence().number(), l.licence().validFrom(), l.licence().validUntil()),
                l.controllingShareholders(), sanctioned ? SANCTIONED : l.status().name(), sanctioned, l.registeredAt(),
                l.controlChanges().stream().map(ControlChangeView::of).toList());
    }

    public static List<ControlChangeView> changes(List<ControlChange> changes) {
        return changes.stream().map(ControlChangeView::of).toList();
    }
}
