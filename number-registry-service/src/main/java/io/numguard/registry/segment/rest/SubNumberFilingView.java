package io.numguard.registry.segment.rest;

import io.numguard.registry.subnumber.SubNumberFiling;

import java.time.Instant;

/** The real-name record of an 8-digit number. */
public record SubNumberFilingView(String number, String segment, String licenseeUscc, EndClient endClient,
                                  Instant filedAt, String filedBy) {

    public record EndClient(String name, String uscc, String purpose) {
    }

    public static SubNumberFilingView of(SubNumberFiling f) {
        return new SubNumberFilingView(f.number().digits(), f.segment().value(), f.licensee().value(),
                new EndClient(f.endClient().name(), f.endClient().uscc() == null ? null : f.endClient().uscc().value(),
                        f.endClient().purpose()), f.filedAt(), f.filedBy());
    }
}
