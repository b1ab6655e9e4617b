package io.numguard.enforcement.common.service;

import io.numguard.enforcement.common.Actor;
import io.numguard.enforcement.common.Role;
import io.numguard.support.security.Caller;

import java.util.ArrayList;
import java.util.List;

/** The domain's {@link Actor} from the token: user id is {@code preferred_username} (four-eyes compares it). */
public final class Actors {
    private Actors() {
    }

    public static Actor of(Caller caller) {
        List<String> roles = new ArrayList<>();
        for (Role r : Role.values()) {
            r.realmRole().filter(caller::hasRole).ifPresent(roles::add);
        }
        return Actor.fromToken(caller.userId(), roles, caller.province().orElse(null),
                caller.carrierId().orElse(null), caller.agency().orElse(null));
    }
}
