package io.numguard.registry.segment.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import java.util.List;

/** Body of {@code POST /api/segments}; {@code outboundAuthorised} defaults to false (inbound only). */
public record AllocateSegmentRequest(@NotBlank String code, @NotBlank String licenseeUscc,
                                     @NotEmpty List<@NotBlank String> carriers, Boolean outboundAuthorised) {
}
