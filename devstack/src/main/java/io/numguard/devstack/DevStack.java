package io.numguard.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole suite on one machine: PostgreSQL, Kafka, Keycloak and the three services as built by Maven.
 * The local run ({@link DevStackMain}) and the system tests start it through this one class.
 */
public final class DevStack implements AutoCloseable {
    /** Fixed ports for the local run (each overridable); tests ask for free ports instead. */
    public record PortPlan(int postgres, int kafka, int kafkaInternal, int kafkaController, int keycloak,
                           int keycloakManagement, Map<Service, Integer> services) {
        public static PortPlan localDefaults() {
            Map<Service, Integer> svc = new LinkedHashMap<>();
            for (Service s : Service.STARTED) {
                svc.put(s, Settings.port(s.portSetting(), s.defaultPort()));
            }
            return new PortPlan(Settings.port("numguard.pg.port", 5432), Settings.port("numguard.kafka.port", 9092),
                    Settings.port("numguard.kafka.internal.port", 9094),
                    Settings.port("numguard.kafka.controller.port", 9093),
                    Settings.port("numguard.keycloak.port", 8180),
                    Settings.port("numguard.keycloak.management.port", 9190), svc);
        }

        public static PortPlan free() {
            int[] p = Ports.freePorts(6 + Service.STARTED.size());
            Map<Service, Integer> svc = new LinkedHashMap<>();
            for (int i = 0; i < Service.STARTED.size(); i++) {
                svc.put(Service.STARTED.get(i), p[6 + i]);
            }
            return new PortPlan(p[0], p[1], p[2], p[3], p[4], p[5], svc);
        }
    }

    private final Path runDir;
    private final PortPlan ports;
    private final List<AutoCloseable> started = Collections.synchronizedList(new ArrayList<>());
    private Postgres postgres;
    private KafkaBroker kafka;
    private Keycloak keycloak;
    private final Map<Service, ServiceProcess> services = new LinkedHashMap<>();

    private final Map<Service, Map<String, String>> overrides;

    private DevStack(Path runDir, PortPlan ports, Map<Service, Map<String, String>> overrides) {
        this.runDir = runDir;
        this.ports = ports;
        this.overrides = overrides;
    }

    /**
     * Starts what is asked, in dependency order; on any failure stops what already runs and rethrows.
     *
     * @param withServices whether to start the service jars and the console too (false: infrastructure only)
     */
    public static DevStack start(Path runDir, PortPlan ports, boolean withServices) {
        return start(runDir, ports, withServices, Map.of());
    }

