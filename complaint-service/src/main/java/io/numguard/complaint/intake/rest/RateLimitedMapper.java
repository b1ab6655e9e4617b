package io.numguard.complaint.intake.rest;

import io.numguard.complaint.intake.service.RateLimitedException;
import io.numguard.support.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 429 as problem+json with the {@code Retry-After} header the rate limiter computed. */
public class RateLimitedMapper {
    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e, UriInfo uri) {
        Problem p = e.toProblem();
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .entity(uri == null ? p : p.at(uri.getPath())).build();
    }
}
