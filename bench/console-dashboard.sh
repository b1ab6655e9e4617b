#!/usr/bin/env bash
# Issue 14: the console's regulator dashboard (GET /regulator) with 10,000 cases and 11,000 segments with complaints,
# logged in through Keycloak's login form as regulator.fj; sequential loads, p50/p95/p99, next to the four API calls
# the page makes, made directly. Starts its own stack on free ports (PostgreSQL, Kafka, Keycloak, services, console).
#   bench/console-dashboard.sh            300 loads after 50 warm-up
#   bench/console-dashboard.sh 500 100
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/build.sh
# services run with C2 as in production (devstack defaults to C1 only, for a fast start)
exec java -Xmx512m -Dnumguard.service.jvm-flags=-XX:+TieredCompilation -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.numguard.bench.ConsoleDashboardBench "$@"
