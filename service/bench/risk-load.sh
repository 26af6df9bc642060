#!/usr/bin/env bash
# HTTP load on the risk API at a constant rate (io.shopdesk.bench.RiskLoad, an open-model load free of coordinated
# omission: latency counts from the time each request was due). Starts the jar (ZGC) on a fresh in-memory H2
# database and a copy of rules/, waits for health UP (start-up work done), then sends RATE payments a second for
# WARMUP + DURATION seconds and reports the measured part; with RELOAD=1 (the default) a comment is appended to
# thresholds.drl halfway through, so the rule set recompiles, passes its scenarios and swaps in under load. The load
# tool runs on the same machine (the same 2 cores) as the service. Run from the repository root after packaging.
# JAR=path runs another jar (one built from an earlier commit, for a before/after pair; default
# service/target/shopdesk.jar); DB=/tmp/x/load runs it on a fresh H2 file database at that path (its old files are
# deleted first) instead of in memory; CHAT=1 gives every payment an order id and a conversation id (RiskLoad --chat),
# so each decision also reads the chat signals as a checkout payment from a chat does.
# HEALTH_PATH=/actuator/health/readiness starts the load once the service is ready rather than UP (for a tree where a rule
# set other than risk fails its scenario checks, which keeps health DOWN).
# Usage: [PORT=8182] [RELOAD=1] [WARMUP=40] [CONNECTIONS=64] [JFR=/tmp/risk.jfr] [JAR=...] [DB=...] [CHAT=0]
#        service/bench/risk-load.sh [rate=2000] [duration=30]
set -euo pipefail
RATE=${1:-2000}
DURATION=${2:-30}
PORT=${PORT:-8182}
RELOAD=${RELOAD:-1}
WARMUP=${WARMUP:-40}
CONNECTIONS=${CONNECTIONS:-64}
JAR=${JAR:-service/target/shopdesk.jar}
CHAT=${CHAT:-0}
HEALTH_PATH=${HEALTH_PATH:-/actuator/health}
DB_URL="jdbc:h2:mem:load"
if [[ -n "${DB:-}" ]]; then
  mkdir -p "$(dirname "$DB")"
  rm -f "$DB".mv.db "$DB".trace.db
  DB_URL="jdbc:h2:file:$DB"
fi
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
# The load tool lives in the test sources; build them and their classpath (as jmh.sh does).
CLASSPATH=$(service/bench/test-classpath.sh)
WORK=$(mktemp -d)
cp -r rules "$WORK/rules"
RECORDING=()
if [[ -n "${JFR:-}" ]]; then RECORDING=("-XX:StartFlightRecording=filename=$JFR,settings=profile"); fi
"$JAVA" -XX:+UseZGC "${RECORDING[@]}" -jar "$JAR" --server.port=$PORT \
  --shopdesk.rules.dir="$WORK/rules" --shopdesk.risk.lists="$WORK/rules/risk/lists" --logging.level.root=WARN --logging.level.io.shopdesk.ruleengine=INFO \
  --spring.datasource.url="$DB_URL;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" \
  > "$WORK/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$WORK"' EXIT
until curl -sf -o /dev/null "localhost:$PORT/actuator/health/liveness"; do sleep 0.5; kill -0 $pid; done
# Health is UP once the background start-up work (FAQ classifiers, CoreNLP) is done; measuring before that measures
# the start-up competing for the cores.
until curl -sf -o /dev/null "localhost:$PORT$HEALTH_PATH"; do sleep 0.5; kill -0 $pid; done
RELOAD_ARG=()
if [[ "$RELOAD" == 1 ]]; then RELOAD_ARG=("--reload=$WORK/rules/risk/thresholds.drl"); fi
"$JAVA" -XX:+UseSerialGC -Xmx512m -cp "$CLASSPATH" \
  io.shopdesk.bench.RiskLoad --port=$PORT --rate=$RATE --seconds=$DURATION --warmup=$WARMUP \
  --connections=$CONNECTIONS --chat=$CHAT --service-pid=$pid "${RELOAD_ARG[@]}"
curl -s -H 'X-Api-Key: dev-risk-key' "localhost:$PORT/api/risk/rules" | python3 -c 'import json,sys; d=json.load(sys.stdin); print("rule versions live during the run:", [v["version"] for v in d["versions"]])'
if grep -q "ERROR" "$WORK/log"; then echo "errors in the service log:"; grep -A3 "ERROR" "$WORK/log" | head -20; fi
grep "is live" "$WORK/log" | sed 's/^/service: /' || true
