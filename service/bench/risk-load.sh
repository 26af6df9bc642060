#!/usr/bin/env bash
# HTTP load on the risk API with wrk (Debian package): starts the jar on a fresh H2 database, warms up, runs wrk for
# DURATION seconds with CONNECTIONS connections, and halfway through edits a risk rule file (a comment) so that the
# rule set reloads under load; non-2xx responses are reported by wrk. Run from the repository root after packaging.
# Usage: [PORT=8182] service/bench/risk-load.sh [duration=30] [connections=16]
set -euo pipefail
DURATION=${1:-30}
CONNECTIONS=${2:-16}
PORT=${PORT:-8182}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin
WORK=$(mktemp -d)
cp -r rules "$WORK/rules"
"$JAVA/java" -jar service/target/shopdesk.jar --server.port=$PORT --shopdesk.rules.dir="$WORK/rules" \
  --shopdesk.risk.lists="$WORK/rules/risk/lists" --logging.level.root=WARN \
  --spring.datasource.url="jdbc:h2:mem:load;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" \
  > "$WORK/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$WORK"' EXIT
until curl -sf -o /dev/null "localhost:$PORT/actuator/health/liveness"; do sleep 0.5; kill -0 $pid; done
# Health is UP once the background start-up work (FAQ classifiers, CoreNLP) is done; measuring before that measures
# the start-up competing for the cores.
until curl -sf -o /dev/null "localhost:$PORT/actuator/health"; do sleep 0.5; kill -0 $pid; done
wrk -t2 -c8 -d10s -s service/bench/risk-payment.lua "http://localhost:$PORT" > /dev/null   # warm-up
( sleep $((DURATION / 2)); echo "// reload under load $(date +%s)" >> "$WORK/rules/risk/thresholds.drl" ) &
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s service/bench/risk-payment.lua "http://localhost:$PORT"
curl -s -H 'X-Api-Key: dev-risk-key' "localhost:$PORT/api/risk/rules" | python3 -c 'import json,sys; d=json.load(sys.stdin); print("rule versions live during the run:", [v["version"] for v in d["versions"]])'
