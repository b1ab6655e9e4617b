package io.numguard.enforcement.cases.rest;

import io.numguard.enforcement.cases.CaseSubject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/cases}: the subject (a licensee's USCC or a segment code) and why. */
public record OpenCaseRequest(
        @NotNull CaseSubject.Kind subjectKind,
        @NotBlank @Size(max = 32) String subject,
        @Size(max = 4000) String reason) {
}
