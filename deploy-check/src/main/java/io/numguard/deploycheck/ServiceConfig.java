package io.numguard.deploycheck;

import io.numguard.contracts.EventType;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service reads, derived from its code (never a hand-kept list): its application.properties, the
 * {@code @ConfigProperty}, {@code @ConfigMapping} and {@code System.getenv} of its sources and, when it depends on it,
 * of service-support,
 * and the Kafka topics it consumes (channels) and produces (the {@code EventType}s its non-consumer code publishes).
 * From that, {@link #requiredEnv()}: every setting the cluster must supply, by its environment variable name.
 */
public record ServiceConfig(String module, Map<String, String> properties, Map<String, String> requiredEnv,
                            Set<String> consumedTopics, Set<String> followerTopics, Set<String> producedTopics,
                            Set<String> groupIds) {

    /** Whether the module talks to Kafka at all (the console does not: it calls the services' REST APIs). */
    public boolean usesKafka() {
        return properties.containsKey("kafka.bootstrap.servers") || !consumedTopics.isEmpty()
                || !followerTopics.isEmpty() || !producedTopics.isEmpty();
    }

    /** Keys whose value must come from the cluster even when the file has one: credentials and keys. */
    static final Pattern CREDENTIAL = Pattern.compile("(^|[.-])(password|secret|pepper|username)($|[.-])");
    static final Pattern LOCAL_ONLY = Pattern.compile("(127\\.0\\.0\\.1|localhost)");
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(:[^}]*)?}");
    /** Properties SmallRye Config / Quarkus define themselves. */
    static final Set<String> BUILT_IN = Set.of("quarkus.uuid");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(([^)]*)\\)");
    private static final Pattern GETENV = Pattern.compile("System\\.getenv\\(\"([^\"]+)\"\\)");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"\\)");
    private static final Pattern INTERFACE = Pattern.compile("interface\\s+(\\w+)[^{]*\\{");
    private static final Pattern METHOD = Pattern.compile(
            "((?:@\\w+(?:\\((?:[^()\"]|\"[^\"]*\")*\\))?\\s*)*)([\\w.]+(?:<[^;(){}]*>)?)\\s+(\\w+)\\(\\)\\s*;");
    private static final Pattern EVENT_TYPE = Pattern.compile("EventType\\.([A-Z_]+)");

    /** Environment variable name of a property, the MicroProfile Config way. */
    public static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    public static ServiceConfig scan(Path root, String module) {
        Path dir = root.resolve(module);
        Map<String, String> props = nonProfileProperties(dir.resolve("src/main/resources/application.properties"));
        Map<String, String> required = new TreeMap<>();
        props.forEach((k, v) -> {
            if (LOCAL_ONLY.matcher(v).find()) {
                required.put(envName(k), k + " defaults to a local-only " + v);
            }
            // a credential that only refers to another setting (${quarkus.oidc.credentials.secret}) is set with it
            boolean reference = v.matches("\\$\\{[^}:]+}") && props.containsKey(v.substring(2, v.length() - 1));
            if (CREDENTIAL.matcher(k).find() && !reference) {
                required.put(envName(k), k + " is a credential (its file value is for local runs only)");
            }
            Matcher m = PLACEHOLDER.matcher(v);
            while (m.find()) {
                if (m.group(2) == null && !props.containsKey(m.group(1)) && !BUILT_IN.contains(m.group(1))) {
                    required.put(envName(m.group(1)), k + " refers to ${" + m.group(1) + "} without a default");
                }
            }
        });
        List<Path> sources = new ArrayList<>(javaFiles(dir.resolve("src/main/java")));
        // service-support's settings count for the modules built on it (not for the console, which is not)
        if (Yaml.read(dir.resolve("pom.xml")).contains("<artifactId>service-support</artifactId>")) {
            sources.addAll(javaFiles(root.resolve("service-support/src/main/java")));
        }
        Set<String> produced = new LinkedHashSet<>();
        for (Path f : sources) {
            String code = stripComments(Yaml.read(f));
            Matcher cp = CONFIG_PROPERTY.matcher(code);
            while (cp.find()) {
                Matcher name = Pattern.compile("name\\s*=\\s*\"([^\"]+)\"").matcher(cp.group(1));
                if (name.find() && !cp.group(1).contains("defaultValue") && !props.containsKey(name.group(1))) {
                    required.put(envName(name.group(1)), f.getFileName() + ": @ConfigProperty " + name.group(1)
                            + " without a default");
                }
            }
            Matcher ge = GETENV.matcher(code);
            while (ge.find()) {
                required.put(ge.group(1), f.getFileName() + ": System.getenv(\"" + ge.group(1) + "\")");
            }
            configMappingKeys(code).forEach((key, withDefault) -> {
                String leaf = key.substring(key.lastIndexOf('.') + 1);
                if (withDefault == null && !props.containsKey(key)) {
                    required.put(envName(key), f.getFileName() + ": @ConfigMapping " + key + " has no default");
                } else if (CREDENTIAL.matcher(leaf).find()) {
                    required.put(envName(key), f.getFileName() + ": @ConfigMapping " + key
                            + " is a credential (its default is for local runs only)");
                }
            });
            if (f.startsWith(dir) && !code.contains("@Incoming")) {
                Matcher et = EVENT_TYPE.matcher(code);
                while (et.find()) {
                    produced.add(EventType.valueOf(et.group(1)).topic());
                }
            }
        }
        Set<String> consumed = new LinkedHashSet<>();
        Set<String> followers = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        String defaultGroup = props.get("mp.messaging.connector.smallrye-kafka.group.id");
        props.forEach((k, v) -> {
            Matcher m = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic").matcher(k);
            if (m.matches()) {
                String group = props.getOrDefault("mp.messaging.incoming." + m.group(1) + ".group.id", defaultGroup);
                groups.add(group);
                if (group.contains("${quarkus.uuid}")) {
                    followers.add(v); // a group per instance: follows the topic, dead-letters nothing
                } else {
                    consumed.add(v);
                }
            }
        });
        // a type named outside a consumer may still be one the service only reads (a switch over the segment events
        // it consumes): a topic it consumes in a group of its own is not one it produces
        produced.removeAll(consumed);
        return new ServiceConfig(module, props, required, consumed, followers, produced, groups);
    }

    /** key -> its @WithDefault value (null when none), for every leaf of every @ConfigMapping in the file. */
    static Map<String, String> configMappingKeys(String code) {
        Map<String, String> keys = new LinkedHashMap<>();
        Matcher cm = CONFIG_MAPPING.matcher(code);
        while (cm.find()) {
            Matcher iface = INTERFACE.matcher(code);
            if (!iface.find(cm.end())) {
                continue;
            }
            walk(code, iface.end() - 1, cm.group(1), keys);
        }
        return keys;
    }

    /** Walks the body of the interface opening at {@code brace}; nested interfaces are groups named by a method. */
    private static void walk(String code, int brace, String prefix, Map<String, String> keys) {
        int end = matchingBrace(code, brace);
        String body = code.substring(brace + 1, end);
        // blank out nested interfaces so their methods are not taken as ours
        Map<String, int[]> nested = new LinkedHashMap<>();
        StringBuilder own = new StringBuilder(body);
        Matcher ni = INTERFACE.matcher(body);
        int from = 0;
        while (ni.find(from)) {
            int open = ni.end() - 1;
            int close = matchingBrace(body, open);
            nested.put(ni.group(1), new int[] {brace + 1 + open});
            for (int i = ni.start(); i <= close; i++) {
                own.setCharAt(i, ' ');
            }
            from = close + 1;
        }
        Matcher m = METHOD.matcher(own);
        while (m.find()) {
            String annotations = m.group(1);
            String type = m.group(2);
            String key = prefix + "." + kebab(m.group(3));
            if (nested.containsKey(type)) {
                walk(code, nested.get(type)[0], key, keys);
                continue;
            }
            if (type.startsWith("Optional") || type.startsWith("java.util.Optional")) {
                continue;
            }
            Matcher d = Pattern.compile("@WithDefault\\(((?:[^()\"]|\"[^\"]*\")*)\\)").matcher(annotations);
            keys.put(key, d.find() ? d.group(1) : null);
        }
    }

    private static int matchingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i = s.indexOf('"', i + 1);
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unbalanced braces");
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String stripComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static Map<String, String> nonProfileProperties(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().stream().filter(k -> !k.startsWith("%")).forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
