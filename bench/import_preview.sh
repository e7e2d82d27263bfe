#!/usr/bin/env bash
# Import previews under load (issue 9 #6): a throwaway SQLite database with the
# demo organisation, `thidua serve` on 127.0.0.1, and an XLSX of $ROWS people
# (every 1000th row with an unknown unit code) uploaded through the API:
#  1. one upload: time, size of the answer, server memory before and after;
#  2. two uploads at once, while /healthz is timed every 100 ms;
#  3. $BURST uploads at once: how many are answered 201 and how many 503
#     server_busy (heavy_workers and heavy_queue at their defaults, 1 and 4).
# Server memory is RssAnon and VmRSS (MB), and VmHWM (the peak). Prints a
# Markdown table; writes nothing outside its temporary directory. Builds
# nothing: set THIDUA_BIN (default build/thidua).
#
# Environment [defaults]: THIDUA_BIN [build/thidua]  ROWS [50000]  BURST [8]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
bin="${THIDUA_BIN:-build/thidua}"
[[ "$bin" = /* ]] || bin="$root/$bin"
rows="${ROWS:-50000}"
burst="${BURST:-8}"

die() { echo "import_preview: $*" >&2; exit 1; }
[[ -x "$bin" ]] || die "$bin is not an executable; build it first or set THIDUA_BIN"
command -v curl >/dev/null || die "curl is not installed"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/thidua-import.XXXXXX")"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

db="sqlite:$tmp/thidua.db"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
base="http://127.0.0.1:$port"
"$bin" migrate --db "$db" >"$tmp/migrate.log" 2>&1 || { cat "$tmp/migrate.log" >&2; die "migrate failed"; }
"$bin" demo --db "$db" --no-activity >"$tmp/demo.log" 2>&1 || { cat "$tmp/demo.log" >&2; die "demo failed"; }
token="$("$bin" user token --db "$db" --username admin --name bench 2>"$tmp/token.log" | tr -d '[:space:]')"
[[ -n "$token" ]] || { cat "$tmp/token.log" >&2; die "no API token"; }

# The workbook: one sheet, inline strings, written with the standard library.
python3 - "$tmp/people.xlsx" "$rows" <<'PY'
import sys, zipfile
from xml.sax.saxutils import escape
path, n = sys.argv[1], int(sys.argv[2])
def cell(ref, text): return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'
out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
       '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
       '<row r="1">' + cell("A1", "Họ và tên") + cell("B1", "Ngày sinh") + cell("C1", "Chức vụ") + cell("D1", "Mã đơn vị") + '</row>']
for i in range(1, n + 1):
    r = i + 1
    unit = "KHONG-CO" if i % 1000 == 0 else "PTNMT-LN"
    out.append(f'<row r="{r}">' + cell(f"A{r}", f"Nguyễn Văn Thử {i}") + cell(f"B{r}", f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1960 + i % 40}")
               + cell(f"C{r}", "Chuyên viên") + cell(f"D{r}", unit) + '</row>')
out.append('</sheetData></worksheet>')
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Nhân sự" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr("xl/worksheets/sheet1.xml", "\n".join(out))
PY
file_kb=$(( $(stat -c %s "$tmp/people.xlsx") / 1024 ))

"$bin" serve --db "$db" --listen "127.0.0.1:$port" --threads 2 --data-dir "$tmp/data" \
  >"$tmp/access.log" 2>"$tmp/error.log" &
server_pid=$!
for _ in $(seq 600); do
  [[ "$(curl -s -o /dev/null -m 1 -w '%{http_code}' "$base/healthz" || true)" == 200 ]] && break
  sleep 0.1
done

mem() { awk '/^RssAnon:/ {a=$2} /^VmRSS:/ {r=$2} /^VmHWM:/ {h=$2} END {printf "%d / %d (peak %d)", a/1024, r/1024, h/1024}' "/proc/$server_pid/status"; }
upload() {  # $1: output file; prints "status seconds bytes"
  curl -s -o "$1" -w '%{http_code} %{time_total} %{size_download}\n' -H "Authorization: Bearer $token" \
    -F "file=@$tmp/people.xlsx" "$base/api/v1/people/imports"
}

before="$(mem)"
read -r s1 t1 b1 < <(upload "$tmp/one.json")
after_one="$(mem)"
[[ "$s1" == 201 ]] || { cat "$tmp/one.json" >&2; die "upload answered $s1"; }

# Two at once, /healthz timed meanwhile.
upload "$tmp/a.json" >"$tmp/a.txt" & pa=$!
upload "$tmp/b.json" >"$tmp/b.txt" & pb=$!
worst=0
while kill -0 "$pa" 2>/dev/null || kill -0 "$pb" 2>/dev/null; do
  ms="$(curl -s -o /dev/null -w '%{time_total}' "$base/healthz" | awk '{printf "%d", $1 * 1000}')"
  (( ms > worst )) && worst=$ms
  sleep 0.1
done
wait "$pa" "$pb"
read -r sa ta _ <"$tmp/a.txt"
read -r sb tb _ <"$tmp/b.txt"
after_two="$(mem)"

# A burst.
pids=()
for i in $(seq "$burst"); do upload "$tmp/burst-$i.json" >"$tmp/burst-$i.txt" & pids+=($!); done
wait "${pids[@]}"
ok=0; busy=0; other=0
for i in $(seq "$burst"); do
  read -r s _ _ <"$tmp/burst-$i.txt"
  case "$s" in 201) ok=$((ok + 1));; 503) grep -q server_busy "$tmp/burst-$i.json" && busy=$((busy + 1)) || other=$((other + 1));; *) other=$((other + 1));; esac
done
after_burst="$(mem)"
staged="$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["counts"]["rows"], d["counts"]["errors"], len(d["rows"]))' "$tmp/one.json")"

echo "| measure | value |"
echo "|---|---|"
echo "| file | $rows rows, ${file_kb} KB XLSX |"
echo "| one upload: status, seconds, answer bytes | $s1, $t1 s, $b1 |"
echo "| preview counts (rows, problems, rows in the answer) | $staged |"
echo "| two at once: seconds each | $ta s, $tb s ($sa, $sb) |"
echo "| slowest /healthz during the two | ${worst} ms |"
echo "| burst of $burst: 201 / 503 server_busy / other | $ok / $busy / $other |"
echo "| server memory MB, RssAnon / VmRSS: start | $before |"
echo "| after one upload | $after_one |"
echo "| after two at once | $after_two |"
echo "| after the burst | $after_burst |"
echo
echo "command: THIDUA_BIN=$bin ROWS=$rows BURST=$burst bench/import_preview.sh"
