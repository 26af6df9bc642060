#!/usr/bin/env bash
# Compiles the service's test sources and prints the class path that runs them (test classes, classes, every
# test-scope dependency), for the benchmark and tool scripts. Run from the repository root.
set -euo pipefail
./mvnw -B -q -pl service test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test >&2
echo "service/target/test-classes:service/target/classes:$(cat service/target/test.classpath)"
