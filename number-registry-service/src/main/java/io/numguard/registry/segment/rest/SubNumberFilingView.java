package io.numguard.registry.segment.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.numguard.registry.subnumber.SubNumberFiling;

import java.time.Instant;

/**
 * The real-name record of an 8-digit number. On a correction, {@code replacesEarlierFiling} is true and
 * {@code replacedFiledAt} is when the replaced filing was made (both absent in lookups).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubNumberFilingView(String number, String segment, String licenseeUscc, EndClient endClient,
                                  Instant filedAt, String filedBy, Boolean replacesEarlierFiling,
                                  Instant replacedFiledAt) {

    public record EndClient(String name, String uscc, String purpose) {
    }

    public static SubNumberFilingView of(SubNumberFiling f) {
        return new SubNumberFilingView(f.number().digits(), f.segment().value(), f.licensee().value(),
                new EndClient(f.endClient().name(), f.endClient().uscc() == null ? null : f.endClient().uscc().value(),
                        f.endClient().purpose()), f.filedAt(), f.filedBy(), null, null);
    }

    /** The answer to a filing: {@code replaced} is the filing it corrects, null for a first filing. */
    public static SubNumberFilingView of(SubNumberFiling f, SubNumberFiling replaced) {
        SubNumberFilingView v = of(f);
        return new SubNumberFilingView(v.number(), v.segment(), v.licenseeUscc(), v.endClient(), v.filedAt(),
                v.filedBy(), replaced != null, replaced == null ? null : replaced.filedAt());
    }
}
