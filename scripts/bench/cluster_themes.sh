#!/usr/bin/env bash
# How many top-level themes, before and after the theme limit, and what it does to agreement with
# the human labels (docs/benchmarks/clustering.md, « How many top-level themes »):
#   1. `observatoire analyse --no-llm --json` on République numérique (3,994 arguments, 18 sections),
#      Lille Grand Débat (693 comments, 29 questions) and the bundled example (262 answers), scored
#      by pipeline_eval.py (each response's main theme against its label);
#   2. the argument units' vectors of those runs dumped from the projects (cluster_units_dump.py),
#      then `observatoire-bench clustering units`: the same vectors clustered before (the resolution alone, ≤ 40
#      themes: algorithm version 1, identical whenever it finds ≤ 40) and after, side by side.
# Usage: scripts/bench/cluster_themes.sh [OBSERVATOIRE_BIN] [OUT_DIR]
# (OBS_PER_DECADE=3,4,5 OBS_MERGING=modularity,centroid,louvain vary the rule in step 2.)
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
bin="${1:-$root/.build/debug/observatoire}"
out="${2:-/tmp/obs-themes}"
mkdir -p "$out"
export OBSERVATOIRE_SHARED_DATA="${OBSERVATOIRE_SHARED_DATA:-$(cd "$root/.." && pwd)/shared/data}"
venv="${PIPELINE_BENCH_VENV:-/tmp/obs-pipeline-venv}"
if ! "$venv/bin/python" -c "import sklearn" 2>/dev/null; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q numpy scikit-learn
fi
eval_py="$root/scripts/bench/pipeline_eval.py"
for dataset in example lille rn; do
  if [ "$dataset" = example ]; then
    input=(examples/enseignants-ia.csv)
  else
    python3 "$eval_py" make-csv "$dataset" "$out/$dataset.csv" "$out/$dataset-mapping.yaml"
    input=("$out/$dataset.csv" --mapping "$out/$dataset-mapping.yaml")
  fi
  /usr/bin/time -f "%e s, %M KiB" -o "$out/$dataset.time" "$bin" analyse "${input[@]}" \
    --project "$out/$dataset.observatoire" --no-llm --json --no-report --no-progress \
    >"$out/$dataset.json" 2>"$out/$dataset.log"
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); t=[x for x in d['themes'] if not x['isOther']]; \
s=sum(len(q['subThemes']) for q in d['questions']); print(f'RUN {sys.argv[2]}: {len(t)} themes, {s} sub-themes')" \
    "$out/$dataset.json" "$dataset"
  label="$dataset"
  if [ "$dataset" = example ]; then
    label=none
  else
    "$venv/bin/python" "$eval_py" score "$dataset" "$out/$dataset.json" | sed 's/^/SCORE /'
  fi
  python3 scripts/bench/cluster_units_dump.py "$out/$dataset.observatoire" "$out/$dataset.json" \
    "$label" "$out/units" "$dataset"
done
swift build -c release --product observatoire-bench >/dev/null && .build/release/observatoire-bench clustering units "$out/units"
uptime
