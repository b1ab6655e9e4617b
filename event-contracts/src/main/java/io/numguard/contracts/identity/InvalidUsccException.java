package io.numguard.contracts.identity;

import java.util.Objects;
import java.util.Optional;

/** The input is not a Unified Social Credit Code; {@link #problem()} says which rule it broke. */
public class InvalidUsccException extends IllegalArgumentException {

    /** The distinct ways a USCC can be wrong; the slug is stable for problem+json. */
    public enum Problem {
        WRONG_LENGTH("uscc-wrong-length"),
        ILLEGAL_CHARACTER("uscc-illegal-character"),
        WRONG_CHECK_CHARACTER("uscc-wrong-check-character");

        private final String slug;

        Problem(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }
    }

    private final Problem problem;
    private final Character expectedCheckCharacter;

    InvalidUsccException(Problem problem, String message, Character expectedCheckCharacter) {
        super(message);
        this.problem = Objects.requireNonNull(problem);
        this.expectedCheckCharacter = expectedCheckCharacter;
    }

    public Problem problem() {
        return problem;
    }

    /** For {@link Problem#WRONG_CHECK_CHARACTER}: the character the first 17 positions call for. */
    public Optional<Character> expectedCheckCharacter() {
        return Optional.ofNullable(expectedCheckCharacter);
    }
}
