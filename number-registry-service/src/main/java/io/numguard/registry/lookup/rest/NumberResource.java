package io.numguard.registry.lookup.rest;

import io.numguard.contracts.number.PhoneNumber;
import io.numguard.registry.common.Problems;
import io.numguard.registry.lookup.IndexedSegment;
import io.numguard.registry.lookup.NumberLookup;
import io.numguard.registry.lookup.service.NumberLookupService;
import io.numguard.registry.segment.rest.SegmentView;
import io.numguard.registry.segment.rest.SubNumberFilingView;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/numbers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "numbers")
public class NumberResource {
    public static final String CASE_REF_HEADER = "X-Case-Ref";

    @Inject
    NumberLookupService lookups;
    @Inject
    Caller caller;

    @GET
    @Path("/{number}")
    @RolesAllowed({"police", "regulator", "carrier"})
    @Operation(summary = "Who holds this number", description = "Accepts +86, 0086, spaces, dashes and full-width "
            + "digits. Answers the segment (longest prefix), licensee, carriers, status, outbound authorisation and "
            + "the sub-number filing. Police must give a case reference (?caseRef= or header X-Case-Ref); every "
            + "police read is audited.")
    @APIResponse(responseCode = "200", description = "The answer; held=false when no segment covers the number")
    @APIResponse(responseCode = "400", description = "invalid-number, or case-reference-required for police")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role does not allow it")
    public NumberLookupView lookup(@PathParam("number") String raw, @QueryParam("caseRef") String caseRefParam,
                                   @HeaderParam(CASE_REF_HEADER) String caseRefHeader) {
        boolean police = caller.hasRole("police");
        String caseRef = caseRefParam != null && !caseRefParam.isBlank() ? caseRefParam.strip()
                : caseRefHeader != null && !caseRefHeader.isBlank() ? caseRefHeader.strip() : null;
        if (police && caseRef == null) {
            throw new ProblemException(400, "case-reference-required", "Case reference required",
                    "police lookups must name the case: ?caseRef=... or header " + CASE_REF_HEADER);
        }
        if (caseRef != null && caseRef.length() > 100) {
            throw new ProblemException(400, "invalid-value", "Invalid value", "caseRef is longer than 100 characters")
                    .with("field", "caseRef");
        }
        PhoneNumber number = Problems.number(raw);
        NumberLookup hit = police
                ? lookups.lookupByPolice(number, raw, caller.userId(), caller.agency().orElse(null), caseRef)
                : lookups.lookup(number);
        return view(number, hit);
    }

    private NumberLookupView view(PhoneNumber number, NumberLookup hit) {
        if (!hit.isHeld()) {
            return new NumberLookupView(number.digits(), false, null, null, List.of(), null, false, null);
        }
        IndexedSegment s = hit.segment();
        String uscc = s.licensee().value();
        return new NumberLookupView(number.digits(), true, SegmentView.of(s),
                new NumberLookupView.LicenseeRef(uscc, lookups.licenseeName(uscc)),
                s.carriers().stream().map(Enum::name).toList(), s.publicStatus().name(), s.outboundAuthorised(),
                hit.subNumberFiling().map(SubNumberFilingView::of).orElse(null));
    }
}
