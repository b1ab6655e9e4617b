package io.numguard.console.web;

import io.numguard.console.api.ApiProblem;
import io.numguard.console.api.ServiceApi;
import io.numguard.console.api.ServiceApi.Answer;
import io.numguard.console.i18n.ProblemMessages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.numguard.console.api.ServiceApi.seg;
import static io.numguard.console.api.Target.COMPLAINT;
import static io.numguard.console.api.Target.ENFORCEMENT;
import static io.numguard.console.api.Target.REGISTRY;
import static io.numguard.console.web.Flow.list;
import static io.numguard.console.web.Flow.nz;
import static io.numguard.console.web.Flow.params;

/** The regulator's pages: dashboard, case queue, four-eyes approvals, the case page, registers, sanctions. */
@Path("/regulator")
@RolesAllowed("regulator")
@Produces(MediaType.TEXT_HTML)
public class RegulatorPages {
    static final List<String> PROPOSED = List.of("SUSPENSION_PROPOSED", "REVOCATION_PROPOSED",
            "REINSTATEMENT_PROPOSED");
    static final int PAGE = 50;
    static final List<String> SEGMENT_STATES = List.of("ALLOCATED", "SUSPENDED", "REVOKED", "EXPIRED", "RELEASED");
    /** The case states of enforcement-service (its CaseState), for the queue's filter. */
    static final List<String> STATES = List.of("OPEN", "INVESTIGATING", "RECTIFICATION_ORDERED",
            "SUSPENSION_PROPOSED", "SUSPENSION_APPROVED", "REVOCATION_PROPOSED", "REVOCATION_APPROVED",
            "REINSTATEMENT_PROPOSED", "REINSTATEMENT_APPROVED", "REJECTED", "RESOLVED", "CLOSED");

    @Inject
    ServiceApi api;
    @Inject
    Ui ui;
    @Location("regulator/dashboard.html")
    Template dashboard;
    @Location("regulator/cases.html")
    Template casesPage;
    @Location("regulator/case.html")
    Template casePage;
    @Location("regulator/registry.html")
    Template registryPage;
    @Location("regulator/sanctions.html")
    Template sanctionsPage;

    @GET
    public TemplateInstance dashboard() {
        Part<List<Map<String, Object>>> top = ui.part(() -> api.get(COMPLAINT, "/api/stats/segments",
                Map.of("top", 10)).list());
        Part<Map<String, Object>> counts = ui.part(() -> api.get(ENFORCEMENT, "/api/cases/counts").map());
        Part<List<Map<String, Object>>> overdue = ui.part(() -> api.get(ENFORCEMENT, "/api/orders",
                Map.of("state", "overdue", "limit", 20)).list());
        Part<List<Map<String, Object>>> signals = ui.part(this::signalsOfTheLastDay);
        return ui.page(dashboard.data("top", top).data("chart", BarChart.of(top.value() == null ? List.of()
                        : top.value())).data("counts", counts).data("overdue", overdue).data("signals", signals));
    }

    /** Triggers raised by complaint-service signals in the last 24 h, on the most recently changed cases. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> signalsOfTheLastDay() {
        Instant since = Instant.now().minus(Duration.ofDays(1));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> c : api.get(ENFORCEMENT, "/api/cases", Map.of("limit", PAGE)).list()) {
            for (Map<String, Object> t : (List<Map<String, Object>>) c.getOrDefault("triggers", List.of())) {
                String kind = String.valueOf(t.get("kind"));
                if ((kind.equals("THRESHOLD_EXCEEDED") || kind.equals("ROBOCALL_SUSPECTED")) && t.get("at") != null
                        && Instant.parse(t.get("at").toString()).isAfter(since)) {
                    Map<String, Object> row = new LinkedHashMap<>(t);
                    row.put("caseId", c.get("id"));
                    row.put("subject", c.get("subject"));
                    out.add(row);
                }
            }
        }
        out.sort((a, b) -> b.get("at").toString().compareTo(a.get("at").toString()));
        return out.size() > 20 ? out.subList(0, 20) : out;
    }

    @GET
    @Path("cases")
    public TemplateInstance cases(@QueryParam("state") String state, @QueryParam("cursor") String cursor) {
        Part<Answer> page = ui.part(() -> api.get(ENFORCEMENT, "/api/cases",
                params("state", state, "limit", PAGE, "cursor", cursor)));
        return ui.page(casesPage.data("approvals", false).data("states", STATES).data("state", state == null ? "" : state)
                .data("cases", page.value() == null ? List.of() : page.value().list())
                .data("next", page.value() == null ? null : page.value().nextCursor())
                .data("error", page.error()));
    }

    /** Cases another regulator proposed: the ones this regulator may approve or reject (four eyes). */
    @GET
    @Path("approvals")
    @SuppressWarnings("unchecked")
    public TemplateInstance approvals() {
        List<Map<String, Object>> mine = new ArrayList<>();
        String error = null;
        try {
            for (String s : PROPOSED) {
                for (Map<String, Object> c : api.get(ENFORCEMENT, "/api/cases", Map.of("state", s, "limit", PAGE))
                        .list()) {
                    Map<String, Object> p = (Map<String, Object>) c.get("pendingProposal");
                    if (p != null && !ui.user().equals(p.get("proposedBy"))) {
                        mine.add(c);
                    }
                }
            }
        } catch (ApiProblem p) {
            error = ProblemMessages.describe(p, ui.lang());
        }
        return ui.page(casesPage.data("approvals", true).data("states", STATES).data("state", "").data("cases", mine).data("next", null)
                .data("error", error));
    }

