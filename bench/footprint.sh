#!/usr/bin/env bash
# Issue 7, item 5: footprint. For each service, with the rest of the stack up, launched exactly as devstack launches
# it (-Xms32m -Xmx320m -XX:+UseSerialGC -jar target/quarkus-app/quarkus-run.jar): time from process launch to
# /q/health/ready UP (and the "started in" Quarkus logs), the CPU seconds spent until then by thread (main, JIT
# compilers, GC), resident memory (VmRSS) idle and under load 1 (one client: wrk -t1 -c1 on the main read endpoint:
# registry GET /api/numbers/{n}, complaint GET /api/reputation/{n}, enforcement GET /api/cases); next to a JVM with
# the same flags running only the JDK's HTTP server. Starts its own stack on free ports. Prints a table vs the
# targets (ready < 5 s, RSS < 350 MB). Launch variants (extra JVM flags) run beside each default launch, in turn.
#   bench/footprint.sh                     3 launches per service, 20 s of load 1, 10 s settle before idle RSS
#   bench/footprint.sh 3 15 --settle 5 --variant 'C1 only=-XX:TieredStopAtLevel=1'
#   BENCH_MAVEN_ARGS=-Dquarkus.package.jar.appcds.enabled=true bench/footprint.sh 3 15 --appcds \
#       --variant 'C1 + AppCDS=-XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa'
#                                          with the AppCDS archive Quarkus builds (build it first, as here)
#   bench/footprint.sh 3 15 --settle 5 --variant 'before=-XX:TieredStopAtLevel=1 {app=target/quarkus-app-base}'
#                                          two builds side by side: copy a service's target/quarkus-app to
#                                          target/quarkus-app-base first ({app=DIR} is not a JVM flag)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  echo "wrk is missing: install it (Debian/Ubuntu: apt-get install -y wrk; macOS: brew install wrk)" >&2
  exit 2
fi
. bench/build.sh
exec java -Xmx512m -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.numguard.bench.FootprintBench "$@"
