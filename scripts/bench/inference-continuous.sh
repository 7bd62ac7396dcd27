#!/usr/bin/env bash
# Continuous batching (generateEach) against sequential and lock-step generation, in-process and
# through llama-server, on real French answers with the extraction-like JSON schema
# (docs/benchmarks/inference.md, « Continuous batching »). Prints one Markdown row per run, with the
# load average before and after it.
# Usage: scripts/bench/inference-continuous.sh [THREADS, e.g. "2,1"] [REQUESTS] [MODES]
# Modes: sequential,lockstep4,continuous4,continuous4-apart,continuous8,server (default all).
# The harness is an env-gated test (Tests/InferenceTests/ContinuousBatchingBenchmark.swift): the hot
# loops run in the release-built libllama; the Swift side does no per-vocabulary work in the
# common case.
set -euo pipefail
cd "$(dirname "$0")/../.."
export OBSERVATOIRE_BENCH=1
export INFERENCE_BENCH_THREADS="${1:-2,1}"
export INFERENCE_BENCH_REQUESTS="${2:-24}"
[[ -n "${3:-}" ]] && export INFERENCE_BENCH_MODES="$3"
out="${INFERENCE_BENCH_OUT:-$(mktemp)}"
export INFERENCE_BENCH_OUT="$out"
touch "$out"
echo "$(date -u +%FT%TZ) $(nproc) cores, threads=$INFERENCE_BENCH_THREADS requests=$INFERENCE_BENCH_REQUESTS"
swift test --filter ContinuousBatchingBenchmark >/dev/null 2>&1 || { echo "benchmark failed"; exit 1; }
echo "| mode | threads | requests | seconds | generated tokens | tokens/s | same text as sequential | load (1/5/15 min) before → after |"
echo "|---|---|---|---|---|---|---|---|"
cat "$out"
