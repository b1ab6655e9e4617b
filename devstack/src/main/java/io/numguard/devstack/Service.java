package io.numguard.devstack;

import java.util.List;

/**
 * One numguard service as the local run and the system tests start it: its module, short name (its port setting),
 * database (null: it has none) and OIDC client.
 */
public record Service(String module, String name, String database, int defaultPort, String clientId,
                      String clientSecret) {
    public static final Service REGISTRY =
            new Service("number-registry-service", "registry", "registry", 8081, "numguard-registry", "registry-secret");
    public static final Service COMPLAINT =
            new Service("complaint-service", "complaint", "complaint", 8082, "numguard-complaint", "complaint-secret");
    public static final Service ENFORCEMENT = new Service("enforcement-service", "enforcement", "enforcement", 8083,
            "numguard-enforcement", "enforcement-secret");
    /** The web console: no database, no Kafka; it calls the three services with the person's token. */
    public static final Service CONSOLE = new Service("console", "console", null, 8084, "numguard-console",
            "console-secret");

    /** The three API services (each with its database and topics). */
    public static final List<Service> ALL = List.of(REGISTRY, COMPLAINT, ENFORCEMENT);
    /** Everything devstack starts: the API services and the console. */
    public static final List<Service> STARTED = List.of(REGISTRY, COMPLAINT, ENFORCEMENT, CONSOLE);

    public boolean hasDatabase() {
        return database != null;
    }

    /** e.g. NUMGUARD_REGISTRY_PORT */
    public String portSetting() {
        return "numguard." + name + ".port";
    }
}
