#!/usr/bin/env bash
# Issue 4, target A: the verdict lookup over HTTP (valid token) side by side with a trivial authenticated endpoint of
# the same service (GET /api/whoami) and an unauthenticated one (GET /q/health/live), measured with wrk -t2, with
# 1,000,000 numbers and every one of the 11,000 segment codes loaded. Starts its own stack (PostgreSQL, Kafka,
# Keycloak, the three services) on free ports, loads the data, restarts complaint-service so that it rebuilds its
# index, checks 1,000 lookups against the loaded data, then runs wrk. Prints a table.
#   bench/verdict-http.sh                  10 s per row, 8, 32 and 64 connections
#   bench/verdict-http.sh 15 16,64 --jfr   15 s per row, 16 and 64 connections, JFR profile of the verdict at c=32
# Compare the rows of one run with each other: wrk and the service share this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  echo "wrk is missing: install it (Debian/Ubuntu: apt-get install -y wrk; macOS: brew install wrk)" >&2
  exit 2
fi
. bench/build.sh
# services run with C2 as in production (devstack defaults to C1 only, for a fast start)
exec java -Xmx2g -Dnumguard.service.jvm-flags=-XX:+TieredCompilation -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.numguard.bench.VerdictHttpBench "$@"
