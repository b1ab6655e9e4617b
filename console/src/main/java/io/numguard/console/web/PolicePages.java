package io.numguard.console.web;

import io.numguard.console.api.ApiProblem;
import io.numguard.console.api.ServiceApi;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.numguard.console.api.ServiceApi.seg;
import static io.numguard.console.api.Target.ENFORCEMENT;
import static io.numguard.console.api.Target.REGISTRY;
import static io.numguard.console.web.Flow.list;
import static io.numguard.console.web.Flow.nz;

/** Police: who holds a number (audited, with the case reference), referrals and what was decided on them. */
@Path("/police")
@RolesAllowed("police")
@Produces(MediaType.TEXT_HTML)
public class PolicePages {
    @Inject
    ServiceApi api;
    @Inject
    Ui ui;
    @Location("police.html")
    Template page;

    @GET
    public TemplateInstance home(@QueryParam("number") String number, @QueryParam("caseRef") String caseRef) {
        Part<Map<String, Object>> lookup = nz(number).isBlank() ? new Part<>(null, null)
                : ui.part(() -> api.get(REGISTRY, "/api/numbers/" + seg(number), Map.of("caseRef", nz(caseRef)))
                .map());
        Part<List<Map<String, Object>>> referrals = ui.part(() -> api.get(ENFORCEMENT,
                "/api/referrals", Map.of("limit", 50)).list());
        return ui.page(page.data("number", nz(number)).data("caseRef", nz(caseRef)).data("lookup", lookup)
                .data("referrals", referrals));
    }

    @POST
    @Path("referrals")
    public Response refer(@RestForm String policeCaseNumber, @RestForm String lossYuan,
                          @RestForm String suspectNumbers, @RestForm String summary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("policeCaseNumber", nz(policeCaseNumber).trim());
        try {
            body.put("lossYuan", nz(lossYuan).isBlank() ? null : new BigDecimal(lossYuan.trim()));
        } catch (NumberFormatException e) {
            return Flow.failed("/police", new ApiProblem(400, "validation-failed", ui.isEn() ? "Invalid loss"
                    : "损失金额无效", lossYuan, "lossYuan"), ui.lang());
        }
        body.put("suspectNumbers", list(suspectNumbers));
        body.put("summary", nz(summary));
        return Flow.attempt(() -> api.post(ENFORCEMENT, "/api/referrals", body), "/police", "referralSubmitted",
                ui.lang());
    }
}
