package io.numguard.support;

import io.numguard.devstack.testing.PostgresKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * One real PostgreSQL and one real Kafka broker for every test of this module (one Quarkus boot); the test
 * application connects to the broker as client numguard-support with the rights of kafka-test-users.yaml.
 */
@QuarkusTestResource(value = PostgresKafkaResource.class, initArgs = {
        @ResourceArg(name = "database", value = "support"),
        @ResourceArg(name = "kafka-acls", value = "src/test/resources/kafka-test-users.yaml")})
public class SupportTestResource {
}
