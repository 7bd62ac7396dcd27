#!/usr/bin/env bash
# Builds the model-free rules (Sources/Analysis/Rules) with swiftc -O, outside SwiftPM so the
# heavy Analysis dependencies need no release build, and measures them on real data.
# Usage: scripts/bench/rules.sh [shared-data-folder]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/rules-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cd "$work"
swiftc -O -parse-as-library -emit-module -emit-library -static -module-name ObservatoireCore \
  "$root"/Sources/ObservatoireCore/*.swift -o libObservatoireCore.a
swiftc -O -parse-as-library -I . -L . -lObservatoireCore -module-name RulesBench \
  "$root"/Sources/Analysis/Rules/*.swift "$root"/scripts/bench/rules_main.swift -o rules-bench
./rules-bench "${1:-/work/shared/data}"
