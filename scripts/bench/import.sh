#!/usr/bin/env bash
# Measures `observatoire import` (read + type inference + masking hook + store) on generated
# LimeSurvey-shaped CSVs of growing size, with wall time and peak memory (/usr/bin/time -v).
# Usage: scripts/bench/import.sh [BINARY] [ROWS...]
#   (defaults: .build/release/observatoire, 10000 200000 1000000)
# BENCH_TEXT=real draws the free-text answers from the République numérique arguments
# (../shared/data) instead of a shuffle of 22 words: longer, capitalised, with names to look at.
set -euo pipefail
BIN=${1:-.build/release/observatoire}
shift || true
SIZES=${*:-10000 200000 1000000}
WORK=$(mktemp -d /tmp/observatoire-bench-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
if [ "${BENCH_TEXT:-}" = real ]; then
  export BENCH_TEXTS="$(cd "$(dirname "$0")/../.." && pwd)/../shared/data/republique_numerique_fr/arguments.jsonl"
fi
for ROWS in $SIZES; do
  python3 - "$ROWS" "$WORK/bench-$ROWS.csv" <<'PY'
import json, os, random, sys
random.seed(1)
rows, path = int(sys.argv[1]), sys.argv[2]
words = ("l'IA aide les élèves mais pose des questions de données de formation et de triche "
         "en classe au collège comme au lycée").split()
real = [json.loads(l)["text"].replace('"', '""') for l in open(os.environ["BENCH_TEXTS"])] \
    if os.environ.get("BENCH_TEXTS") else None
with open(path, "w", encoding="utf-8") as f:
    f.write("id;DEGRE. Degré;ACAD. Académie;Q1. Usage;Q2[SQ001]. Usages [A];Q2[SQ002]. Usages [B];"
            "Q3. Note;Q5. Avis\n")
    for i in range(1, rows + 1):
        text = random.choice(real) if real else \
            " ".join(random.choice(words) for _ in range(random.randint(0, 40)))
        f.write(f"{i};{random.choice(['Premier degré','Second degré'])};"
                f"{random.choice(['Lille','Lyon','Créteil','Nantes'])};"
                f"{random.choice(['Oui','Non','Parfois'])};{random.choice(['Oui','Non'])};"
                f"{random.choice(['Oui','Non'])};{random.randint(0,10)};\"{text}\"\n")
PY
  rm -f "$WORK/p.observatoire"*
  /usr/bin/time -v "$BIN" import "$WORK/bench-$ROWS.csv" --project "$WORK/p.observatoire" \
    >/dev/null 2>"$WORK/time.txt"
  WALL=$(grep 'Elapsed (wall clock)' "$WORK/time.txt" | awk '{print $NF}')
  RSS=$(grep 'Maximum resident set size' "$WORK/time.txt" | awk '{print $NF}')
  SIZE=$(du -k "$WORK/bench-$ROWS.csv" | cut -f1)
  SECONDS_TAKEN=$(python3 -c "import sys; p=sys.argv[1].split(':'); print(sum(float(x)*60**i for i,x in enumerate(reversed(p))))" "$WALL")
  RATE=$(python3 -c "import sys; print(round(int(sys.argv[1])/float(sys.argv[2])))" "$ROWS" "$SECONDS_TAKEN")
  DB=$(du -k "$WORK/p.observatoire" | cut -f1)
  echo "rows=$ROWS file_kB=$SIZE wall=$WALL rows_per_s=$RATE max_rss_kB=$RSS project_kB=$DB"
done
