package io.numguard.console.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The entry: each person lands on their role's home; the language switch. */
@Path("/")
@Authenticated
public class HomePages {
    @Inject
    Ui ui;
    @Location("error.html")
    Template error;

    @GET
    public Response home() {
        return Response.seeOther(URI.create(ui.home())).build();
    }

    @GET
    @Path("no-role")
    @Produces(MediaType.TEXT_HTML)
    public Response noRole() {
        return Response.status(403).entity(ui.page(error.data("status", 403).data("message", null))).build();
    }

    /** A preference, not a change of data: a plain link sets it (a cookie the pages read; one year). */
    @GET
    @Path("lang")
    public Response lang(@QueryParam("to") String to, @QueryParam("back") String back) {
        NewCookie cookie = new NewCookie.Builder(Ui.LANG_COOKIE).value("en".equals(to) ? "en" : "zh").path("/")
                .maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(Flow.safePath(back))).cookie(cookie).build();
    }
}
