package io.numguard.registry.common;

import io.numguard.registry.licensee.Province;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.security.Caller;

/** The {@link Actor} of the calling token; a regulator token without a valid province claim is refused. */
public final class CallerActor {
    private CallerActor() {
    }

    public static Actor of(Caller caller) {
        Province province = null;
        if (caller.hasRole("regulator")) {
            String claim = caller.province().orElseThrow(() -> ProblemException.forbidden("missing-scope-claim",
                    "the token carries no province claim"));
            try {
                province = Province.of(claim);
            } catch (IllegalArgumentException e) {
                throw ProblemException.forbidden("missing-scope-claim", "the province claim is not valid: "
                        + e.getMessage());
            }
        }
        return new Actor(caller.userId(), province);
    }
}
