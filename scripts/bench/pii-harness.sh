#!/usr/bin/env bash
# Iteration harness for the personal-data masker: compiles the Privacy sources (without the
# review's Crypto part) with ObservatoireCore and the tests' scorer into one small executable, in a
# few seconds, instead of building the whole package. Scores the tuning and development sets,
# never the blind ones.
#   scripts/bench/pii-harness.sh [--misses] [FIXTURE.jsonl ...]   (default: the four open sets)
#   scripts/bench/pii-harness.sh --real [--print]                 (findings on real answers)
#   scripts/bench/pii-harness.sh --text 'Une phrase.' ...         (findings in the given texts)
#   OPT=-O scripts/bench/pii-harness.sh --speed                   (load time, answers/s)
#   scripts/bench/pii-harness.sh --features FILE.jsonl           (the tagger's training rows)
# OPT=-O for an optimised build. The extended first-name list is read from lexiques/ as usual.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${PII_HARNESS_DIR:-/tmp/observatoire-pii-harness-$(id -u)}
mkdir -p "$WORK/src"
rm -f "$WORK"/src/*.swift
for f in "$ROOT"/Sources/ObservatoireCore/*.swift "$ROOT"/Sources/Privacy/*.swift; do
  case "$(basename "$f")" in PrivacyReview.swift | SmallCellPolicy.swift) continue ;; esac
  sed '/^import ObservatoireCore/d' "$f" >"$WORK/src/$(basename "$f")"
done
sed '/^@testable import Privacy/d' "$ROOT/Tests/PrivacyTests/LabelledSetScores.swift" >"$WORK/src/LabelledSetScores.swift"
cp "$ROOT/scripts/bench/pii_harness.swift" "$WORK/src/"
# SwiftPM's resource accessor, pointed at the sources' folder.
printf 'import Foundation\nextension Bundle { static let module = Bundle(path: "%s/Sources/Privacy")! }\n' "$ROOT" \
  >"$WORK/src/BundleModule.swift"
swiftc ${OPT:--Onone} -parse-as-library -module-name PIIHarness -o "$WORK/pii-harness" "$WORK"/src/*.swift
cd "$ROOT"
FIX=Tests/PrivacyTests/Fixtures
DATA=${OBSERVATOIRE_SHARED_DATA:-/work/shared/data}
if [ "${1:-}" = "--text" ]; then exec "$WORK/pii-harness" "$@"; fi
if [ "${1:-}" = "--speed" ] || [ "${1:-}" = "--profile" ]; then
  exec "$WORK/pii-harness" "$1" "$DATA/republique_numerique_fr/arguments.jsonl"
fi
if [ "${1:-}" = "--real" ]; then
  shift
  exec "$WORK/pii-harness" --real "$DATA/republique_numerique_fr/arguments.jsonl" \
    "$DATA/decidim_mel_granddebat_fr/debate_comments.jsonl" "$DATA/decidim_mel_granddebat_fr/proposals.jsonl" "$@"
fi
MISSES=()
if [ "${1:-}" = "--misses" ]; then MISSES=(--misses); shift; fi
if [ $# -eq 0 ]; then
  set -- $FIX/pii_testset.jsonl $FIX/pii_evalset.jsonl $FIX/pii_holdout.jsonl
  [ -f $FIX/pii_dev4.jsonl ] && set -- "$@" $FIX/pii_dev4.jsonl
fi
exec "$WORK/pii-harness" "${MISSES[@]}" "$@"
