#!/usr/bin/env bash
# Measures the model-free rules (Sources/Analysis/Rules: segmenter, stance lexicon, c-TF-IDF) on
# real data, release-built from the package itself (the `observatoire-bench` product).
# Usage: scripts/bench/rules.sh [shared-data-folder]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
swift build -c release --product observatoire-bench
.build/release/observatoire-bench rules "${1:-$(cd "$root/.." && pwd)/shared/data}"
