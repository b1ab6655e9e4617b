package io.numguard.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.numguard.devstack.DevStack;
import io.numguard.devstack.KafkaBroker;
import io.numguard.devstack.Service;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole suite as a user meets it: the three service jars built by this reactor, real PostgreSQL, Kafka and
 * Keycloak (the realm of deploy/keycloak), all on free ports so a local run can go on beside the tests. Started
 * once per test JVM, stopped when it exits.
 *
 * <p>Two replicas of each service and of the console share the one stack (as the Kubernetes overlays' HPAs run at
 * least two pods): consumer groups, scheduled jobs, the outbox relays and the segment folder's leases are then
 * shared as in production. {@link #url(Service)} is replica 0; {@link #urls(Service)} gives them all.
 * {@code -Dnumguard.system.replicas=1} runs the suite on one replica of each.
 */
public final class SuiteStack {
    private static DevStack stack;
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SuiteStack() {
    }

    public static synchronized DevStack get() {
        if (stack == null) {
            // carriers' acknowledgement deadline in seconds instead of a day, so the story can see an escalation
            int replicas = Integer.parseInt(System.getProperty("numguard.system.replicas", "2"));
            stack = DevStack.start(Path.of("target", "system-stack").toAbsolutePath(),
                    DevStack.PortPlan.free(replicas),
                    true, Map.of(Service.ENFORCEMENT, Map.of(
                            "NUMGUARD_ENFORCEMENT_ACKNOWLEDGEMENT_PERIOD", "PT40S",
                            "NUMGUARD_ENFORCEMENT_ESCALATION_EVERY", "2s")));
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "suite-stack-shutdown"));
        }
        return stack;
    }

    public static String url(Service s) {
        return get().service(s).url();
    }

    /** The base URL of every replica of a service, by replica number. */
    public static java.util.List<String> urls(Service s) {
        return get().replicas(s).stream().map(io.numguard.devstack.ServiceProcess::url).toList();
    }

    /**
     * Kafka client settings of a carrier's own system: its realm client {@code carrier-<code>} (secret of the local
     * realm), SASL/OAUTHBEARER with client-credentials tokens from Keycloak, plus the given settings.
     */
    public static Map<String, Object> carrierKafkaConfig(String carrier, Map<String, Object> settings) {
        Map<String, Object> c = new java.util.HashMap<>(KafkaBroker.oauthClientConfig(get().kafka().bootstrapServers(),
                get().keycloak().tokenEndpoint(), "carrier-" + carrier, "carrier-" + carrier + "-secret"));
        c.putAll(settings);
        return c;
    }

    /** A real access token of a demo user (password = user name), by password grant on the public client. */
    public static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> grant(Map.of("client_id", "numguard-public",
                "grant_type", "password", "username", u, "password", u)));
    }

    private static String grant(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b).orElse("");
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(get().keycloak().tokenEndpoint()))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("token request failed: " + r.statusCode() + " " + r.body());
            }
            return JSON.readTree(r.body()).get("access_token").asText();
        } catch (Exception e) {
            throw new IllegalStateException("cannot get a token for " + form.get("username"), e);
        }
    }
}
