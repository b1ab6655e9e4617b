#!/usr/bin/env bash
# Builds what every benchmark launches, so that each bench/*.sh works in a fresh clone: the bench module and the jars
# devstack starts (the three services and the console), with their dependencies. Sourced by the bench scripts;
# extra Maven arguments pass through (e.g. BENCH_MAVEN_ARGS=-Dquarkus.package.jar.appcds.enabled=true).
#   . bench/build.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck disable=SC2086
./mvnw -B -ntp -q -Pbench -pl bench,number-registry-service,complaint-service,enforcement-service,console -am \
    package -DskipTests ${BENCH_MAVEN_ARGS:-}
