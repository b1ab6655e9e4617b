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
    /**
     * Where everything listens. {@code services} holds one port per replica of each service: replica 0 is the port
     * a single-replica stack uses, replica k of the local run listens {@link #REPLICA_PORT_STEP}·k above it
     * (e.g. registry 8081, 8091, 8101).
     */
    public record PortPlan(int postgres, int kafka, int kafkaInternal, int kafkaController, int keycloak,
                           int keycloakManagement, Map<Service, List<Integer>> services) {
        /** How far apart the local run's replicas of one service listen. */
        public static final int REPLICA_PORT_STEP = 10;

        public PortPlan {
            services = Map.copyOf(services);
            int replicas = -1;
            for (var e : services.entrySet()) {
                if (e.getValue().isEmpty() || (replicas >= 0 && e.getValue().size() != replicas)) {
                    throw new IllegalArgumentException("every service needs the same number (>= 1) of replica "
                            + "ports, " + e.getKey().name() + " has " + e.getValue());
                }
                replicas = e.getValue().size();
            }
        }

        /** Fixed ports for the local run, one replica per service (each overridable). */
        public static PortPlan localDefaults() {
            return localDefaults(1);
        }

        /** Fixed ports for the local run with {@code replicas} replicas of each service. */
        public static PortPlan localDefaults(int replicas) {
            requireReplicas(replicas);
            Map<Service, List<Integer>> svc = new LinkedHashMap<>();
            for (Service s : Service.STARTED) {
                int base = Settings.port(s.portSetting(), s.defaultPort());
                List<Integer> ports = new ArrayList<>();
                for (int k = 0; k < replicas; k++) {
                    ports.add(base + k * REPLICA_PORT_STEP);
                }
                svc.put(s, List.copyOf(ports));
            }
            return new PortPlan(Settings.port("numguard.pg.port", 5432), Settings.port("numguard.kafka.port", 9092),
                    Settings.port("numguard.kafka.internal.port", 9094),
                    Settings.port("numguard.kafka.controller.port", 9093),
                    Settings.port("numguard.keycloak.port", 8180),
                    Settings.port("numguard.keycloak.management.port", 9190), svc);
        }

        /** Free ports for everything, one replica per service (the tests: beside a local run). */
        public static PortPlan free() {
            return free(1);
        }

        /** Free ports for everything, {@code replicas} replicas per service. */
        public static PortPlan free(int replicas) {
            requireReplicas(replicas);
            int n = Service.STARTED.size();
            int[] p = Ports.freePorts(6 + n * replicas);
            Map<Service, List<Integer>> svc = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                List<Integer> ports = new ArrayList<>();
                for (int k = 0; k < replicas; k++) {
                    ports.add(p[6 + k * n + i]);
                }
                svc.put(Service.STARTED.get(i), List.copyOf(ports));
            }
            return new PortPlan(p[0], p[1], p[2], p[3], p[4], p[5], svc);
        }

        /** How many replicas of each service this plan starts. */
        public int replicas() {
            return services.values().iterator().next().size();
        }

        /** The port of replica {@code k} of a service. */
        public int port(Service s, int k) {
            List<Integer> ports = services.get(s);
            if (ports == null || k < 0 || k >= ports.size()) {
                throw new IllegalArgumentException("no replica " + k + " of " + s.name() + " in this plan");
            }
            return ports.get(k);
        }

        private static void requireReplicas(int replicas) {
            if (replicas < 1 || replicas > MAX_REPLICAS) {
                throw new IllegalArgumentException("replicas must be 1-" + MAX_REPLICAS + ", not " + replicas);
            }
        }
    }

    /** More would not fit this machine's memory, nor the local run's port steps below Keycloak's 8180. */
    public static final int MAX_REPLICAS = 8;

    private final Path runDir;
    private final PortPlan ports;
    private final List<AutoCloseable> started = Collections.synchronizedList(new ArrayList<>());
    private Postgres postgres;
    private KafkaBroker kafka;
    private Keycloak keycloak;
    /** The running replicas of each service, by replica number (null where one was stopped and not restarted). */
    private final Map<Service, ServiceProcess[]> services = new LinkedHashMap<>();

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
        long t0 = System.nanoTime();
        // all boot at once (the console needs no service to start: it calls them per page); each is waited for
        List<ServiceProcess> booting = new ArrayList<>();
        for (Service s : Service.STARTED) {
            services.put(s, new ServiceProcess[ports.replicas()]);
            for (int k = 0; k < ports.replicas(); k++) {
                booting.add(launch(s, k));
            }
        }
        for (ServiceProcess p : booting) {
            p.awaitReady(Duration.ofSeconds(120 + 30L * (ports.replicas() - 1)));
            log(p.name() + " ready on " + p.url() + " after " + seconds(t0));
        }
    }

    private ServiceProcess launch(Service s, int k) {
        ServiceProcess p = ServiceProcess.start(s, k, Settings.projectRoot(), ports.port(s, k), environmentFor(s, k),
                runDir);
        services.get(s)[k] = p;
        started.add(p);
        return p;
    }

    /** What replica 0 of a service needs to know of the infrastructure, as the environment variables Quarkus reads. */
    public Map<String, String> environmentFor(Service s) {
        return environmentFor(s, 0);
    }

    /**
     * What replica {@code k} of a service needs to know, as environment variables. Every replica of a service gets
     * the same settings (database, broker, realm client): they differ only in their port. Replica k of the console
     * calls replica k of each service (devstack has no load balancer; in Kubernetes a Service spreads the calls).
     */
    public Map<String, String> environmentFor(Service s, int k) {
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
                        "http://" + Ports.HOST + ":" + ports.port(api, k));
            }
        }
        if (s.hasDatabase() && ports.replicas() > 1) {
            // a replica killed outright leaves its partitions to the others only when the broker gives up on it:
            // 10 s instead of the client's default 45 s (heartbeats stay at 3 s)
            env.put("KAFKA_SESSION_TIMEOUT_MS", "10000");
        }
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer());
        env.put("QUARKUS_OIDC_CLIENT_ID", s.clientId());
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", s.clientSecret());
        env.putAll(overrides.getOrDefault(s, Map.of()));
        return env;
    }

    /** Restarts replica 0 of a service, e.g. after a fault test killed it. */
    public ServiceProcess restart(Service s) {
        return restart(s, 0);
    }

    /** Restarts replica {@code k} of a service (stopping it first if it still runs) and waits until it is ready. */
    public ServiceProcess restart(Service s, int k) {
        ServiceProcess old = replica(s, k);
        if (old != null) {
            old.close();
            started.remove(old);
        }
        ServiceProcess p = launch(s, k);
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

    /** Replica 0 of a service: the one a single-replica stack has. */
    public ServiceProcess service(Service s) {
        return replica(s, 0);
    }

    /** Replica {@code k} of a service. */
    public ServiceProcess replica(Service s, int k) {
        ServiceProcess[] r = services.get(s);
        if (r == null || k < 0 || k >= r.length) {
            throw new IllegalArgumentException("no replica " + k + " of " + s.name() + " in this stack");
        }
        return r[k];
    }

    /** Every replica of a service, by replica number. */
    public List<ServiceProcess> replicas(Service s) {
        return Collections.unmodifiableList(java.util.Arrays.asList(services.getOrDefault(s, new ServiceProcess[0])));
    }

    /** How many replicas of each service this stack runs. */
    public int replicaCount() {
        return ports.replicas();
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
