#!/usr/bin/env bash
# Rebuilds nlp-models/embeddings/minilm-l6-static/ from the all-MiniLM-L6-v2 encoder (test-scope dependency), from the
# repository root: distils every word piece (about 30 s), fetches the fitting corpus from the npm registry into
# service/target/fitting-corpus (State of the Union addresses, Moby Dick, SpamAssassin ham: general English, no
# intent data), encodes it with the encoder (10-20 minutes on 2 cores) and fits the rows to it (about a minute).
# Retrain the intent model afterwards (`nlu train`): its release records the table's SHA-256 and is not loaded with
# another table.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
CORPUS=service/target/fitting-corpus
service/tools/fetch-fitting-corpus.sh sotu moby-dick spam-assassin
CLASSPATH=$(service/bench/test-classpath.sh)
exec "$JAVA_HOME/bin/java" -Xmx6g -cp "$CLASSPATH" io.shopdesk.nlp.embedding.StaticEmbeddingDistiller \
  "${1:-nlp-models/embeddings/minilm-l6-static}" "$CORPUS"
