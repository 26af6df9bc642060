#!/usr/bin/env bash
# Rebuilds nlp-models/embeddings/minilm-l6-static/ from the all-MiniLM-L6-v2 encoder (test-scope dependency), from the
# repository root. Deterministic; about 30 s on 2 cores. Retrain the intent model afterwards (`nlu train`): its
# release records the table's SHA-256 and is not loaded with another table.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
CLASSPATH=$(service/bench/test-classpath.sh)
exec "$JAVA_HOME/bin/java" -cp "$CLASSPATH" io.shopdesk.nlp.embedding.StaticEmbeddingDistiller "$@"
