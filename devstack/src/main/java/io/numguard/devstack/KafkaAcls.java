package io.numguard.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The broker's ACLs, read from the one declarative file the Kubernetes overlays carry as well:
 * {@code deploy/k8s/base/kafka/users.yaml}, one Strimzi {@code KafkaUser} per client. Each user's
 * {@code spec.authorization.acls} become ALLOW bindings for the principal {@code User:<metadata.name>}, which is
 * the client id the broker takes from the token's {@code client_id} claim. Nothing else is allowed.
 */
public final class KafkaAcls {
    /** Where the ACLs live, relative to the repository root. */
    public static final String FILE = "deploy/k8s/base/kafka/users.yaml";

    private KafkaAcls() {
    }

    public static List<AclBinding> read(Path file) {
        List<AclBinding> bindings = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (var docs = yaml.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc == null || !"KafkaUser".equals(doc.path("kind").asText())) {
                    continue;
                }
                String principal = "User:" + doc.path("metadata").path("name").asText();
                for (JsonNode acl : doc.path("spec").path("authorization").path("acls")) {
                    ResourcePattern resource = resource(acl.path("resource"), file);
                    for (JsonNode op : acl.path("operations")) {
                        bindings.add(new AclBinding(resource, new AccessControlEntry(principal, "*",
                                operation(op.asText(), file), AclPermissionType.ALLOW)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Kafka ACLs from " + file, e);
        }
        if (bindings.isEmpty()) {
            throw new IllegalStateException(file + " grants nothing: no KafkaUser with ACLs in it");
        }
        return bindings;
    }

    private static ResourcePattern resource(JsonNode r, Path file) {
        ResourceType type = switch (r.path("type").asText()) {
            case "topic" -> ResourceType.TOPIC;
            case "group" -> ResourceType.GROUP;
            case "cluster" -> ResourceType.CLUSTER;
            case "transactionalId" -> ResourceType.TRANSACTIONAL_ID;
            default -> throw new IllegalStateException(file + ": unknown ACL resource type '" + r.path("type").asText()
                    + "' (accepted: topic, group, cluster, transactionalId)");
        };
        PatternType pattern = switch (r.path("patternType").asText("literal")) {
            case "literal" -> PatternType.LITERAL;
            case "prefix" -> PatternType.PREFIXED;
            default -> throw new IllegalStateException(file + ": unknown ACL patternType '"
                    + r.path("patternType").asText() + "' (accepted: literal, prefix)");
        };
        String name = type == ResourceType.CLUSTER ? "kafka-cluster" : r.path("name").asText();
        return new ResourcePattern(type, name, pattern);
    }

    private static AclOperation operation(String op, Path file) {
        // Strimzi spells them Describe, Read, Write, IdempotentWrite...; Kafka's enum is DESCRIBE, READ, WRITE...
        String constant = op.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        try {
            return AclOperation.valueOf(constant);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": unknown ACL operation '" + op + "'", e);
        }
    }
}
