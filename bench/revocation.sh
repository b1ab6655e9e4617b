#!/usr/bin/env bash
# Issue 7, item 4: revocation propagation. From the approving HTTP call returning (regulator.fj proposed,
# regulator.fj2 approves: four-eyes) to a plain Kafka consumer of numguard.registry.segments.v1 (a group of its own,
# subscribed before the first approval) receiving segment.revoked for that segment, next to the raw produce->consume
# latency of the same broker (1 hop, and 2 hops through a consume->produce relay) measured before and after in the
# same run. Starts its own stack on free ports; allocates the segments and opens and proposes the cases first, so
# only the approvals are timed. Prints a table; raw samples land in bench/target/revocation/.
#   bench/revocation.sh             200 sequential revocations (after 20 warm-up), then 200 by 4 clients at once
#   bench/revocation.sh 200 0       sequential only
#   bench/revocation.sh 100 8 --warmup 10
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/build.sh
# services run with C2 as in production (devstack defaults to C1 only, for a fast start)
exec java -Xmx1g -Dnumguard.service.jvm-flags=-XX:+TieredCompilation -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.numguard.bench.RevocationBench "$@"
