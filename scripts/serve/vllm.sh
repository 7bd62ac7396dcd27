#!/usr/bin/env bash
# Serve a generator (and optionally the embedder) with vLLM on a GPU server, for
# `observatoire analyse --generator http://HOST:8000 --concurrency N`.
#
#   scripts/serve/vllm.sh MODEL [GPUS_PER_REPLICA] [REPLICAS]
#
# MODEL: a local folder of Hugging Face weights (the server has no network here either: copy
# the weights first). GPUS_PER_REPLICA: tensor parallelism inside one replica (default 1).
# REPLICAS: data-parallel replicas behind the same URL (default: every GPU / GPUS_PER_REPLICA).
# Prefix caching keeps the shared instructions of every request in the KV cache once.
set -euo pipefail
MODEL="${1:?usage: $0 MODEL [GPUS_PER_REPLICA] [REPLICAS]}"
TP="${2:-1}"
GPUS="$(nvidia-smi -L 2>/dev/null | wc -l)"
[ "$GPUS" -ge 1 ] || { echo "vllm.sh : aucun GPU visible (nvidia-smi)" >&2; exit 1; }
DP="${3:-$((GPUS / TP))}"
[ "$DP" -ge 1 ] || DP=1
exec vllm serve "$MODEL" \
  --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}" \
  --served-model-name observatoire \
  --tensor-parallel-size "$TP" --data-parallel-size "$DP" \
  --enable-prefix-caching \
  --max-model-len "${MAX_MODEL_LEN:-4096}" \
  --max-num-seqs "${MAX_NUM_SEQS:-256}" \
  --gpu-memory-utilization "${GPU_MEMORY:-0.90}"
