#!/usr/bin/env bash
# In-process benchmarks (JMH). Builds what they need, then runs JMH with any JMH options given, e.g.
#   bench/jmh.sh                      every benchmark
#   bench/jmh.sh NumberLookup -f 1    one of them, one fork
# Figures depend on the machine: compare the rows of one run with each other, not with another machine's.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/build.sh
exec java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.openjdk.jmh.Main "$@"
