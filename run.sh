#!/usr/bin/env bash
# Builds numguard and starts the whole suite on this machine: PostgreSQL, Kafka, Keycloak and the three
# services, all on 127.0.0.1. Needs only JDK 17; everything else comes from Maven Central on the first run.
# Prints the URLs and demo users when ready; Ctrl-C (or SIGTERM) stops everything.
#   ./run.sh               the whole suite
#   ./run.sh --infra-only  only PostgreSQL, Kafka and Keycloak (to run a service with ./mvnw quarkus:dev)
#   ./run.sh --replicas 2  two replicas of each service and of the console (replica k on the usual port + 10*k)
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -ntp -q package -DskipTests
exec java -jar devstack/target/devstack-launcher.jar "$@"
