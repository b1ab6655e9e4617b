package io.numguard.registry.segment.rest;

import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/segments/{code}/outbound}. */
public record OutboundRequest(@NotNull Boolean outboundAuthorised) {
}
