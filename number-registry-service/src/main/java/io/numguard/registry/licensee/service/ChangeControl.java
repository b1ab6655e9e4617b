package io.numguard.registry.licensee.service;

import java.util.List;

/**
 * A recorded change of control: a new legal representative, a new list of controlling shareholders, or both
 * (each null when unchanged).
 */
public record ChangeControl(String legalRepresentativeName, String legalRepresentativeIdNumber,
                            List<String> controllingShareholders) {
    @Override
    public String toString() {
        return "ChangeControl[shareholders=" + controllingShareholders + "]";
    }
}
