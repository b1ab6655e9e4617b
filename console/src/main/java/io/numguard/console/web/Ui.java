package io.numguard.console.web;

import io.numguard.console.api.ApiProblem;
import io.numguard.console.i18n.ProblemMessages;
import io.quarkus.oidc.IdToken;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What every page knows of the request: who is logged in (from the ID token: name, role, scope claims) and the
 * page's language (zh by default; {@code ?lang=en} or the {@code lang} cookie set by {@code /lang}).
 */
@RequestScoped
public class Ui {
    public static final String LANG_COOKIE = "numguard-lang";

    @Inject
    SecurityIdentity identity;
    @Inject
    @IdToken
    JsonWebToken idToken;
    @Inject
    HttpServerRequest request;

    public String lang() {
        String q = request.getParam("lang");
        if (q != null) {
            return "en".equals(q) ? "en" : "zh";
        }
        var c = request.getCookie(LANG_COOKIE);
        return c != null && "en".equals(c.getValue()) ? "en" : "zh";
    }

    public boolean isEn() {
        return "en".equals(lang());
    }

    public String htmlLang() {
        return isEn() ? "en" : "zh-CN";
    }

    public boolean loggedIn() {
        return identity != null && !identity.isAnonymous();
    }

    public String user() {
        if (!loggedIn()) {
            return "";
        }
        String name = idToken.getClaim("preferred_username");
        return name != null ? name : identity.getPrincipal().getName();
    }

    public String claim(String name) {
        if (!loggedIn()) {
            return null;
        }
        Object v = idToken.getClaim(name);
        return v == null ? null : v.toString().replace("\"", "");
    }

    /** The scope shown beside the name: province, carrier, agency or USCC. */
    public String scope() {
        for (String c : new String[]{"carrier_id", "agency", "uscc", "province"}) {
            String v = claim(c);
            if (v != null) {
                return v;
            }
        }
        return "";
    }

    public boolean has(String role) {
        return loggedIn() && identity.hasRole(role);
    }

    public boolean isRegulator() {
        return has("regulator");
    }

    public boolean isPolice() {
        return has("police");
    }

    public boolean isCarrier() {
        return has("carrier");
    }

    public boolean isLicensee() {
        return has("licensee");
    }

    public boolean isCitizen() {
        return has("citizen");
    }

    /** This page's path and query, to come back to after switching language. */
    public String here() {
        String uri = request.uri();
        return uri.replaceAll("([?&])lang=[a-z]+&?", "$1").replaceAll("[?&]$", "");
    }

    public String hereEncoded() {
        return URLEncoder.encode(here(), StandardCharsets.UTF_8);
    }

    /** A query parameter of this request (the {@code ok} / {@code err} of {@link Flow}). */
    public String param(String name) {
        String v = request.getParam(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** The role's home page. */
    public String home() {
        if (isRegulator()) {
            return "/regulator";
        } else if (isPolice()) {
            return "/police";
        } else if (isCarrier()) {
            return "/carrier";
        } else if (isLicensee()) {
            return "/licensee";
        } else if (isCitizen()) {
            return "/citizen";
        }
        return "/no-role";
    }

    /** Loads one part of a page; a problem the API answered becomes that part's error, in this page's language. */
    public <T> Part<T> part(Supplier<T> load) {
        try {
            return new Part<>(load.get(), null);
        } catch (ApiProblem p) {
            return new Part<>(null, ProblemMessages.describe(p, lang()));
        }
    }

    /** The template in the page's language, with {@code ui} for the layout. */
    public TemplateInstance page(TemplateInstance t) {
        return t.setLocale(Locale.forLanguageTag(lang())).data("ui", this);
    }
}
