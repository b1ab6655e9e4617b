package io.numguard.registry.segment;

import io.numguard.registry.licensee.Licensee;
import io.numguard.registry.sanction.ActiveSanctions;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What the registry knows that the allocation policies read; loaded by the service, so the policies stay pure.
 *
 * @param existingSegments at least every segment whose code overlaps the requested one (prefix either way);
 *                         RELEASED ones may be included, they are ignored
 * @param sanctions        the sanctions in force naming the licensee or its legal representative
 */
public record AllocationFacts(Licensee licensee, Collection<ExistingSegment> existingSegments,
                              ActiveSanctions sanctions) {
    public AllocationFacts {
        Objects.requireNonNull(licensee, "licensee");
        existingSegments = existingSegments == null ? List.of() : List.copyOf(existingSegments);
        sanctions = sanctions == null ? ActiveSanctions.none() : sanctions;
    }
}
