#!/usr/bin/env bash
# The masker's speed now against a fixed earlier commit (default: d60a869, the commit issue 15 was
# filed on), each compiled with `swiftc -O` around the same small driver (pii_speed_main.swift,
# written against the masker's public API of both), run alternately on the same file.
#   scripts/bench/pii-speed-baseline.sh [REV] [PAIRS] [FILE]
#   KINDS=names|patterns to time only the name detector or only the patterns.
# Round-by-round comparisons hide a slow drift: this one measures it from a fixed point.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
REV=${1:-d60a869}
PAIRS=${2:-8}
FILE=${3:-${OBSERVATOIRE_SHARED_DATA:-/work/shared/data}/republique_numerique_fr/arguments.jsonl}
WORK=${PII_SPEED_DIR:-/tmp/observatoire-pii-speed-$(id -u)}
rm -rf "$WORK" && mkdir -p "$WORK"
git -C "$ROOT" worktree add --detach "$WORK/tree" "$REV" -q
trap 'git -C "$ROOT" worktree remove --force "$WORK/tree"' EXIT
. "$ROOT/scripts/bench/pii-build.sh"
build() { pii_build "$WORK/$1" "$2" "$ROOT/scripts/bench/pii_speed_main.swift" "Speed$1"; }
build old "$WORK/tree"
build new "$ROOT"
cd "$ROOT"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$PAIRS"); do
  echo "$REV $("$WORK/old/bin" "$FILE")    now $("$WORK/new/bin" "$FILE")"
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
