#!/usr/bin/env bash
# Runs JMH benchmarks from service/src/test/java/io/shopdesk/bench with the test classpath, from the repository root
# (benchmarks read rules/, nlp-models/ and knowledge-base/). Arguments go to JMH, e.g.:
#   service/bench/jmh.sh Nlu                 # NluBenchmark
#   service/bench/jmh.sh KnowledgeBase -p faq=10000
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
CLASSPATH=$(service/bench/test-classpath.sh)
exec "$JAVA_HOME/bin/java" -cp "$CLASSPATH" org.openjdk.jmh.Main "$@"