    @POST
    @Path("cases")
    public Response open(@RestForm String subjectKind, @RestForm String subject, @RestForm String reason) {
        try {
            Map<String, Object> c = api.post(ENFORCEMENT, "/api/cases", Map.of("subjectKind", nz(subjectKind),
                    "subject", nz(subject).trim(), "reason", nz(reason))).map();
            return Flow.done("/regulator/cases/" + c.get("id"), "caseOpened");
        } catch (ApiProblem p) {
            return Flow.failed("/regulator/cases", p, ui.lang());
        }
    }

    @GET
    @Path("cases/{id}")
    public TemplateInstance caseView(@PathParam("id") String id) {
        Map<String, Object> c = api.get(ENFORCEMENT, "/api/cases/" + seg(id)).map();
        Part<List<Map<String, Object>>> log = ui.part(() -> api.get(ENFORCEMENT, "/api/decision-log",
                Map.of("subject", "case/" + id)).list());
        Part<Map<String, Object>> verification = ui.part(() -> api.get(ENFORCEMENT, "/api/decision-log/verification")
                .map());
        return ui.page(casePage.data("c", c).data("log", log).data("verification", verification));
    }

    @POST
    @Path("cases/{id}/actions")
    public Response act(@PathParam("id") String id, @RestForm String action, @RestForm String reason,
                        @RestForm String fraud) {
        String back = "/regulator/cases/" + seg(id);
        return Flow.attempt(() -> api.post(ENFORCEMENT, "/api/cases/" + seg(id) + "/actions", Map.of("action",
                nz(action), "reason", nz(reason), "fraud", fraud != null)), back, "actionTaken", ui.lang());
    }

    @GET
    @Path("registry")
    public TemplateInstance registry(@QueryParam("uscc") String uscc, @QueryParam("licensee") String licensee,
                                     @QueryParam("status") String status, @QueryParam("cursor") String cursor) {
        Part<Map<String, Object>> found = uscc == null || uscc.isBlank() ? Part.none()
                : ui.part(() -> api.get(REGISTRY, "/api/licensees/" + seg(uscc)).map());
        Part<Answer> segments = ui.part(() -> api.get(REGISTRY, "/api/segments",
                params("licensee", licensee, "status", status, "limit", PAGE, "cursor", cursor)));
        return ui.page(registryPage.data("segmentStates", SEGMENT_STATES)
                .data("uscc", nz(uscc)).data("licensee", nz(licensee)).data("status", nz(status))
                .data("found", found)
                .data("segments", segments.value() == null ? List.of() : segments.value().list())
                .data("next", segments.value() == null ? null : segments.value().nextCursor())
                .data("segmentsError", segments.error()));
    }

