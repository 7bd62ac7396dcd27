#!/usr/bin/env bash
# Compares the in-process engine (observatoire models bench) with llama.cpp's own llama-bench on
# the same model and thread count, alternating the two so that both see the same machine load.
#
# Usage: scripts/bench/inference-vs-llama-bench.sh [MODEL.gguf] [THREADS] [ROUNDS]
# Environment: OBSERVATOIRE_BIN (default .build/release/observatoire, else .build/debug/observatoire).
set -euo pipefail
cd "$(dirname "$0")/../.."
model="${1:-models/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf}"
threads="${2:-2}"
rounds="${3:-3}"
bin="${OBSERVATOIRE_BIN:-}"
if [[ -z "$bin" ]]; then
  if [[ -x .build/release/observatoire ]]; then bin=.build/release/observatoire; else bin=.build/debug/observatoire; fi
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "model=$model threads=$threads rounds=$rounds binary=$bin"
for round in $(seq 1 "$rounds"); do
  echo "round $round: load $(cut -d' ' -f1-3 /proc/loadavg)"
  llama-bench -m "$model" -t "$threads" -p 512 -n 128 -r 3 -o json > "$out/llama-$round.json" 2>/dev/null
  "$bin" models bench --generator "$model" --threads "$threads" --prompt-tokens 512 --generated-tokens 128 \
    --batch 8 --json > "$out/observatoire-$round.json"
done
python3 - "$out" "$rounds" <<'PY'
import json, sys, statistics
out, rounds = sys.argv[1], int(sys.argv[2])
rows = []
for r in range(1, rounds + 1):
    llama = json.load(open(f"{out}/llama-{r}.json"))
    pp = next(t["avg_ts"] for t in llama if t["n_prompt"] > 0 and t["n_gen"] == 0)
    tg = next(t["avg_ts"] for t in llama if t["n_gen"] > 0 and t["n_prompt"] == 0)
    ours = json.load(open(f"{out}/observatoire-{r}.json"))
    rows.append((pp, ours["promptTokensPerSecond"], tg, ours["generationTokensPerSecond"],
                 ours["batchedGenerationTokensPerSecond"], ours["embeddingsPerSecond"], ours["load"]))
print("| round | llama-bench pp512 | in-process pp512 | ratio | llama-bench tg128 | in-process tg128 | ratio | in-process 8 seq aggregate | ×1 seq | e5 texts/s | load |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for i, (lpp, opp, ltg, otg, batched, emb, load) in enumerate(rows, 1):
    print(f"| {i} | {lpp:.1f} | {opp:.1f} | {opp/lpp:.0%} | {ltg:.1f} | {otg:.1f} | {otg/ltg:.0%} | {batched:.1f} | {batched/otg:.2f} | {emb:.1f} | {load} |")
med = lambda k: statistics.median(r[k] for r in rows)
print(f"| median | {med(0):.1f} | {med(1):.1f} | {med(1)/med(0):.0%} | {med(2):.1f} | {med(3):.1f} | {med(3)/med(2):.0%} | {med(4):.1f} | {med(4)/med(3):.2f} | {med(5):.1f} | |")
PY
