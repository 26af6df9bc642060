#!/usr/bin/env bash
# How long "Block this device" takes: POST /api/risk/decisions/{id}/lists (add, then remove) timed by curl
# (%{time_total}) on N payments' decisions, each a list-only publish through the reload gate. Starts the jar on a
# fresh H2 file database and a copy of rules/ (under /tmp/list-publish/LABEL), waits for health UP, prints each call's
# time and the load average before it, and stops the jar. Run from the repository root after packaging.
# Usage: [PORT=8114] [N=10] [JAR=service/target/shopdesk.jar] service/bench/list-publish.sh LABEL
set -u
LABEL=${1:-run}
PORT=${PORT:-8114}
JAR=${JAR:-service/target/shopdesk.jar}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
W=/tmp/list-publish/$LABEL
rm -rf "$W"; mkdir -p "$W"; cp -r rules "$W/rules"
"$JAVA" -jar "$JAR" --server.port="$PORT" --spring.datasource.url="jdbc:h2:file:$W/db" \
  --shopdesk.rules.dir="$W/rules" --shopdesk.risk.lists="$W/rules/risk/lists" --shopdesk.nlp.core-nlp=false \
  > "$W/app.log" 2>&1 &
PID=$!
trap 'kill $PID' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/actuator/health" > /dev/null && break; sleep 2; done
B=localhost:$PORT/api/risk
for i in $(seq 1 "${N:-10}"); do
  id=$(curl -s -X POST "$B/payments" -H 'X-Api-Key: dev-risk-key' -H 'Content-Type: application/json' \
    -d "{\"paymentId\":\"bench-$LABEL-$i\",\"customerId\":77000$i,\"amount\":120,\"currency\":\"CNY\",\"method\":\"card\",
         \"cardFingerprint\":\"fp-b$i\",\"deviceId\":\"dev-bench-$i\",\"ip\":\"192.0.2.$((10 + i))\",
         \"shippingAddress\":\"北京市朝阳区 1 号\",\"billingAddress\":\"北京市朝阳区 1 号\"}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["decisionId"])')
  for action in add remove; do
    echo "$(uptime | sed 's/.*load/load/')"
    curl -s -o "$W/$i-$action.json" -w "$action device $i: %{http_code} %{time_total}s\n" -X POST \
      "$B/decisions/$id/lists" -H 'X-Api-Key: dev-risk-officer-key' -H 'Content-Type: application/json' \
      -d "{\"list\":\"blocked-devices\",\"action\":\"$action\",\"reason\":\"bench\"}"
  done
done
