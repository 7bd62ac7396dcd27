#!/usr/bin/env bash
# XLSX/ODS import speed against the CSV path on the same generated table (scripts/bench/import.sh's
# generator), with Ingest + ZIPFoundation compiled standalone with -O (no SwiftPM release build).
# XLSX is written by a minimal Python writer (shared strings, as Excel does) and, when LibreOffice
# is installed, also converted from the CSV by LibreOffice (XLSX and ODS).
# Usage: scripts/bench/ingest-xlsx.sh [ROWS...]   (default: 10000 100000)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/observatoire-xlsx-bench-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
ZIP="$ROOT/.build/checkouts/ZIPFoundation/Sources"
[ -d "$ZIP" ] || { echo "run 'swift package resolve' first (needs .build/checkouts/ZIPFoundation)"; exit 1; }
mkdir "$WORK/src"
for f in "$ROOT"/Sources/ObservatoireCore/*.swift "$ROOT"/Sources/Ingest/*.swift "$ZIP"/ZIPFoundation/*.swift; do
  sed '/^import ObservatoireCore/d;/^import ZIPFoundation/d' "$f" > "$WORK/src/$(basename "$f")"
done
cp "$ROOT/scripts/bench/ingest_xlsx_harness.swift" "$WORK/src/"
swiftc -O -parse-as-library -I "$ZIP/CZLib" -Xcc -D_GNU_SOURCE=1 -o "$WORK/bench" "$WORK"/src/*.swift
sed -n '/python3 - "$ROWS"/,/^PY$/p' "$ROOT/scripts/bench/import.sh" | sed '1d;$d' > "$WORK/gen.py"
cat > "$WORK/toxlsx.py" <<'PY'
import csv, sys, zipfile
from xml.sax.saxutils import escape
src, dst = sys.argv[1], sys.argv[2]
rows = list(csv.reader(open(src, encoding="utf-8"), delimiter=";"))
strings, index, sheet = [], {}, []
def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s
for r, row in enumerate(rows, 1):
    cells = []
    for c, v in enumerate(row):
        if v == "":
            continue
        ref = f"{col(c)}{r}"
        if v.lstrip("-").isdigit():
            cells.append(f'<c r="{ref}"><v>{v}</v></c>')
        else:
            if v not in index:
                index[v] = len(strings)
                strings.append(v)
            cells.append(f'<c r="{ref}" t="s"><v>{index[v]}</v></c>')
    sheet.append(f'<row r="{r}">' + "".join(cells) + "</row>")
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("xl/workbook.xml", f'<workbook {NS} xmlns:r="{REL}"><sheets><sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    z.writestr("xl/sharedStrings.xml", f'<sst {NS}>' + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
    z.writestr("xl/worksheets/sheet1.xml", f'<worksheet {NS}><sheetData>' + "".join(sheet) + "</sheetData></worksheet>")
PY
SOFFICE=$(command -v soffice || command -v libreoffice || true)
for ROWS in "${@:-10000 100000}"; do
  for N in $ROWS; do
    python3 "$WORK/gen.py" "$N" "$WORK/bench-$N.csv"
    python3 "$WORK/toxlsx.py" "$WORK/bench-$N.csv" "$WORK/bench-$N.xlsx"
    FILES="$WORK/bench-$N.csv $WORK/bench-$N.xlsx"
    if [ -n "$SOFFICE" ]; then
      mkdir -p "$WORK/lo"
      for EXT in xlsx ods; do
        "$SOFFICE" -env:UserInstallation="file://$WORK/profile" --headless --infilter=CSV:59,34,76,1 \
          --convert-to "$EXT" --outdir "$WORK/lo" "$WORK/bench-$N.csv" >/dev/null 2>&1
        mv "$WORK/lo/bench-$N.$EXT" "$WORK/bench-$N-libreoffice.$EXT"
        FILES="$FILES $WORK/bench-$N-libreoffice.$EXT"
      done
    fi
    for F in $FILES; do
      MODES="import"
      case "$F" in *.xlsx|*.ods) MODES="sheet import" ;; esac
      for MODE in $MODES; do
        /usr/bin/time -v "$WORK/bench" "$F" $MODE 2>"$WORK/t.txt" | tr '\n' ' '
        echo "size_kB=$(du -k "$F" | cut -f1) max_rss_kB=$(grep 'Maximum resident' "$WORK/t.txt" | awk '{print $NF}')"
      done
    done
  done
done
