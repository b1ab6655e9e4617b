package io.numguard.enforcement.decisionlog.rest;

import io.numguard.enforcement.decisionlog.ChainVerification;
import io.numguard.enforcement.decisionlog.service.DecisionLogService;
import io.numguard.enforcement.cases.service.CaseService;
import io.numguard.enforcement.common.service.Actors;
import io.numguard.enforcement.decisionlog.DecisionLogEntry;
import io.numguard.support.security.Caller;
import io.numguard.support.rest.Params;
import io.numguard.enforcement.decisionlog.Checkpoint;
import io.numguard.support.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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
    @APIResponse(responseCode = "400", description = "No subject given (validation-failed), or not printable "
            + "(invalid-parameter)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator, or a case outside-province")
    @APIResponse(responseCode = "404", description = "case/<id> of no case")
    public List<EntryView> about(@QueryParam("subject") @NotBlank String subject) {
        subject = Params.text("subject", subject, 100);
        if (subject.startsWith("case/")) {
            cases.get(Actors.of(caller), subject.substring("case/".length())); // the case's province scope
        }
        return service.about(subject).stream().map(EntryView::of).toList();
    }

    /**
     * @param intact      whether every link holds
     * @param brokenAt    the first broken entry's sequence, when not intact
     * @param breakKind   CONTENT_ALTERED, CHAIN_BROKEN, SEQUENCE_GAP, TRUNCATED or CHECKPOINT_MISMATCH
     * @param headHash    hash of the last entry, when intact: keep it elsewhere to detect truncation
     */
    public record VerificationView(boolean intact, Integer entriesChecked, Long lastSequence, String headHash,
                                   Long brokenAt, String breakKind, Long expectedSequence, String detail) {
    }

    /**
     * A signed head of the log: keep it, and present it later to {@code POST /api/decision-log/verification}.
     *
     * @param signature Ed25519 over {@code "numguard-decision-log-checkpoint/v1\n" + sequence + "\n" + headHash
     *                  + "\n" + at} (at as ISO-8601, UTC), base64
     * @param publicKey the service's X.509 public key, base64: pin it once and check every checkpoint with it
     */
    public record CheckpointView(long sequence, String headHash, Instant at, String signature, String algorithm,
                                 String publicKey) {
    }

    /** A checkpoint a regulator kept, as {@code GET /api/decision-log/checkpoint} gave it. */
    public record CheckpointRequest(@NotNull @PositiveOrZero Long sequence, @NotBlank @Size(max = 128) String headHash,
                                    @NotNull Instant at, @NotBlank @Size(max = 256) String signature) {
    }

    @GET
    @Path("checkpoint")
    @Operation(summary = "Sign the log's head now and return the checkpoint",
            description = "A regulator downloads and keeps checkpoints outside numguard. Deleting or rewriting the "
                    + "newest entries cannot match a checkpoint taken before, and a checkpoint cannot be made "
                    + "without the service's private key; the public key is in the answer.")
    @APIResponse(responseCode = "200", description = "The signed checkpoint")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator")
    public CheckpointView checkpoint() {
        Checkpoint c = service.checkpoint();
        return new CheckpointView(c.sequence(), c.headHash(), c.at(), c.signature(), "Ed25519",
                service.checkpointPublicKey());
    }

    @POST
    @Path("verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify the hash chain against a checkpoint the caller kept",
            description = "TRUNCATED when the log no longer reaches the checkpoint's entry, CHECKPOINT_MISMATCH "
                    + "when that entry has another hash now; otherwise as the GET.")
    @APIResponse(responseCode = "200", description = "The verdict (intact or where it breaks)")
    @APIResponse(responseCode = "400", description = "validation-failed, or invalid-checkpoint: the signature is "
            + "not the service's (field signature)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator")
    public VerificationView verifyAgainst(@Valid @NotNull CheckpointRequest request) {
        Checkpoint c = new Checkpoint(request.sequence(), request.headHash(), request.at(), request.signature());
        if (!service.isSigned(c)) {
            throw new ProblemException(400, "invalid-checkpoint", "Invalid checkpoint", "the checkpoint does not "
                    + "carry this service's signature over its sequence, head hash and time").with("field",
                    "signature");
        }
        return view(service.verifyAgainst(c));
    }

    @GET
    @Path("verification")
    @Operation(summary = "Verify the hash chain of the decision log; report the first broken link",
            description = "The chain, then against the newest checkpoint the service stored (signed every "
                    + "minute when the head moved): deleting the newest entries is TRUNCATED.")
    @APIResponse(responseCode = "200", description = "The verdict (intact or where it breaks)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a regulator")
    public VerificationView verify() {
        return view(service.verifyAgainstStoredCheckpoint());
    }

    private static VerificationView view(ChainVerification v) {
        if (v instanceof ChainVerification.Intact i) {
            return new VerificationView(true, i.entriesChecked(), i.lastSequence(), i.headHash(), null, null, null,
                    "the chain of " + i.entriesChecked() + " entries is intact");
        }
        ChainVerification.Broken b = (ChainVerification.Broken) v;
        return new VerificationView(false, null, null, null, b.sequence(), b.kind().name(), b.expectedSequence(),
                b.detail());
    }
}
