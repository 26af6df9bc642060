#!/usr/bin/env bash
# Start-up benchmark: time from launch to "accepting chats" (first successful POST /api/chat/messages) and to
# /actuator/health UP (every model loaded, CoreNLP included), then the heap in use after a full GC.
# Usage: service/bench/startup.sh [port]   (run from the repository root after ./mvnw -DskipTests package)
set -euo pipefail
PORT=${1:-8181}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin
DATA=$(mktemp -d)
start=$(date +%s.%N)
"$JAVA/java" -jar service/target/shopdesk.jar --server.port="$PORT" \
  --spring.datasource.url="jdbc:h2:file:$DATA/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  > "$DATA/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf -o /dev/null -XPOST "localhost:$PORT/api/chat/messages" -H 'content-type: application/json' -d '{"text":"hi"}'; do
  sleep 0.2; kill -0 $pid || { cat "$DATA/log"; exit 1; }
done
chat=$(date +%s.%N)
until [ "$(curl -s "localhost:$PORT/actuator/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])' 2>/dev/null)" = UP ]; do
  sleep 0.2
done
up=$(date +%s.%N)
"$JAVA/jcmd" $pid GC.run > /dev/null
heap=$("$JAVA/jcmd" $pid GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -1)
printf 'accepting chats after %.1f s\nhealth UP (CoreNLP loaded) after %.1f s\nheap used after full GC: %d MiB\n' \
  "$(echo "$chat - $start" | bc)" "$(echo "$up - $start" | bc)" "$((heap / 1024))"
grep -E "Started ShopDeskApplication" "$DATA/log" | sed 's/.*: //'
