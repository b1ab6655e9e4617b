package io.numguard.registry.licensee.rest;

import io.numguard.registry.licensee.ControlChange;
import io.numguard.registry.licensee.Licensee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A licensee as the API shows it: never the ID number of the legal representative. */
public record LicenseeView(String uscc, String name, String province, Licence licence,
                           List<String> controllingShareholders, String status, Instant registeredAt,
                           List<ControlChangeView> controlChanges) {

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

    public static LicenseeView of(Licensee l) {
        return new LicenseeView(l.uscc().value(), l.name(), l.province().code(),
                new Licence(l.licence().number(), l.licence().validFrom(), l.licence().validUntil()),
                l.controllingShareholders(), l.status().name(), l.registeredAt(),
                l.controlChanges().stream().map(ControlChangeView::of).toList());
    }

    public static List<ControlChangeView> changes(List<ControlChange> changes) {
        return changes.stream().map(ControlChangeView::of).toList();
    }
}
