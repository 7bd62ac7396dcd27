#!/usr/bin/env bash
# Parse-only and parse+inference speed of the Ingest module, compiled standalone with -O
# (no SwiftPM release build needed). Usage: scripts/bench/ingest-parse.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/observatoire-ingest-bench-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
ZIP="$ROOT/.build/checkouts/ZIPFoundation/Sources"
[ -d "$ZIP" ] || { echo "run 'swift package resolve' first (needs .build/checkouts/ZIPFoundation)"; exit 1; }
mkdir "$WORK/src"
for f in "$ROOT"/Sources/ObservatoireCore/*.swift "$ROOT"/Sources/Ingest/*.swift "$ZIP"/ZIPFoundation/*.swift; do
  sed '/^import ObservatoireCore/d;/^import ZIPFoundation/d' "$f" > "$WORK/src/$(basename "$f")"
done
cp "$ROOT/scripts/bench/ingest_harness.swift" "$WORK/src/"
swiftc -O -parse-as-library -I "$ZIP/CZLib" -Xcc -D_GNU_SOURCE=1 -o "$WORK/ingbench" "$WORK"/src/*.swift
sed -n '/python3 - "$ROWS"/,/^PY$/p' "$ROOT/scripts/bench/import.sh" | sed '1d;$d' > "$WORK/gen.py"
for ROWS in 10000 200000; do
  python3 "$WORK/gen.py" "$ROWS" "$WORK/bench-$ROWS.csv"
  for MODE in parse ""; do
    /usr/bin/time -v "$WORK/ingbench" "$WORK/bench-$ROWS.csv" $MODE 2>"$WORK/t.txt"
    grep 'Maximum resident' "$WORK/t.txt"
  done
done
