#!/usr/bin/env bash
# How long a rollback takes: POST /api/risk/rules/rollback timed by curl (%{time_total}), 6 times, alternating between
# the shipped version and a second one (thresholds.drl with a comment appended, reloaded from disk). Starts the jar on
# a fresh H2 file database and a copy of rules/ (under /tmp/rollback-bench/LABEL), waits for health UP, prints each
# call's time and the load average before and after, and stops the jar. Run from the repository root after packaging.
# Usage: [PORT=8102] [JAR=service/target/shopdesk.jar] service/bench/rollback.sh LABEL
set -u
LABEL=${1:-run}
PORT=${PORT:-8102}
JAR=${JAR:-service/target/shopdesk.jar}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
W=/tmp/rollback-bench/$LABEL
rm -rf "$W"; mkdir -p "$W"; cp -r rules "$W/rules"
"$JAVA" -jar "$JAR" --server.port="$PORT" --spring.datasource.url="jdbc:h2:file:$W/db" \
  --shopdesk.rules.dir="$W/rules" --shopdesk.risk.lists="$W/rules/risk/lists" > "$W/app.log" 2>&1 &
PID=$!
trap 'kill $PID' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/actuator/health" > /dev/null && break; sleep 2; done
K='X-Api-Key: dev-risk-officer-key'
live() { curl -s -H "$K" "localhost:$PORT/api/risk/rules" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"]["liveVersion"])'; }
V1=$(live)
echo "// measured change" >> "$W/rules/risk/thresholds.drl"
for _ in $(seq 1 30); do V2=$(live); [ "$V2" != "$V1" ] && break; sleep 1; done
echo "v1=$V1 v2=$V2"; uptime
for v in $V1 $V2 $V1 $V2 $V1 $V2; do
  curl -s -o /dev/null -w "rollback to $v: %{http_code} %{time_total}s\n" -H "$K" -H 'Content-Type: application/json' \
    -d "{\"version\":\"$v\"}" "localhost:$PORT/api/risk/rules/rollback"
done
uptime