    @POST
    @Path("licensees")
    public Response register(@RestForm String uscc, @RestForm String name, @RestForm String province,
                             @RestForm String repName, @RestForm String repId, @RestForm String licenceNumber,
                             @RestForm String validFrom, @RestForm String validUntil,
                             @RestForm String shareholders) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uscc", nz(uscc).trim());
        body.put("name", nz(name));
        body.put("province", nz(province).trim().toUpperCase());
        body.put("legalRepresentative", Map.of("name", nz(repName), "idNumber", nz(repId)));
        body.put("licence", Map.of("number", nz(licenceNumber), "validFrom", nz(validFrom),
                "validUntil", nz(validUntil)));
        body.put("controllingShareholders", list(shareholders));
        return registryForm(() -> api.post(REGISTRY, "/api/licensees", body), "licenseeRegistered",
                "?uscc=" + seg(uscc));
    }

    @POST
    @Path("licensees/control-changes")
    public Response controlChange(@RestForm String uscc, @RestForm String repName, @RestForm String repId,
                                  @RestForm String shareholders) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!nz(repName).isBlank() || !nz(repId).isBlank()) {
            body.put("legalRepresentative", Map.of("name", nz(repName), "idNumber", nz(repId)));
        }
        if (!nz(shareholders).isBlank()) {
            body.put("controllingShareholders", list(shareholders));
        }
        return registryForm(() -> api.post(REGISTRY, "/api/licensees/" + seg(uscc) + "/control-changes", body),
                "controlChanged", "?uscc=" + seg(uscc));
    }

    @POST
    @Path("segments")
    public Response allocate(@RestForm String code, @RestForm String licenseeUscc, @RestForm List<String> carriers,
                             @RestForm String outbound) {
        Map<String, Object> body = Map.of("code", nz(code).trim(), "licenseeUscc", nz(licenseeUscc).trim(),
                "carriers", carriers == null ? List.of() : carriers, "outboundAuthorised", outbound != null);
        return registryForm(() -> api.post(REGISTRY, "/api/segments", body), "segmentAllocated",
                "?licensee=" + seg(licenseeUscc));
    }

    @POST
    @Path("segments/{code}/expansion")
    public Response expand(@PathParam("code") String code) {
        return registryForm(() -> api.post(REGISTRY, "/api/segments/" + seg(code) + "/expansion", Map.of()),
                "segmentExpanded", "");
    }

    @POST
    @Path("segments/{code}/outbound")
    public Response outbound(@PathParam("code") String code, @RestForm String outbound) {
        return registryForm(() -> api.post(REGISTRY, "/api/segments/" + seg(code) + "/outbound",
                Map.of("outboundAuthorised", "true".equals(outbound))), "outboundChanged", "");
    }

    private Response registryForm(Runnable call, String okKey, String query) {
        return Flow.attempt(call, "/regulator/registry" + query, okKey, ui.lang());
    }

    @GET
    @Path("sanctions")
    public TemplateInstance sanctions(@QueryParam("uscc") String uscc, @QueryParam("active") String active,
                                      @QueryParam("cursor") String cursor) {
        Part<Answer> list = ui.part(() -> api.get(ENFORCEMENT, "/api/sanctions",
                params("uscc", uscc, "active", active, "limit", PAGE, "cursor", cursor)));
        return ui.page(sanctionsPage.data("uscc", nz(uscc)).data("active", nz(active))
                .data("sanctions", list.value() == null ? List.of() : list.value().list())
                .data("next", list.value() == null ? null : list.value().nextCursor()).data("error", list.error()));
    }

    @POST
    @Path("sanctions")
    public Response impose(@RestForm String uscc, @RestForm String legalRepresentativeIdNumber,
                           @RestForm String reason, @RestForm String caseId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uscc", nz(uscc).trim());
        body.put("reason", nz(reason));
        if (!nz(legalRepresentativeIdNumber).isBlank()) {
            body.put("legalRepresentativeIdNumber", legalRepresentativeIdNumber.trim());
        }
        if (!nz(caseId).isBlank()) {
            body.put("caseId", caseId.trim());
        }
        return Flow.attempt(() -> api.post(ENFORCEMENT, "/api/sanctions", body), "/regulator/sanctions",
                "sanctionImposed", ui.lang());
    }

    @POST
    @Path("sanctions/{id}/lift")
    public Response lift(@PathParam("id") String id, @RestForm String reason) {
        return Flow.attempt(() -> api.post(ENFORCEMENT, "/api/sanctions/" + seg(id) + "/lift",
                Map.of("reason", nz(reason))), "/regulator/sanctions", "sanctionLifted", ui.lang());
    }
}
