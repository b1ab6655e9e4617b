package io.numguard.enforcement.decisionlog.rest;

import io.numguard.enforcement.decisionlog.ChainVerification;
import io.numguard.enforcement.decisionlog.service.DecisionLogService;
import io.numguard.enforcement.cases.service.CaseService;
import io.numguard.enforcement.common.service.Actors;
import io.numguard.enforcement.decisionlog.DecisionLogEntry;
import io.numguard.support.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.QueryParam;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/decision-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "decision log")
@SecurityRequirement(name = "bearer")
@RolesAllowed("regulator")
public class DecisionLogResource {
    @Inject
    DecisionLogService service;
    @Inject
    CaseService cases;
    @Inject
    Caller caller;

    /** One entry of the log, with its place in the chain. */
    public record EntryView(long sequence, String previousHash, Instant at, String actor, String kind, String subject,
                            Map<String, String> details, String hash) {
        static EntryView of(DecisionLogEntry e) {
            return new EntryView(e.sequence(), e.previousHash(), e.at(), e.actor(), e.kind().name(), e.subject(),
                    e.details(), e.hash());
        }
    }

    @GET
    @Operation(summary = "The decisions about one subject (case/<id>, sanction/<id>, order/<id>), oldest first")
    @APIResponse(responseCode = "200", description = "The entries")
    @APIResponse(responseCode = "400", description = "No subject given (validation-failed)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator, or a case outside-province")
    @APIResponse(responseCode = "404", description = "case/<id> of no case")
    public List<EntryView> about(@QueryParam("subject") @NotBlank String subject) {
        if (subject.startsWith("case/")) {
            cases.get(Actors.of(caller), subject.substring("case/".length())); // the case's province scope
        }
        return service.about(subject).stream().map(EntryView::of).toList();
    }

    /**
     * @param intact      whether every link holds
     * @param brokenAt    the first broken entry's sequence, when not intact
     * @param breakKind   CONTENT_ALTERED, CHAIN_BROKEN or SEQUENCE_GAP
     * @param headHash    hash of the last entry, when intact: keep it elsewhere to detect truncation
     */
    public record VerificationView(boolean intact, Integer entriesChecked, Long lastSequence, String headHash,
                                   Long brokenAt, String breakKind, Long expectedSequence, String detail) {
    }

    @GET
    @Path("verification")
    @Operation(summary = "Verify the hash chain of the decision log; report the first broken link")
    @APIResponse(responseCode = "200", description = "The verdict (intact or where it breaks)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator")
    public VerificationView verify() {
        ChainVerification v = service.verify();
        if (v instanceof ChainVerification.Intact i) {
            return new VerificationView(true, i.entriesChecked(), i.lastSequence(), i.headHash(), null, null, null,
                    "the chain of " + i.entriesChecked() + " entries is intact");
        }
        ChainVerification.Broken b = (ChainVerification.Broken) v;
        return new VerificationView(false, null, null, null, b.sequence(), b.kind().name(), b.expectedSequence(),
                b.detail());
    }
}