    /**
     * As {@link #start(Path, PortPlan, boolean)}, with settings for some services on top of what devstack gives them
     * (environment variables, e.g. a short acknowledgement deadline for a system test).
     */
    public static DevStack start(Path runDir, PortPlan ports, boolean withServices,
                                 Map<Service, Map<String, String>> overrides) {
        DevStack stack = new DevStack(runDir, ports, overrides);
        try {
            Files.createDirectories(runDir);
            Leftovers.reap(runDir);
            stack.startInfrastructure();
            if (withServices) {
                stack.startServices();
            }
            return stack;
        } catch (IOException e) {
            stack.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startInfrastructure() {
        Path root = Settings.projectRoot();
        long t0 = System.nanoTime();
        // Keycloak takes longest, so it starts first and PostgreSQL comes up while it boots
        var keycloakStart = new java.util.concurrent.CompletableFuture<Keycloak>();
        Thread kcThread = new Thread(() -> {
            try {
                keycloakStart.complete(Keycloak.start(ports.keycloak(), ports.keycloakManagement(),
                        root.resolve("deploy/keycloak/numguard-realm.json"), runDir));
            } catch (Throwable t) {
                keycloakStart.completeExceptionally(t);
            }
        }, "devstack-keycloak");
        kcThread.start();
        try {
            postgres = Postgres.start(ports.postgres(), runDir.resolve("pgdata"));
            started.add(postgres);
            log("PostgreSQL ready on " + postgres.jdbcUrl("") + " after " + seconds(t0));
            for (Service s : Service.ALL) {
                postgres.createDatabase(s.database());
            }
        } finally {
            try {
                keycloak = keycloakStart.get();
                started.add(keycloak);
                log("Keycloak ready on " + keycloak.url() + " after " + seconds(t0));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        // the broker checks client tokens against the realm's keys, which it fetches as it starts: after Keycloak
        kafka = KafkaBroker.start(ports.kafka(), ports.kafkaInternal(), ports.kafkaController(),
                runDir.resolve("kafka"), new KafkaBroker.TokenValidation(keycloak.jwksUrl(), keycloak.issuer()),
                root.resolve(KafkaAcls.FILE));
        started.add(kafka);
        log("Kafka ready on " + kafka.bootstrapServers() + " after " + seconds(t0));
    }

    private void startServices() {
        Path root = Settings.projectRoot();
        long t0 = System.nanoTime();
        // all boot at once (the console needs no service to start: it calls them per page); each is waited for
        for (Service s : Service.STARTED) {
            ServiceProcess p = ServiceProcess.start(s, root, ports.services().get(s), environmentFor(s), runDir);
            services.put(s, p);
            started.add(p);
        }
        for (ServiceProcess p : services.values()) {
            p.awaitReady(Duration.ofSeconds(120));
            log(p.service().module() + " ready on " + p.url() + " after " + seconds(t0));
        }
    }

    /** What a service needs to know of the infrastructure, as the environment variables Quarkus reads. */
    public Map<String, String> environmentFor(Service s) {
        Map<String, String> env = new LinkedHashMap<>();
        if (s.hasDatabase()) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(s.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        } else {
            // the console: where the services it calls are (NUMGUARD_REGISTRY_URL, ...)
            for (Service api : Service.ALL) {
                env.put("NUMGUARD_" + api.name().toUpperCase(Locale.ROOT) + "_URL",
                        "http://" + Ports.HOST + ":" + ports.services().get(api));
            }
        }
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer());
        env.put("QUARKUS_OIDC_CLIENT_ID", s.clientId());
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", s.clientSecret());
        env.putAll(overrides.getOrDefault(s, Map.of()));
        return env;
    }

    /** Restarts one service, e.g. after a fault test killed it. */
    public ServiceProcess restart(Service s) {
        ServiceProcess old = services.get(s);
        if (old != null) {
            old.close();
            started.remove(old);
        }
        ServiceProcess p = ServiceProcess.start(s, Settings.projectRoot(), ports.services().get(s), environmentFor(s),
                runDir);
        services.put(s, p);
        started.add(p);
        p.awaitReady(Duration.ofSeconds(120));
        return p;
    }

    public Postgres postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public Keycloak keycloak() {
        return keycloak;
    }

    public ServiceProcess service(Service s) {
        return services.get(s);
    }

    public Path runDir() {
        return runDir;
    }

    /**
     * Stops everything: the services first (all at once), then Kafka and Keycloak (at once), PostgreSQL last, so
     * no service outlives what it depends on and a stop takes as long as the slowest part, not their sum.
     */
    @Override
    public synchronized void close() {
        List<AutoCloseable> all = new ArrayList<>(started);
        started.clear();
        closeTogether(all.stream().filter(c -> c instanceof ServiceProcess).toList());
        closeTogether(all.stream().filter(c -> !(c instanceof ServiceProcess) && !(c instanceof Postgres)).toList());
        closeTogether(all.stream().filter(c -> c instanceof Postgres).toList());
    }

    private static void closeTogether(List<AutoCloseable> group) {
        List<Thread> threads = new ArrayList<>();
        for (AutoCloseable c : group) {
            Thread t = new Thread(() -> {
                try {
                    c.close();
                } catch (Exception e) {
                    System.err.println("devstack: error while stopping " + c + ": " + e.getMessage());
                }
            }, "devstack-stop");
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static void log(String message) {
        System.out.println("[devstack] " + message);
    }

    static String seconds(long t0) {
        return String.format("%.1f s", (System.nanoTime() - t0) / 1e9);
    }
}
