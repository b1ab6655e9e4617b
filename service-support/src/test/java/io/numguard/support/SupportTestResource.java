package io.numguard.support;

import io.numguard.devstack.testing.PostgresKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** One real PostgreSQL and one real Kafka broker for every test of this module (one Quarkus boot). */
@QuarkusTestResource(value = PostgresKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "support"))
public class SupportTestResource {
}
