package io.numguard.registry.licensee.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST /api/licensees}. The ID number is hashed at once and never stored or echoed. */
public record RegisterLicenseeRequest(
        @NotBlank String uscc,
        @NotBlank @Size(max = 200) String name,
        @NotBlank String province,
        @NotNull @Valid LegalRepresentativeInput legalRepresentative,
        @NotNull @Valid LicenceDto licence,
        List<@NotBlank String> controllingShareholders) {

    public record LegalRepresentativeInput(@NotBlank @Size(max = 100) String name,
                                           @NotBlank @Size(max = 40) String idNumber) {
        @Override
        public String toString() {
            return "LegalRepresentativeInput[name=" + name + ", idNumber=***]";
        }
    }

    public record LicenceDto(@NotBlank String number, @NotNull LocalDate validFrom, @NotNull LocalDate validUntil) {
    }
}
