#!/usr/bin/env bash
# Report generation time for 3,000 answers and 50 themes (target: < 2 s).
# Usage: scripts/bench/report.sh [debug|release]
set -euo pipefail
cd "$(dirname "$0")/../.."
configuration="${1:-release}"
OBSERVATOIRE_BENCH_REPORT=1 swift test -c "$configuration" -Xswiftc -enable-testing --filter ReportingBenchmark 2>&1 | grep -E 'BENCH|passed|failed'
