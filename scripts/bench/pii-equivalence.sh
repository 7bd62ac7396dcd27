#!/usr/bin/env bash
# Whether the masker now masks exactly as at an earlier commit: both compiled with `swiftc -O`
# around the same driver (pii_dump_main.swift), run on every labelled set and the real answers;
# prints, per file, the number of texts whose masked form, findings or possible findings differ.
# A speed change must print 0 everywhere. Differences are shown only with SHOW=1, and never for
# a blind set (its texts stay unread).
#   scripts/bench/pii-equivalence.sh [REV]   (default: HEAD)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
REV=${1:-HEAD}
DATA=${OBSERVATOIRE_SHARED_DATA:-/work/shared/data}
WORK=${PII_EQUIVALENCE_DIR:-/tmp/observatoire-pii-equivalence-$(id -u)}
rm -rf "$WORK" && mkdir -p "$WORK/old/src" "$WORK/new/src"
git -C "$ROOT" worktree add --detach "$WORK/tree" "$REV" -q
trap 'git -C "$ROOT" worktree remove --force "$WORK/tree"' EXIT
build() { # build NAME SOURCE_ROOT
  local out=$WORK/$1
  for f in "$2"/Sources/ObservatoireCore/*.swift "$2"/Sources/Privacy/*.swift; do
    grep -q '^import Crypto\|^import _Crypto' "$f" && continue
    case "$(basename "$f")" in PrivacyReview.swift | SmallCellPolicy.swift) continue ;; esac
    sed '/^import ObservatoireCore/d' "$f" >"$out/src/$(basename "$f")"
  done
  cp "$ROOT/scripts/bench/pii_dump_main.swift" "$out/src/zmain.swift"
  printf 'import Foundation\nextension Bundle { static let module = Bundle(path: "%s/Sources/Privacy")! }\n' "$2" \
    >"$out/src/BundleModule.swift"
  swiftc -O -parse-as-library -module-name "Dump$1" -o "$out/dump" "$out"/src/*.swift
}
build old "$WORK/tree" &
build new "$ROOT"
wait
FILES=("$ROOT"/Tests/PrivacyTests/Fixtures/*.jsonl "$DATA"/republique_numerique_fr/*.jsonl
  "$DATA"/decidim_mel_granddebat_fr/*.jsonl)
for file in "${FILES[@]}"; do
  "$WORK/old/dump" "$file" >"$WORK/old.txt"
  "$WORK/new/dump" "$file" >"$WORK/new.txt"
  changed=$(diff <(cat -n "$WORK/old.txt") <(cat -n "$WORK/new.txt") | grep -c '^<' || true)
  echo "$changed $(basename "$file") ($(wc -l <"$WORK/new.txt") texts)"
  if [ "${SHOW:-}" = 1 ] && [ "$changed" != 0 ] && [[ $(basename "$file") != *blind* ]]; then
    diff "$WORK/old.txt" "$WORK/new.txt" | head -40 || true
  fi
done
