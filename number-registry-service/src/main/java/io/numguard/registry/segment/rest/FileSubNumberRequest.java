package io.numguard.registry.segment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/segments/{code}/sub-numbers}: which end client uses an 8-digit number. */
public record FileSubNumberRequest(@NotBlank String number, @NotNull @Valid EndClientDto endClient) {

    /** @param uscc optional: not every end client has one */
    public record EndClientDto(@NotBlank @Size(max = 200) String name, String uscc,
                               @NotBlank @Size(max = 500) String purpose) {
    }
}
