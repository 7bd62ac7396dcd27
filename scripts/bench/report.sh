#!/usr/bin/env bash
# Report generation time for 3,000 answers and 50 themes (target: < 2 s), see docs/benchmarks/reporting.md.
# Usage: scripts/bench/report.sh [release|debug] [DSFR_DIR] [RUNS]
#  release (default): builds the ReportBenchmarks executable of the Benchmarks/ package in release
#    (it depends on the root package's Reporting and ReportFixtures products: only those and their
#    dependencies are built, no copied sources) and runs it.
#  debug: runs the env-gated ReportingBenchmark test in the debug build.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
export OBSERVATOIRE_SHARED_DATA="${OBSERVATOIRE_SHARED_DATA:-$(cd "$root/../.." && pwd)/shared/data}"
[ -d "$OBSERVATOIRE_SHARED_DATA" ] || export OBSERVATOIRE_SHARED_DATA=/work/shared/data
if [ "${1:-release}" = debug ]; then
  OBSERVATOIRE_BENCH_REPORT=1 swift test --filter ReportingBenchmark 2>&1 | grep -E 'BENCH|passed|failed'
  exit
fi
(cd Benchmarks && swift build -c release --product ReportBenchmarks >/dev/null)
dsfr="${2:-$root/Public/dsfr}"
"$root/Benchmarks/.build/release/ReportBenchmarks" "$dsfr" "${3:-5}"
