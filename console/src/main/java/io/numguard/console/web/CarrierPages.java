package io.numguard.console.web;

import io.numguard.console.api.ApiProblem;
import io.numguard.console.api.ServiceApi;
import io.numguard.console.i18n.ProblemMessages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.numguard.console.api.ServiceApi.seg;
import static io.numguard.console.api.Target.COMPLAINT;
import static io.numguard.console.api.Target.ENFORCEMENT;
import static io.numguard.console.web.Flow.nz;

/** Carriers: orders owed with deadlines (overdue first) and one-click acknowledgement, verdicts, marks as CSV. */
@Path("/carrier")
@RolesAllowed("carrier")
@Produces(MediaType.TEXT_HTML)
public class CarrierPages {
    static final int MAX_CSV_ROWS = 10_000;

    @Inject
    ServiceApi api;
    @Inject
    Ui ui;
    @Location("carrier.html")
    Template page;

    @GET
    public TemplateInstance home(@QueryParam("state") String state, @QueryParam("number") String number) {
        return render(state, number, null);
    }

    private TemplateInstance render(String state, String number, Map<String, Object> marks) {
        String s = nz(state).isBlank() ? "pending" : state;
        // the API's largest page: overdue come first, so a short page would hide what is still due in time
        // (GET /api/orders has no cursor yet)
        Part<List<Map<String, Object>>> orders = ui.part(() -> api.get(ENFORCEMENT, "/api/orders",
                Map.of("state", s, "limit", 500)).list());
        Part<Map<String, Object>> verdict = nz(number).isBlank() ? new Part<>(null, null)
                : ui.part(() -> api.get(COMPLAINT, "/api/reputation/" + seg(number)).map());
        return ui.page(page.data("state", s).data("orders", orders).data("number", nz(number))
                .data("verdict", verdict).data("marks", marks).data("carrierId", ui.claim("carrier_id")));
    }

    /** One click: with htmx the order's row is replaced in place; without script, back to the page. */
    @POST
    @Path("orders/{id}/acknowledge")
    public Object acknowledge(@PathParam("id") String id, @HeaderParam("HX-Request") String htmx) {
        try {
            api.post(ENFORCEMENT, "/api/orders/" + seg(id) + "/acknowledgements", Map.of());
            if (htmx != null) {
                Map<String, Object> order = api.get(ENFORCEMENT, "/api/orders/" + seg(id)).map();
                return ui.page(page.getFragment("order").data("o", order).data("carrierId", ui.claim("carrier_id")));
            }
            return Flow.done("/carrier", "acknowledged");
        } catch (ApiProblem p) {
            if (htmx != null) {
                return Response.ok(ui.page(page.getFragment("rowError")
                        .data("message", ProblemMessages.describe(p, ui.lang())))).build();
            }
            return Flow.failed("/carrier", p, ui.lang());
        }
    }

    /** CSV {@code number,category,markedAt[,markerPhone]}; each row accepted or rejected with its reason. */
    @POST
    @Path("marks")
    public TemplateInstance marks(@RestForm("file") FileUpload file) throws IOException {
        List<Csv.Row> rows = Csv.read(file);
        Map<String, Object> result = new LinkedHashMap<>();
        List<Map<String, Object>> rejected = new ArrayList<>();
        if (rows.isEmpty() || rows.size() > MAX_CSV_ROWS) {
            result.put("error", ui.isEn() ? "The file must hold 1 to 10,000 rows: number,category,markedAt"
                    : "文件须包含 1 至 10,000 行：号码,类别,标记时间");
            return render(null, null, result);
        }
        List<Map<String, Object>> marks = new ArrayList<>();
        for (Csv.Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", r.cell(0));
            m.put("category", r.cell(1).toUpperCase());
            m.put("markedAt", r.cell(2));
            if (!r.cell(3).isEmpty()) {
                m.put("markerPhone", r.cell(3));
            }
            marks.add(m);
        }
        try {
            Map<String, Object> answer = api.post(COMPLAINT, "/api/complaints/batch", Map.of("marks", marks)).map();
            int accepted = 0;
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> results = (List<Map<String, Object>>) answer.getOrDefault("rows",
                    answer.getOrDefault("results", List.of()));
            for (Map<String, Object> row : results) {
                if ("ACCEPTED".equals(row.get("status"))) {
                    accepted++;
                } else {
                    Map<String, Object> rej = new LinkedHashMap<>(row);
                    int index = row.get("row") instanceof Number n ? n.intValue() : -1;
                    rej.put("line", index >= 0 && index < rows.size() ? rows.get(index).line() : "?");
                    rejected.add(rej);
                }
            }
            result.put("accepted", accepted);
            result.put("rejected", rejected);
        } catch (ApiProblem p) {
            result.put("error", ProblemMessages.describe(p, ui.lang()));
        }
        return render(null, null, result);
    }
}
