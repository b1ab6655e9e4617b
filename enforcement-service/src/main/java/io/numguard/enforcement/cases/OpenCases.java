package io.numguard.enforcement.cases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The open case of a subject, if any. In the service: a query on the cases table, which must also carry a unique
 * index on the subject over open cases, since two signals handled at once could both decide to open.
 */
@FunctionalInterface
public interface OpenCases {
    Optional<EnforcementCase> openCaseFor(CaseSubject subject);

    static OpenCases of(Collection<EnforcementCase> cases) {
        List<EnforcementCase> open = cases.stream().filter(EnforcementCase::isOpen).toList();
        return subject -> open.stream().filter(c -> c.concerns(subject)).findFirst();
    }

    static OpenCases none() {
        return subject -> Optional.empty();
    }
}
