#!/usr/bin/env bash
# Report generation time for 3,000 answers and 50 themes (target: < 2 s), see docs/benchmarks/reporting.md.
# Usage: scripts/bench/report.sh [release|debug] [DSFR_DIR]
#  release (default): builds only the Reporting target in release (a full release build of the
#    package takes 15+ minutes on 2 cores) and links it with the test fixture into a small binary.
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
swift build -c release --target Reporting >/dev/null
release="$root/.build/release"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed '/^import TestSupport/d' Tests/ReportingTests/ReportFixture.swift >"$work/ReportFixture.swift"
cp Tests/TestSupport/Fixtures.swift scripts/bench/report_main.swift "$work/"
mv "$work/report_main.swift" "$work/main.swift"
swiftc -O -module-name ReportBench "$work"/main.swift "$work"/ReportFixture.swift "$work"/Fixtures.swift \
  -I "$release/Modules" -Xcc -fmodule-map-file="$root/.build/checkouts/ZIPFoundation/Sources/CZLib/module.modulemap" \
  "$release"/Reporting.build/*.o "$release"/ObservatoireCore.build/*.o "$release"/ZIPFoundation.build/*.o -lz \
  -o "$work/report-bench"
"$work/report-bench" ${2:+"$2"}
