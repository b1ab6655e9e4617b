package io.numguard.enforcement.cases.rest;

import io.numguard.enforcement.cases.CaseAction;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/cases/{id}/actions}: one action. A reason is required for proposals and rejections;
 * {@code fraud} marks a proposed suspension or revocation as for fraud (approval then brings joint punishment).
 */
public record CaseActionRequest(@NotNull CaseAction action, @Size(max = 4000) String reason, Boolean fraud) {
}
