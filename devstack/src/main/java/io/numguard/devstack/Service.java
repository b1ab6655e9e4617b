package io.numguard.devstack;

/** One numguard service as the local run and the system tests start it: its module, database and client. */
public record Service(String module, String database, int defaultPort, String clientId, String clientSecret) {
    public static final Service REGISTRY =
            new Service("number-registry-service", "registry", 8081, "numguard-registry", "registry-secret");
    public static final Service COMPLAINT =
            new Service("complaint-service", "complaint", 8082, "numguard-complaint", "complaint-secret");
    public static final Service ENFORCEMENT =
            new Service("enforcement-service", "enforcement", 8083, "numguard-enforcement", "enforcement-secret");

    public static final java.util.List<Service> ALL = java.util.List.of(REGISTRY, COMPLAINT, ENFORCEMENT);

    /** e.g. NUMGUARD_REGISTRY_PORT */
    public String portSetting() {
        return "numguard." + database + ".port";
    }
}
