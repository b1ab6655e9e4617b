package io.numguard.enforcement.sanction.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/sanctions}. The legal representative is optional: give the hash, or the ID number (hashed
 * here with the registry's pepper and never stored), or neither to use the hash known from {@code licensee.registered}.
 */
public record ImposeSanctionRequest(
        @NotBlank @Size(max = 32) String uscc,
        @Size(max = 128) String legalRepresentativeHash,
        @Size(max = 64) String legalRepresentativeIdNumber,
        @Size(max = 4000) String reason,
        @Size(max = 64) String caseId) {
}
