#!/usr/bin/env bash
# Issue 4, target B: carrier batch intake end to end (POST /api/complaints/batch: accepted, stored, aggregated) side
# by side with a plain batched JDBC insert of the same rows into a copy of the same table of the same PostgreSQL.
# Starts its own stack on free ports. Prints a table. The clock of a run stops when the segment folder has caught up.
#   bench/intake.sh                    20 batches of 10,000 marks per run; 1, 2, then 3 concurrent clients
#   bench/intake.sh 10 10000 1 --jfr   10 batches, 1 client, JFR profile of the service during the run
#   bench/intake.sh 10 10000 1,2 --pause-enforcement   enforcement-service paused (SIGSTOP) while measuring: the
#                                      intake alone, without the cases its threshold signals open on the same cores
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/build.sh
# services run with C2 as in production (devstack defaults to C1 only, for a fast start)
exec java -Xmx2g -Dnumguard.service.jvm-flags=-XX:+TieredCompilation -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.numguard.bench.IntakeBench "$@"
