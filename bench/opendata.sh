#!/usr/bin/env bash
# Issue 16: the registry's public barred-segments feed (11,000 barred segments) next to GET /q/health/live of the same
# service in the same run, with wrk -t2: full feed (JSON, CSV, plain and gzip), 304 revalidation, a small delta.
# Starts its own stack on free ports, loads the segments, restarts the registry (its start-up builds the feed), runs wrk.
#   bench/opendata.sh            10 s per row, 32 connections
#   bench/opendata.sh 15 8,64    15 s per row, 8 and 64 connections
# Compare the rows of one run with each other: wrk and the service share this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  echo "wrk is missing: install it (Debian/Ubuntu: apt-get install -y wrk; macOS: brew install wrk)" >&2
  exit 2
fi
. bench/build.sh
# services run with C2 as in production (devstack defaults to C1 only, for a fast start)
exec java -Xmx1g -Dnumguard.service.jvm-flags=-XX:+TieredCompilation -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.numguard.bench.OpenDataBench "$@"
