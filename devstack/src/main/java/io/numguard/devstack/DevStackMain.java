package io.numguard.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar devstack/target/devstack-*.jar [--infra-only] [--replicas N]}: starts the suite (N replicas of
 * each service and of the console, default 1, replica k listening 10·k above the usual port), prints where
 * everything is, and stops it all on Ctrl-C or SIGTERM.
 */
public final class DevStackMain {
    private static final List<String[]> DEMO_USERS = List.of(
            new String[]{"regulator.cn", "regulator, province CN (the ministry: acts everywhere)"},
            new String[]{"regulator.fj", "regulator, province FJ"},
            new String[]{"regulator.fj2", "regulator, province FJ (the second pair of eyes)"},
            new String[]{"police.fz", "police, agency FZ-PSB"},
            new String[]{"carrier.ct", "carrier CT"},
            new String[]{"carrier.cm", "carrier CM"},
            new String[]{"citizen.demo", "citizen"},
            new String[]{"licensee.demo", "licensee (a call-centre enterprise)"});

    private DevStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("[devstack] " + e.getMessage() + "\n" + Options.USAGE);
            System.exit(2);
            return;
        }
        boolean infraOnly = options.infraOnly();
        Path runDir = Settings.get("numguard.run.dir").map(Path::of)
                .orElse(Settings.projectRoot().resolve("target/devstack"));
        CountDownLatch stopped = new CountDownLatch(1);
        DevStack[] holder = new DevStack[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\n[devstack] stopping...");
            synchronized (holder) {
                if (holder[0] != null) {
                    holder[0].close();
                }
            }
            System.out.println("[devstack] stopped.");
            stopped.countDown();
        }, "devstack-shutdown"));

        long t0 = System.nanoTime();
        try {
            DevStack stack = DevStack.start(runDir, DevStack.PortPlan.localDefaults(options.replicas()),
                    !infraOnly);
            synchronized (holder) {
                holder[0] = stack;
            }
            printBanner(stack, infraOnly, DevStack.seconds(t0));
        } catch (RuntimeException e) {
            System.err.println("\n[devstack] cannot start: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    /** The command line: {@code --infra-only}, {@code --replicas N} (or {@code --replicas=N}). */
    record Options(boolean infraOnly, int replicas) {
        static final String USAGE = "usage: ./run.sh [--infra-only] [--replicas N]   (N = 1-" + DevStack.MAX_REPLICAS
                + " replicas of each service and of the console; replica k listens 10*k above the usual port)";

        static Options parse(String... args) {
            boolean infraOnly = false;
            int replicas = 1;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--infra-only")) {
                    infraOnly = true;
                } else if (a.equals("--replicas") || a.startsWith("--replicas=")) {
                    String value = a.startsWith("--replicas=") ? a.substring("--replicas=".length())
                            : i + 1 < args.length ? args[++i] : null;
                    replicas = replicas(value);
                } else {
                    throw new IllegalArgumentException("unknown argument '" + a + "'");
                }
            }
            return new Options(infraOnly, replicas);
        }

        private static int replicas(String value) {
            if (value == null) {
                throw new IllegalArgumentException("--replicas takes a whole number from 1 to "
                        + DevStack.MAX_REPLICAS + ", and none was given");
            }
            try {
                int n = Integer.parseInt(value.trim());
                if (n >= 1 && n <= DevStack.MAX_REPLICAS) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--replicas takes a whole number from 1 to " + DevStack.MAX_REPLICAS
                    + ", not '" + value + "'");
        }
    }

    private static void printBanner(DevStack stack, boolean infraOnly, String took) {
        StringBuilder b = new StringBuilder("\n=== numguard is ready (" + took + ") ===\n");
        if (!infraOnly) {
            for (ServiceProcess console : stack.replicas(Service.CONSOLE)) {
                b.append(String.format("  %-26s %s   (web console: log in as a demo user below)%n", console.name(),
                        console.url()));
            }
            for (Service s : Service.ALL) {
                for (ServiceProcess p : stack.replicas(s)) {
                    b.append(String.format("  %-26s %s   (API docs: %s/q/swagger-ui)%n", p.name(), p.url(),
                            p.url()));
                }
            }
        }
        b.append(String.format("  %-26s %s   (admin console: admin / admin)%n", "Keycloak", stack.keycloak().url()));
        b.append(String.format("  %-26s %s%n", "token endpoint", stack.keycloak().tokenEndpoint()));
        b.append(String.format("  %-26s %s (SASL/OAUTHBEARER: a realm client-credentials token, e.g. client carrier-ct"
                + " / carrier-ct-secret; no anonymous access)%n", "Kafka", stack.kafka().bootstrapServers()));
        b.append(String.format("  %-26s %s (user postgres / postgres; databases: registry, complaint, enforcement)%n",
                "PostgreSQL", stack.postgres().jdbcUrl("")));
        b.append("  logs                       ").append(stack.runDir()).append('\n');
        b.append("\nDemo users (password = user name), in the console or through client numguard-public:\n");
        for (String[] u : DEMO_USERS) {
            b.append(String.format("  %-16s %s%n", u[0], u[1]));
        }
        b.append("\nExample:\n  TOKEN=$(curl -s -d client_id=numguard-public -d grant_type=password "
                + "-d username=regulator.cn -d password=regulator.cn \\\n      ")
                .append(stack.keycloak().tokenEndpoint()).append(" | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n");
        if (!infraOnly) {
            b.append("  curl -H \"Authorization: Bearer $TOKEN\" ").append(stack.service(Service.REGISTRY).url())
                    .append("/api/segments\n");
        }
        b.append("\nPress Ctrl-C to stop everything.\n");
        System.out.println(b);
    }
}
