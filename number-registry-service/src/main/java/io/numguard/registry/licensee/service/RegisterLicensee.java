package io.numguard.registry.licensee.service;

import io.numguard.contracts.identity.Uscc;
import io.numguard.registry.licensee.CallCentreLicence;
import io.numguard.registry.licensee.Province;

import java.util.List;

/** A parsed registration; the ID number is hashed by the service and then forgotten. */
public record RegisterLicensee(Uscc uscc, String name, Province province, String legalRepresentativeName,
                               String legalRepresentativeIdNumber, CallCentreLicence licence,
                               List<String> controllingShareholders) {
    @Override
    public String toString() {
        return "RegisterLicensee[" + uscc + " " + name + " " + province + "]";
    }
}
