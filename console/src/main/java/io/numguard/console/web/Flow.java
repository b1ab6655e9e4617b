package io.numguard.console.web;

import io.numguard.console.api.ApiProblem;
import io.numguard.console.i18n.ProblemMessages;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * After a form: back to a page (303, so a reload does not post again) with what happened, {@code ok=<message key>}
 * or {@code err=<the problem in words>}; the layout shows either.
 */
public final class Flow {
    private Flow() {
    }

    public static Response done(String path, String okKey) {
        return see(path, "ok=" + okKey);
    }

    public static Response failed(String path, ApiProblem p, String lang) {
        return see(path, "err=" + URLEncoder.encode(ProblemMessages.describe(p, lang), StandardCharsets.UTF_8));
    }

    public static Response see(String path, String query) {
        return Response.seeOther(URI.create(path + (path.contains("?") ? "&" : "?") + query)).build();
    }

    /** Only a path of this site (not {@code //host} or a URL) may be gone back to. */
    public static String safePath(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
    }
}
