package io.numguard.console.web;

import io.numguard.console.api.ApiProblem;
import io.numguard.console.i18n.ProblemMessages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Errors as pages in words: a problem a service answered (with its status), a page the role may not open (403),
 * and anything unexpected (500, logged here, never shown as a stack trace).
 */
public class ErrorPages {
    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    Ui ui;
    @Location("error.html")
    Template error;

    @ServerExceptionMapper
    public Response problem(ApiProblem p) {
        return page(p.status(), ProblemMessages.describe(p, ui.lang()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (e instanceof jakarta.ws.rs.WebApplicationException w && w.getResponse().getStatus() < 500) {
            return page(w.getResponse().getStatus(), null);
        }
        LOG.error("page failed", e);
        return page(500, null);
    }

    private Response page(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(ui.page(error.data("status", status).data("message", message)).render()).build();
    }
}
