#!/usr/bin/env bash
# Serve a GGUF generator with llama.cpp's llama-server and N slots (continuous batching), for
# `observatoire analyse --generator http://HOST:8080 --concurrency N`.
#
#   scripts/serve/llama-server.sh MODEL.gguf [SLOTS] [THREADS]
#
# On a GPU build of llama.cpp add `--n-gpu-layers 999` through EXTRA_ARGS. Each slot gets
# CONTEXT_PER_SLOT tokens (default 4096): the context is SLOTS × CONTEXT_PER_SLOT.
set -euo pipefail
MODEL="${1:?usage: $0 MODEL.gguf [SLOTS] [THREADS]}"
SLOTS="${2:-4}"
THREADS="${3:-$(nproc)}"
CTX=$((SLOTS * ${CONTEXT_PER_SLOT:-4096}))
exec llama-server -m "$MODEL" \
  --host "${HOST:-127.0.0.1}" --port "${PORT:-8080}" \
  --parallel "$SLOTS" --cont-batching --ctx-size "$CTX" \
  --threads "$THREADS" --threads-batch "$THREADS" \
  ${EXTRA_ARGS:-}
