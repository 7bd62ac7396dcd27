# Sourced by pii-speed-baseline.sh and pii-equivalence.sh: compiles the masker of a source tree
# around one driver with `swiftc -O`, the review's encryption and the small-cell policy left out
# (they need packages a bare swiftc lacks).
#   pii_build OUT_DIR SOURCE_ROOT DRIVER.swift MODULE_NAME   -> OUT_DIR/bin
pii_build() {
  local out=$1 root=$2 driver=$3 module=$4
  mkdir -p "$out/src"
  for f in "$root"/Sources/ObservatoireCore/*.swift "$root"/Sources/Privacy/*.swift; do
    grep -q '^import Crypto\|^import _Crypto' "$f" && continue
    case "$(basename "$f")" in PrivacyReview.swift | SmallCellPolicy.swift) continue ;; esac
    sed '/^import ObservatoireCore/d' "$f" >"$out/src/$(basename "$f")"
  done
  cp "$driver" "$out/src/zmain.swift"
  printf 'import Foundation\nextension Bundle { static let module = Bundle(path: "%s/Sources/Privacy")! }\n' "$root" \
    >"$out/src/BundleModule.swift"
  swiftc -O -parse-as-library -module-name "$module" -o "$out/bin" "$out"/src/*.swift
}
