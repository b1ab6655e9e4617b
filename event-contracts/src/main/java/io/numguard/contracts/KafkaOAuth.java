package io.numguard.contracts;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * How a client proves who it is to the event bus (ARCHITECTURE.md, "Kafka identity"): SASL/OAUTHBEARER with a
 * client-credentials token of realm {@code numguard}, whose {@code client_id} claim is the broker's principal
 * ({@code User:<clientId>}) and whose audience includes {@link #AUDIENCE}.
 */
public final class KafkaOAuth {
    /** The audience every broker token must carry (the realm's client scope {@code numguard-kafka}). */
    public static final String AUDIENCE = "numguard-kafka";
    /** The token claim the broker takes the principal from: the OAuth client's id, never a display name. */
    public static final String PRINCIPAL_CLAIM = "client_id";

    static final String ALLOWED_URLS = "org.apache.kafka.sasl.oauthbearer.allowed.urls";
    static final String ALLOWED_FILES = "org.apache.kafka.sasl.oauthbearer.allowed.files";

    private KafkaOAuth() {
    }

    /**
     * Lets this JVM's Kafka clients use an OAuth URL (a token endpoint, a JWKS, or a {@code file:} token): Kafka 4
     * refuses any URL or file that its {@code org.apache.kafka.sasl.oauthbearer.allowed.urls} /
     * {@code .allowed.files} system properties do not name, a guard against configuration pointing a client
     * elsewhere. Adds to what is already allowed.
     */
    public static synchronized void allow(String url) {
        append(ALLOWED_URLS, url);
        if (url.startsWith("file:")) {
            append(ALLOWED_FILES, fileOf(url));
        }
    }

    /** The system properties a child JVM needs to use the URL, as {@code -D} options. */
    public static List<String> allowingOptions(String url) {
        return List.of("-D" + ALLOWED_URLS + "=" + url, "-D" + ALLOWED_FILES + "=" + fileOf(url));
    }

    private static String fileOf(String url) {
        return url.startsWith("file:") ? Path.of(URI.create(url)).toString() : "";
    }

    private static void append(String property, String value) {
        String current = System.getProperty(property, "");
        if (!List.of(current.split(",")).contains(value)) {
            System.setProperty(property, current.isEmpty() ? value : current + "," + value);
        }
    }
}
