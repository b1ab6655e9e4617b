package io.numguard.registry.licensee.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import java.util.List;

/**
 * Body of {@code POST /api/licensees/{uscc}/control-changes}: the new legal representative, the new list of
 * controlling shareholders, or both.
 */
public record ControlChangeRequest(@Valid RegisterLicenseeRequest.LegalRepresentativeInput legalRepresentative,
                                   List<@NotBlank String> controllingShareholders) {
}
