#!/usr/bin/env bash
# The award register's import at scale (issue 11): loads the demo organisation
# with $PEOPLE people and no history into a throwaway SQLite database, writes
# an XLSX of $ROWS past awards (each person an annual title in successive
# years, so no row repeats another), and times `thidua import awards` (the
# shell's one pass: read, check and write every row in one transaction, each
# audited). Prints the rows per second; writes nothing outside its temporary
# directory. Builds nothing: set THIDUA_BIN (default build/thidua).
#
# Environment (defaults in brackets): THIDUA_BIN [build/thidua]  PEOPLE [100000]  ROWS [100000]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
bin="${THIDUA_BIN:-build/thidua}"
[[ "$bin" = /* ]] || bin="$root/$bin"
people="${PEOPLE:-100000}"
rows="${ROWS:-100000}"

die() { echo "register_import: $*" >&2; exit 1; }
[[ -x "$bin" ]] || die "$bin is not an executable; build it first or set THIDUA_BIN"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/thidua-register.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
db="sqlite:$tmp/thidua.db"
"$bin" demo --db "$db" --people "$people" --no-history --no-activity >"$tmp/demo.log" 2>&1 || { cat "$tmp/demo.log" >&2; die "demo failed"; }
first_id="$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select min(id) from people').fetchone()[0])" "$tmp/thidua.db")"

python3 - "$tmp/so.xlsx" "$rows" "$people" "$first_id" <<'PY'
import sys, zipfile
from xml.sax.saxutils import escape
path, n, people, first = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
def cell(ref, text): return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'
cols = "ABCDEFGHI"
head = ["subject", "person_id", "award_name", "year", "decision_number_symbol", "decision_date", "granted_by", "level", "occasion"]
out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
       '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
       '<row r="1">' + "".join(cell(f"{c}1", h) for c, h in zip(cols, head)) + '</row>']
for i in range(n):
    r = i + 2
    year = 2000 + i // people
    vals = ["Cá nhân", str(first + i % people), "Lao động tiên tiến", str(year), f"{100 + year % 100}/QĐ-STNMT",
            f"28/12/{year}", "Giám đốc Sở Tài nguyên và Môi trường", "Cơ sở", "Hằng năm"]
    out.append(f'<row r="{r}">' + "".join(cell(f"{c}{r}", v) for c, v in zip(cols, vals)) + '</row>')
out.append('</sheetData></worksheet>')
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="So" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr("xl/worksheets/sheet1.xml", "\n".join(out))
PY

start=$(date +%s.%N)
"$bin" import awards --db "$db" --file "$tmp/so.xlsx" >"$tmp/import.log" 2>&1 || { cat "$tmp/import.log" >&2; die "import failed"; }
end=$(date +%s.%N)
written="$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from awards').fetchone()[0])" "$tmp/thidua.db")"
python3 - "$start" "$end" "$rows" "$written" <<'PY'
import sys
start, end, rows, written = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
secs = end - start
print(f"| rows in the file | {rows:,} |")
print(f"| awards in the register after | {written:,} |")
print(f"| thidua import awards (one pass: read, check, write) | {secs:.1f} s |")
print(f"| rows per second | {rows / secs:,.0f} |")
PY
