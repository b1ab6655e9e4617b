package io.numguard.console.web;

import io.numguard.console.api.ApiProblem;
import io.numguard.console.i18n.ProblemMessages;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** A form's call to an API: done, back to {@code back} saying so; refused, back with the problem in words. */
    public static Response attempt(Runnable call, String back, String okKey, String lang) {
        try {
            call.run();
            return done(back, okKey);
        } catch (ApiProblem p) {
            return failed(back, p, lang);
        }
    }

    /** A form field that was not sent is empty. */
    static String nz(String s) {
        return s == null ? "" : s;
    }

    static List<String> list(String commaSeparated) {
        return nz(commaSeparated).isBlank() ? List.of()
                : List.of(commaSeparated.split("\\s*[,，;\\n]\\s*")).stream().map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Query parameters; null and blank values are left out by {@link ServiceApi}. */
    static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
