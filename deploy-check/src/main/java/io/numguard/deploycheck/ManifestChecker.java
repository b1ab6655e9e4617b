package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every check on one rendered overlay, one {@link Check} per concern. Returns all problems as sentences naming the
 * object; none throws, so a test can show all that is wrong at once (and the negative tests can assert which check
 * bites).
 */
public final class ManifestChecker {
    private final List<Check> checks;

    public ManifestChecker(SchemaValidator schemas, List<ServiceConfig> services,
                           Map<String, Set<String>> externalSecrets) {
        this.checks = List.of(
                new SchemaCheck(schemas),
                new NameCheck(),
                new ReferenceCheck(externalSecrets),
                new WorkloadCheck(),
                new HardeningCheck(),
                new NetworkPolicyCheck(),
                new KafkaTopicCheck(),
                new ServiceAclCheck(services),
                new KafkaContractCheck(),
                new EnvironmentCheck(services),
                new RealmImportCheck(),
                new MetricsCheck(services),
                new PublicExposureCheck(),
                new ZoneSpreadCheck(),
                new AutoscalingCheck(services));
    }

    public List<String> check(List<ObjectNode> objects) {
        List<String> p = new ArrayList<>();
        Index idx = new Index(objects);
        checks.forEach(c -> c.check(idx, p::add));
        return p;
    }
}
