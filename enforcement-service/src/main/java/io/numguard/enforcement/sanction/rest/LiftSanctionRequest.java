package io.numguard.enforcement.sanction.rest;

import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/sanctions/{id}/lift}. */
public record LiftSanctionRequest(@Size(max = 4000) String reason) {
}
