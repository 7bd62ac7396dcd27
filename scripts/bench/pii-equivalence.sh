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
rm -rf "$WORK" && mkdir -p "$WORK"
git -C "$ROOT" worktree add --detach "$WORK/tree" "$REV" -q
trap 'git -C "$ROOT" worktree remove --force "$WORK/tree"' EXIT
. "$ROOT/scripts/bench/pii-build.sh"
build() { pii_build "$WORK/$1" "$2" "$ROOT/scripts/bench/pii_dump_main.swift" "Dump$1"; }
build old "$WORK/tree" &
build new "$ROOT"
wait
FILES=("$ROOT"/Tests/PrivacyTests/Fixtures/*.jsonl "$DATA"/republique_numerique_fr/*.jsonl
  "$DATA"/decidim_mel_granddebat_fr/*.jsonl)
for file in "${FILES[@]}"; do
  "$WORK/old/bin" "$file" >"$WORK/old.txt"
  "$WORK/new/bin" "$file" >"$WORK/new.txt"
  changed=$(diff <(cat -n "$WORK/old.txt") <(cat -n "$WORK/new.txt") | grep -c '^<' || true)
  echo "$changed $(basename "$file") ($(wc -l <"$WORK/new.txt") texts)"
  if [ "${SHOW:-}" = 1 ] && [ "$changed" != 0 ] && [[ $(basename "$file") != *blind* ]]; then
    diff "$WORK/old.txt" "$WORK/new.txt" | head -40 || true
  fi
done
