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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import static io.numguard.console.api.Target.REGISTRY;
import static io.numguard.console.web.Flow.nz;

/** Licensees: their own segments, and sub-number filings (real-name records) one by one or as CSV. */
@Path("/licensee")
@RolesAllowed("licensee")
@Produces(MediaType.TEXT_HTML)
public class LicenseePages {
    static final int MAX_CSV_ROWS = 1_000;

    @Inject
    ServiceApi api;
    @Inject
    Ui ui;
    @Location("licensee.html")
    Template page;

    @GET
    public TemplateInstance home() {
        return render(null);
    }

    private TemplateInstance render(Map<String, Object> upload) {
        Part<List<Map<String, Object>>> segments = ui.part(() -> api.get(REGISTRY, "/api/segments",
                Map.of("limit", 100)).list());
        return ui.page(page.data("segments", segments).data("upload", upload));
    }

    @POST
    @Path("filings")
    public Response file(@RestForm String number, @RestForm String endClientName, @RestForm String endClientUscc,
                         @RestForm String purpose) {
        return Flow.attempt(() -> fileOne(number, endClientName, endClientUscc, purpose), "/licensee", "filed",
                ui.lang());
    }

    private void fileOne(String number, String name, String uscc, String purpose) {
        String n = nz(number).replaceAll("[\\s-]", "");
        if (n.length() < 5) {
            throw new ApiProblem(400, "invalid-number", ui.isEn() ? "Invalid number" : "号码无效", number, "number");
        }
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("name", nz(name));
        if (!nz(uscc).isBlank()) {
            client.put("uscc", uscc.trim());
        }
        client.put("purpose", nz(purpose));
        // the segment is the number's first 5 or 6 digits; the registry knows which of its segments holds it
        String segment = n.substring(0, n.length() >= 8 ? 6 : 5);
        try {
            api.post(REGISTRY, "/api/segments/" + seg(segment) + "/sub-numbers", Map.of("number", n,
                    "endClient", client));
        } catch (ApiProblem p) {
            if (p.status() != 404 || n.length() < 8) {
                throw p;
            }
            api.post(REGISTRY, "/api/segments/" + seg(n.substring(0, 5)) + "/sub-numbers", Map.of("number", n,
                    "endClient", client));
        }
    }

    /** CSV {@code number,endClientName,endClientUscc,purpose}: each row filed on its own, failures listed. */
    @POST
    @Path("filings/csv")
    public TemplateInstance fileCsv(@RestForm("file") FileUpload file) throws IOException {
        List<Csv.Row> rows = Csv.read(file);
        Map<String, Object> result = new LinkedHashMap<>();
        if (rows.isEmpty() || rows.size() > MAX_CSV_ROWS) {
            result.put("error", ui.isEn() ? "The file must hold 1 to 1,000 rows: number,endClientName,endClientUscc,"
                    + "purpose" : "文件须包含 1 至 1,000 行：号码,最终用户名称,最终用户信用代码,用途");
            return render(result);
        }
        int filed = 0;
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (Csv.Row r : rows) {
            try {
                fileOne(r.cell(0), r.cell(1), r.cell(2), r.cell(3));
                filed++;
            } catch (ApiProblem p) {
                rejected.add(Map.of("line", r.line(), "number", r.cell(0),
                        "reason", ProblemMessages.describe(p, ui.lang())));
            }
        }
        result.put("accepted", filed);
        result.put("rejected", rejected);
        return render(result);
    }
}
