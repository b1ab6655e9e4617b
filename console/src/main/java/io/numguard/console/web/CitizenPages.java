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

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.numguard.console.api.ServiceApi.seg;
import static io.numguard.console.api.Target.COMPLAINT;
import static io.numguard.console.web.Flow.nz;

/** Citizens: report a call, and see what numguard says of a number. */
@Path("/citizen")
@RolesAllowed("citizen")
@Produces(MediaType.TEXT_HTML)
public class CitizenPages {
    /** The time a citizen types is China's (the form's datetime-local has no zone). */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** complaint-service's categories, the commonest first. */
    static final java.util.List<String> CATEGORIES = java.util.List.of("HARASSMENT", "FRAUD", "MARKETING", "ROBOCALL",
            "OTHER");

    @Inject
    ServiceApi api;
    @Inject
    Ui ui;
    @Location("citizen.html")
    Template page;

    @GET
    public TemplateInstance home(@QueryParam("number") String number) {
        Part<Map<String, Object>> verdict = nz(number).isBlank() ? new Part<>(null, null)
                : ui.part(() -> api.get(COMPLAINT, "/api/reputation/" + seg(number)).map());
        return ui.page(page.data("number", nz(number)).data("verdict", verdict).data("categories", CATEGORIES));
    }

    @POST
    @Path("complaints")
    public Response report(@RestForm String number, @RestForm String category, @RestForm String calledAt,
                           @RestForm String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", nz(number).trim());
        body.put("category", nz(category));
        if (!nz(calledAt).isBlank()) {
            try {
                body.put("calledAt", LocalDateTime.parse(calledAt).atZone(CHINA).toInstant().toString());
            } catch (DateTimeParseException e) {
                return Flow.failed("/citizen", new ApiProblem(400, "validation-failed", ui.isEn()
                        ? "Invalid time" : "时间无效", calledAt, "calledAt"), ui.lang());
            }
        }
        body.put("text", nz(text));
        try {
            Map<String, Object> answer = api.post(COMPLAINT, "/api/complaints", body).map();
            return Flow.done("/citizen?number=" + seg(number),
                    Boolean.FALSE.equals(answer.get("counted")) ? "reportedAgain" : "reported");
        } catch (ApiProblem p) {
            return Flow.failed("/citizen", p, ui.lang());
        }
    }
}
