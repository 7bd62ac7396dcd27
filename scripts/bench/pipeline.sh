#!/usr/bin/env bash
# The whole pipeline, measured end to end through `observatoire analyse` (docs/benchmarks/pipeline.md):
#   quality    République numérique (3,994 arguments, 18 sections) and Lille Grand Débat (693
#              comments, 29 questions), --no-llm: AMI / NMI / ARI of each response's main theme
#              against the labels, coverage, citation validity;
#   throughput the bundled example (262 answers) and 3,000 real answers, --no-llm, cold and cached;
#              the default 0.5B model on a sample of answers (LLM_SAMPLE, default 24).
# Usage: scripts/bench/pipeline.sh [OUT_DIR]   (PIPELINE_BENCH_SKIP_LLM=1 skips the model runs,
#        PIPELINE_BENCH_ONLY_LLM=1 runs only them)
# Builds the release binary first (15+ minutes on 2 cores the first time). Scores need
# scikit-learn, installed in a throwaway virtualenv, never in the product.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
export OBSERVATOIRE_SHARED_DATA="${OBSERVATOIRE_SHARED_DATA:-$(cd "$root/.." && pwd)/shared/data}"
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
venv="${PIPELINE_BENCH_VENV:-/tmp/obs-pipeline-venv}"
if ! "$venv/bin/python" -c "import sklearn" 2>/dev/null; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q numpy scikit-learn
fi
swift build -c release --product observatoire >/dev/null
bin="$root/.build/release/observatoire"
eval_py="$root/scripts/bench/pipeline_eval.py"

# run NAME ARGS…: one timed `analyse`, JSON kept, wall time and peak memory printed.
run() {
  local name="$1"
  shift
  /usr/bin/time -f "%e %M" -o "$out/$name.time" "$bin" analyse "$@" --json --no-report --no-progress \
    >"$out/$name.json" 2>"$out/$name.log"
  read -r seconds kib <"$out/$name.time"
  local answers
  answers=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sum(q['answered'] for q in d['questions']))" "$out/$name.json")
  python3 - "$name" "$seconds" "$kib" "$answers" "$out/$name.json" <<'EOF'
import json, sys
name, seconds, kib, answers, path = sys.argv[1:]
d = json.load(open(path))
stages = " ".join(f"{k}={v['computed']}/{v['computed'] + v['cached']}" for k, v in sorted(d["stages"].items()))
usage = [q["usage"] for q in d["questions"]]
generated = sum(u["generatedTokens"] for u in usage)
rate = int(answers) / float(seconds) * 60
print(f"RUN {name}: {answers} answers, {float(seconds):.1f} s, {rate:.0f} answers/min, peak {int(kib) / 1024:.0f} MiB, "
      f"computed/total {stages}, generated tokens {generated}")
EOF
}

# 1. Quality and throughput without a model.
if [ -z "${PIPELINE_BENCH_ONLY_LLM:-}" ]; then
for dataset in rn lille; do
  python3 "$eval_py" make-csv "$dataset" "$out/$dataset.csv" "$out/$dataset-mapping.yaml"
  rm -f "$out/$dataset.observatoire"
  run "$dataset-nollm" "$out/$dataset.csv" --mapping "$out/$dataset-mapping.yaml" \
    --project "$out/$dataset.observatoire" --no-llm
  "$venv/bin/python" "$eval_py" score "$dataset" "$out/$dataset-nollm.json" | sed 's/^/SCORE /'
done
python3 "$eval_py" make-csv rn "$out/rn3000.csv" "$out/rn3000-mapping.yaml" 3000
rm -f "$out/rn3000.observatoire" "$out/example.observatoire"
run rn3000-nollm-cold "$out/rn3000.csv" --mapping "$out/rn3000-mapping.yaml" --project "$out/rn3000.observatoire" --no-llm
run rn3000-nollm-cached "$out/rn3000.observatoire" --no-llm
run example-nollm-cold examples/enseignants-ia.csv --project "$out/example.observatoire" --no-llm
run example-nollm-cached "$out/example.observatoire" --no-llm
fi

# 2. The default generator (Qwen2.5-Coder-0.5B) on samples: too slow on 2 cores for whole sets.
if [ -z "${PIPELINE_BENCH_SKIP_LLM:-}" ]; then
  sample="${LLM_SAMPLE:-24}"
  head -n $((sample + 1)) examples/enseignants-ia.csv >"$out/example-sample.csv"
  rm -f "$out/example-sample.observatoire"
  run example-llm "$out/example-sample.csv" --project "$out/example-sample.observatoire" --question Q5
  python3 "$eval_py" make-csv lille "$out/lille-sample.csv" "$out/lille-sample-mapping.yaml" "$sample"
  rm -f "$out/lille-sample.observatoire"
  run lille-llm "$out/lille-sample.csv" --mapping "$out/lille-sample-mapping.yaml" --project "$out/lille-sample.observatoire"
  "$venv/bin/python" "$eval_py" score lille "$out/lille-llm.json" | sed 's/^/SCORE-LLM /'
fi
echo "results in $out"
