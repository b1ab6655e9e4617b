package io.numguard.complaint.whoami.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.numguard.support.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/**
 * Who the token says the caller is. Useful to integrators checking their token, and the trivial authenticated
 * endpoint the verdict lookup's speed is compared with (same token validation, no domain work).
 */
@Path("/api/whoami")
@Tag(name = "identity")
@Produces(MediaType.APPLICATION_JSON)
public class WhoAmIResource {
    static final List<String> ROLES = List.of("regulator", "police", "carrier", "licensee", "citizen");

    @Inject
    Caller caller;

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record WhoAmI(String user, List<String> roles, String province, String carrierId, String agency) {
    }

    @GET
    @RolesAllowed({"regulator", "police", "carrier", "licensee", "citizen"})
    @Operation(summary = "The caller as the token describes it",
            description = "User name, numguard realm roles and the scope claims (province, carrier_id, agency); "
                    + "a claim the token does not carry is null.")
    @APIResponse(responseCode = "200", description = "the caller")
    @APIResponse(responseCode = "401", description = "no valid token")
    public WhoAmI whoami() {
        List<String> roles = new ArrayList<>(2);
        for (String role : ROLES) {
            if (caller.hasRole(role)) {
                roles.add(role);
            }
        }
        return new WhoAmI(caller.userId(), roles, caller.province().orElse(null), caller.carrierId().orElse(null),
                caller.agency().orElse(null));
    }
}
