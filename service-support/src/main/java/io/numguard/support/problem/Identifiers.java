package io.numguard.support.problem;

import io.numguard.contracts.identity.InvalidUsccException;
import io.numguard.contracts.identity.Uscc;

/**
 * Parsing of the contract's identifiers at a service's edge, with the same problem for the same mistake in every
 * service: a USCC with a wrong check character is {@code uscc-wrong-check-character} (with the expected character)
 * whether the registry or enforcement is asked.
 */
public final class Identifiers {
    private Identifiers() {
    }

    /** @param field the request field or parameter that carried it, named in the problem */
    public static Uscc uscc(String raw, String field) {
        try {
            return Uscc.parse(raw);
        } catch (InvalidUsccException e) {
            ProblemException p = new ProblemException(400, e.problem().slug(), "Invalid USCC", e.getMessage())
                    .with("field", field);
            e.expectedCheckCharacter().ifPresent(c -> p.with("expectedCheckCharacter", String.valueOf(c)));
            throw p;
        }
    }
}
