package io.numguard.bench;

import io.numguard.devstack.DevStack;
import io.numguard.devstack.Service;

import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 14: the regulator dashboard of the console ({@code GET /regulator}, a server-rendered page that calls four
 * APIs with the person's token) with 10,000 cases in enforcement's database and 11,000 segments with complaints in
 * complaint-service's (hourly buckets over 30 days). Logs in as regulator.fj through Keycloak's real login form
 * (code flow + PKCE, as a browser does, with a cookie jar), warms up, then times sequential page loads. Next to it,
 * in the same run, the four API calls the page makes, one after another with the same token: what the console adds
 * is the difference.
 * <pre>bench/console-dashboard.sh [loads] [warm-up]</pre>
 */
public final class ConsoleDashboardBench {
    static final int CASES = 10_000;
    static final int SEGMENTS = 11_000;

    private ConsoleDashboardBench() {
    }

    public static void main(String[] args) throws Exception {
        int loads = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        try (DevStack stack = BenchStack.start("console-dashboard")) {
            load(stack);
            String console = stack.service(Service.CONSOLE).url();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new Jar())
                    .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(10)).build();
            login(browser, console + "/regulator", "regulator.fj");
            String token = BenchStack.token(stack, "regulator.fj");
            String enforcement = stack.service(Service.ENFORCEMENT).url();
            String complaint = stack.service(Service.COMPLAINT).url();
            List<String> apis = List.of(complaint + "/api/stats/segments?top=10", enforcement + "/api/cases/counts",
                    enforcement + "/api/orders?state=overdue&limit=20", enforcement + "/api/cases?limit=50");

            for (int i = 0; i < warmup; i++) {
                page(browser, console + "/regulator");
                for (String a : apis) {
                    api(a, token);
                }
            }
            double[] pages = new double[loads];
            double[] direct = new double[loads];
            for (int i = 0; i < loads; i++) {
                long t0 = System.nanoTime();
                page(browser, console + "/regulator");
                pages[i] = (System.nanoTime() - t0) / 1e6;
                t0 = System.nanoTime();
                for (String a : apis) {
                    api(a, token);
                }
                direct[i] = (System.nanoTime() - t0) / 1e6;
            }
            BenchStack.log("%n%d cases, %d segments with complaints; %d sequential loads after %d warm-up; load "
                    + "average %s", CASES, SEGMENTS, loads, warmup, loadAverage());
            BenchStack.log("| what | p50 ms | p95 | p99 | max |");
            BenchStack.log("|---|---|---|---|---|");
            row("console GET /regulator (dashboard page)", pages);
            row("its 4 API calls, one after another, direct", direct);
            for (String a : apis) {
                double[] one = new double[Math.min(loads, 100)];
                for (int i = 0; i < one.length; i++) {
                    long t0 = System.nanoTime();
                    api(a, token);
                    one[i] = (System.nanoTime() - t0) / 1e6;
                }
                row("  " + a.replaceFirst("http://[^/]+", ""), one);
            }
        }
    }

    /** 10,000 FJ cases (various states, a threshold trigger each) and 11,000 segments' complaint buckets. */
    static void load(DevStack stack) throws Exception {
        long t0 = System.nanoTime();
        try (Connection db = connect(stack, Service.ENFORCEMENT.database()); Statement s = db.createStatement()) {
            s.execute("""
                    insert into enforcement_case (id, subject_kind, subject_id, province, segment_codes, state,
                        opened_at, opened_by, triggers, updated_at)
                    select 'bench-' || i, 'SEGMENT', (950000 + i)::text, case when i %% 4 = 0 then 'GD' else 'FJ' end,
                        (950000 + i)::text,
                        (array['OPEN','INVESTIGATING','RESOLVED','CLOSED','REJECTED'])[1 + i %% 5],
                        now() - (i || ' minutes')::interval, 'system',
                        '[{"kind":"THRESHOLD_EXCEEDED","reference":"bench-' || i || '","summary":"SEGMENT/P1D/ALL 21 >= 20","at":"'
                            || to_char((now() - (i || ' minutes')::interval) at time zone 'UTC',
                                       'YYYY-MM-DD"T"HH24:MI:SS"Z"') || '"}]',
                        now() - (i || ' minutes')::interval
                    from generate_series(1, %d) i""".formatted(CASES));
            // some overdue obligations for the dashboard's table
            s.execute("""
                    insert into acknowledgement_obligation (order_id, case_id, segment_code, order_action, due_by,
                        created_at)
                    select 'bench-order-' || i, 'bench-' || i, (950000 + i)::text, 'REVOKE', now() - interval '1 hour',
                        now() - interval '1 day' from generate_series(1, 200) i""");
            s.execute("""
                    insert into carrier_acknowledgement (order_id, carrier_id)
                    select 'bench-order-' || i, 'CM' from generate_series(1, 200) i""");
            s.execute("analyze");
        }
        try (Connection db = connect(stack, Service.COMPLAINT.database()); Statement s = db.createStatement()) {
            // every segment code there can be (1,000 five-digit + 10,000 six-digit), each with 6 hours of complaints
            s.execute("""
                    insert into segment_registry (code, status, outbound_authorised, expanded, province, carriers,
                        updated_at)
                    select c, 'ALLOCATED', false, false, 'FJ', 'CT', now()
                    from (select (95000 + i)::text c from generate_series(0, 999) i
                          union all select (950000 + i)::text from generate_series(0, 9999) i) codes""");
            s.execute("""
                    insert into complaint_bucket (subject_kind, subject_code, hour, category, source, count, weighted)
                    select 'SEGMENT', code, date_trunc('hour', now()) - ((h * 113 + length(code) * 7 + i) % 720
                               || ' hours')::interval, 'HARASSMENT', 'CITIZEN', 1 + (i * h) % 9, 1 + (i * h) % 9
                    from (select row_number() over () i, code from segment_registry) s, generate_series(1, 6) h
                    on conflict do nothing""");
            s.execute("analyze");
        }
        BenchStack.log("loaded %d cases and %d segments' buckets in %.1f s", CASES, SEGMENTS,
                (System.nanoTime() - t0) / 1e9);
    }

    /** The code flow as a browser does it: the console sends us to Keycloak, we post its login form, and back. */
    static void login(HttpClient browser, String page, String user) throws Exception {
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(page)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(form.body());
        if (!action.find()) {
            action = Pattern.compile("action=\"([^\"]+login-actions/authenticate[^\"]*)\"").matcher(form.body());
            if (!action.find()) {
                throw new IllegalStateException("no Keycloak login form at " + form.uri());
            }
        }
        String url = action.group(1).replace("&amp;", "&");
        HttpResponse<String> after = browser.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(user)
                        + "&credentialId=")).build(), HttpResponse.BodyHandlers.ofString());
        if (after.statusCode() != 200 || !after.body().contains("id=\"top-segments\"")) {
            throw new IllegalStateException("login as " + user + " did not reach the dashboard: " + after.statusCode()
                    + " " + after.uri() + "\n" + after.body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "));
        }
    }

    static void page(HttpClient browser, String url) throws Exception {
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("id=\"cases-by-state\"")) {
            throw new IllegalStateException("dashboard: " + r.statusCode() + " " + r.uri());
        }
    }

    static void api(String url, String token) throws Exception {
        HttpResponse<String> r = BenchStack.get(url, token);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
        }
    }

    static Connection connect(DevStack stack, String database) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", stack.postgres().user());
        p.setProperty("password", stack.postgres().password());
        return DriverManager.getConnection(stack.postgres().jdbcUrl(database), p);
    }

    static void row(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        BenchStack.log("| %s | %.1f | %.1f | %.1f | %.1f |", what, pct(s, 50), pct(s, 95), pct(s, 99), s[s.length - 1]);
    }

    static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    /**
     * A browser's cookie jar, reduced to what this bench needs: console and Keycloak share the host 127.0.0.1, so
     * every cookie goes back to it (the JDK's CookieManager drops some of Keycloak's cookie attributes' cookies).
     */
    static final class Jar extends CookieHandler {
        private final Map<String, String> cookies = new LinkedHashMap<>();

        @Override
        public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            StringBuilder b = new StringBuilder();
            cookies.forEach((k, v) -> b.append(b.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            return Map.of("Cookie", List.of(b.toString()));
        }

        @Override
        public synchronized void put(URI uri, Map<String, List<String>> headers) {
            for (Map.Entry<String, List<String>> h : headers.entrySet()) {
                if (h.getKey() == null || !h.getKey().equalsIgnoreCase("Set-Cookie")) {
                    continue;
                }
                for (String c : h.getValue()) {
                    String pair = c.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        continue;
                    }
                    String name = pair.substring(0, eq).trim();
                    String value = pair.substring(eq + 1).trim();
                    String lower = c.toLowerCase(java.util.Locale.ROOT);
                    if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, value);
                    }
                }
            }
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
