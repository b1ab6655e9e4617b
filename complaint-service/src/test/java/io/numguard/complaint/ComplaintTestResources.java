package io.numguard.complaint;

import io.numguard.devstack.testing.PostgresKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** One real PostgreSQL, one real Kafka broker and the OIDC test server for every test of this module. */
@QuarkusTestResource(value = PostgresKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "complaint"))
@QuarkusTestResource(OidcWiremockTestResource.class)
public class ComplaintTestResources {
}
