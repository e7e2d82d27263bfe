#!/usr/bin/env bash
# Province-scale campaign benchmark (SQLite): 2,000 participating units,
# 100,000 people, one registration each, then with wrk and curl against
# `thidua serve` on 127.0.0.1:
#   1. the registration write path: POST /api/v1/campaigns/1/registrations by a
#      unit officer, a distinct person per request (bench/registration.lua);
#   2. the secretariat's dashboard GET /api/v1/campaigns/1/dashboard, warm (the
#      server's 15-second figure reuse) with wrk, and cold (every request
#      recomputed) with bench/dashboard_bench.cc on the same database;
#   3. the PDF of a draft decision listing 2,000 awardees
#      (GET /dot-thi-dua/1/quyet-dinh/ID/van-ban.pdf).
# Prints a Markdown report and the exact commands to stdout, progress to
# stderr; writes nothing outside its temporary directory. Builds nothing.
# See bench/README.md. Environment (defaults in brackets):
#   THIDUA_BIN [build/thidua]  MICRO_BENCH [build/bench/thidua_micro_bench; skipped if absent]
#   UNITS [2000]  PEOPLE [100000]  POOL [40000: people left for step 1; the rest get theirs by SQL]
#   NOMINEES [2000]  SERVER_THREADS [nproc]  WRK_THREADS [2]
#   WRITE_CONNECTIONS [8]  WRITE_DURATION [15s]  DASH_CONNECTIONS ["1 4 16"]
#   DURATION [20s per dashboard run]  WARMUP [2s]  PDF_RUNS [10]  PORT [free]  KEEP_TMP [unset]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
abs() { if [[ "$1" = /* ]]; then echo "$1"; else echo "$root/$1"; fi; }
bin="$(abs "${THIDUA_BIN:-build/thidua}")"
micro="$(abs "${MICRO_BENCH:-build/bench/thidua_micro_bench}")"
units="${UNITS:-2000}"
people="${PEOPLE:-100000}"
pool="${POOL:-40000}"
nominees="${NOMINEES:-2000}"
server_threads="${SERVER_THREADS:-$(nproc)}"
wrk_threads="${WRK_THREADS:-2}"
write_connections="${WRITE_CONNECTIONS:-8}"
write_duration="${WRITE_DURATION:-15s}"
dash_connections="${DASH_CONNECTIONS:-1 4 16}"
duration="${DURATION:-20s}"
warmup="${WARMUP:-2s}"
pdf_runs="${PDF_RUNS:-10}"

die() { echo "bench: $*" >&2; exit 1; }
say() { echo "bench: $*" >&2; }

[[ -x "$bin" ]] || die "$bin is not an executable; build it first or set THIDUA_BIN"
for tool in wrk curl python3; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
for v in units people pool nominees pdf_runs write_connections; do
  [[ "${!v}" =~ ^[0-9]+$ ]] || die "${v^^} must be a number"
done
for v in duration write_duration warmup; do
  [[ "${!v}" =~ ^[0-9]+[smh]?$ ]] || die "${v^^} must look like 20s"
done

tmp="$(mktemp -d "${TMPDIR:-/tmp}/thidua-campaign.XXXXXX")"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [[ "${KEEP_TMP:-}" == 1 ]]; then say "kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

to_seconds() {
  local v="$1" n="${1%[smh]}"
  case "$v" in *m) echo $((n * 60)) ;; *h) echo $((n * 3600)) ;; *) echo "$n" ;; esac
}
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
sql() { python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$dbfile" "$1"; }

dbfile="$tmp/thidua.db"
db="sqlite:$dbfile"
port="${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}"
base="http://127.0.0.1:$port"
commands=()
quoted() {  # the arguments as a shell command line, quoted where needed
  local a out=""
  for a in "$@"; do
    if [[ "$a" =~ ^[][A-Za-z0-9_./:=@%^,+-]+$ ]]; then out+="$a "; else out+="'${a//\'/\'\\\'\'}' "; fi
  done
  echo "${out% }"
}
run() {  # records and runs a command; output in $tmp/NAME.log
  local name="$1"; shift
  commands+=("$(quoted "$@")")
  "$@" >"$tmp/$name.log" 2>&1 || { cat "$tmp/$name.log" >&2; die "'$*' failed"; }
}
load_start="$(loadavg)"

# ---- data set -----------------------------------------------------------
say "loading $units units, $people people ($pool of them registered later over HTTP) into $db"
t0=$(date +%s%N)
run migrate "$bin" migrate --db "$db"
run demo "$bin" demo --db "$db" --people 0 --no-activity
run data python3 "$here/campaign_data.py" "$dbfile" "$units" "$people" "$pool" "$nominees"
load_ms=$(ms_since "$t0")
read -r pool_first pool_last <"$tmp/data.log"
db_mb=$(( $(stat -c %s "$dbfile") / 1048576 ))

# A unit officer of the root unit: kSubmitUnitWork over every unit, so it may
# enter a registration on behalf of any person (app/registrations.h). The
# secretariat (demo account thuongtruc) tracks the campaign and drafts decisions.
run officer "$bin" user add --db "$db" --username bench_canbo --name "Cán bộ đo hiệu năng" --role unit_officer --unit STNMT
token_of() {  # runs in a subshell: the caller records the command
  "$bin" user token --db "$db" --username "$1" --name bench 2>"$tmp/token.log" | tr -d '[:space:]'
}
officer_token="$(token_of bench_canbo)"
secretariat_token="$(token_of thuongtruc)"
for u in bench_canbo thuongtruc; do commands+=("$bin user token --db $db --username $u --name bench"); done
[[ -n "$officer_token" && -n "$secretariat_token" ]] || { cat "$tmp/token.log" >&2; die "no API token"; }

# ---- server -------------------------------------------------------------
say "starting the server on $base"
commands+=("$bin serve --db $db --listen 127.0.0.1:$port --threads $server_threads")
"$bin" serve --db "$db" --listen "127.0.0.1:$port" --threads "$server_threads" >"$tmp/serve.log" 2>&1 &
server_pid=$!
up=""
for _ in $(seq 1 600); do
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/serve.log" >&2; die "the server exited during start-up"; }
  if curl -sf -o /dev/null -m 1 "$base/healthz"; then up=1; break; fi
  sleep 0.05
done
[[ -n "$up" ]] || die "no 200 from /healthz within 30 s"

# wrk_run NAME WRK-ARGS...: one bounded wrk run with --latency; parses it.
declare -A rps p50 p90 p99 maxl errors elapsed
wrk_run() {
  local name="$1"; shift
  commands+=("$(quoted wrk --latency --timeout 5s "$@")")
  timeout 600 wrk --latency --timeout 5s "$@" >"$tmp/wrk-$name.txt" || die "wrk $name failed"
  local f="$tmp/wrk-$name.txt"
  rps[$name]="$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$f")"
  p50[$name]="$(awk '$1 == "50%" {print $2}' "$f")"
  p90[$name]="$(awk '$1 == "90%" {print $2}' "$f")"
  p99[$name]="$(awk '$1 == "99%" {print $2}' "$f")"
  maxl[$name]="$(awk '$1 == "Latency" {print $4; exit}' "$f")"
  elapsed[$name]="$(awk '/requests in/ {gsub(/[s,]/, "", $4); print $4}' "$f")"
  local non2xx socket
  non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$f")"
  socket="$(awk '/Socket errors:/ {gsub(",", ""); print "connect " $4 ", read " $6 ", write " $8 ", timeout " $10}' "$f")"
  errors[$name]="${non2xx:-0} non-2xx${socket:+; $socket}"
}

# ---- 1. registration write path ------------------------------------------
write_rate="" write_created=0 unregistered=""
if (( pool > 0 )); then
  body="{\"subject\":\"individual\",\"person_id\":$pool_first,\"targets\":[{\"content_label\":\"1\",\"text\":\"Hoàn thành\"}]}"
  code="$(curl -s -o "$tmp/probe.json" -m 10 -w '%{http_code}' -H "Authorization: Bearer $officer_token" \
    -H 'Content-Type: application/json' -d "$body" "$base/api/v1/campaigns/1/registrations" || true)"
  [[ "$code" == 201 ]] || { head -c 500 "$tmp/probe.json" >&2; echo >&2; die "POST registrations returned $code"; }
  before="$(sql "SELECT COUNT(*) FROM registrations WHERE campaign_id = 1")"
  say "registration write path: wrk -c$write_connections for $write_duration"
  wt=$(( write_connections < wrk_threads ? write_connections : wrk_threads ))
  wrk_run write -t"$wt" -c"$write_connections" -d"$write_duration" -s "$here/registration.lua" "$base" \
    -- "$officer_token" 1 $((pool_first + 1)) "$pool_last" "$wt"
  after="$(sql "SELECT COUNT(*) FROM registrations WHERE campaign_id = 1")"
  write_created=$(( after - before ))
  write_rate="$(awk -v n="$write_created" -v t="${elapsed[write]}" 'BEGIN {printf "%.0f", n / t}')"
  unregistered="$(sql "SELECT COUNT(*) FROM people p WHERE NOT EXISTS (SELECT 1 FROM registrations r WHERE r.campaign_id = 1 AND r.person_id = p.id)")"
  # The people the run did not reach are registered directly, so that the
  # dashboard sees one registration per person.
  run fill python3 "$here/campaign_data.py" --fill "$dbfile"
fi
# A thread stops when its share is used up; a request in flight then may be lost,
# so "ran out" is: fewer people left than connections.
if [[ -z "$unregistered" ]]; then
  pool_note="No write run (POOL=0)."
elif (( unregistered <= write_connections )); then
  pool_note="**The pool ran out** ($unregistered people left): registrations/s is only a lower bound; raise POOL."
else
  pool_note="People of the pool the run did not reach: $unregistered (registered afterwards by SQL for the dashboard)."
fi
registrations_now="$(sql "SELECT COUNT(*) FROM registrations WHERE campaign_id = 1")"

# ---- 2. dashboard ----------------------------------------------------------
dash_path="/api/v1/campaigns/1/dashboard?sort=late&page_size=50"
t0=$(date +%s%N)
code="$(curl -s -o "$tmp/dash.json" -m 30 -w '%{http_code}' -H "Authorization: Bearer $secretariat_token" "$base$dash_path" || true)"
first_dash_ms=$(ms_since "$t0")
[[ "$code" == 200 ]] || { head -c 500 "$tmp/dash.json" >&2; echo >&2; die "GET dashboard returned $code"; }
dash_totals="$(python3 -c 'import json, sys; t = json.load(open(sys.argv[1]))["totals"]; print(t["units"], "units,", t["people"], "people,", t["registered"], "registered,", t["targets"], "targets")' "$tmp/dash.json")"
for c in $dash_connections; do
  t=$(( c < wrk_threads ? c : wrk_threads ))
  if [[ "$warmup" != 0 && "$warmup" != 0s ]]; then
    timeout 120 wrk -t"$t" -c"$c" -d"$warmup" -H "Authorization: Bearer $secretariat_token" "$base$dash_path" >/dev/null
  fi
  say "dashboard: wrk -c$c for $duration"
  wrk_run "dash$c" -t"$t" -c"$c" -d"$duration" -H "Authorization: Bearer $secretariat_token" "$base$dash_path"
done
kill -0 "$server_pid" 2>/dev/null || die "the server died during the run"

# ---- 3. decision PDF --------------------------------------------------------
say "decision of $nominees awardees: draft, then $pdf_runs PDF downloads"
t0=$(date +%s%N)
code="$(curl -s -o "$tmp/decision.json" -m 60 -w '%{http_code}' -H "Authorization: Bearer $secretariat_token" \
  -H 'Content-Type: application/json' -d '{"award_type_id":1}' "$base/api/v1/campaigns/1/decisions" || true)"
draft_ms=$(ms_since "$t0")
[[ "$code" == 201 ]] || { head -c 500 "$tmp/decision.json" >&2; echo >&2; die "POST decisions returned $code"; }
read -r decision items < <(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["id"], d["items"])' "$tmp/decision.json")
pdf_url="$base/dot-thi-dua/1/quyet-dinh/$decision/van-ban.pdf"
commands+=("curl -s -o decision.pdf -w '%{http_code} %{time_total}' -H \"Authorization: Bearer \$TOKEN\" $pdf_url   # $pdf_runs times")
: >"$tmp/pdf-times.txt"
for _ in $(seq 1 "$pdf_runs"); do
  out="$(curl -s -o "$tmp/decision.pdf" -m 60 -w '%{http_code} %{time_total}' -H "Authorization: Bearer $secretariat_token" "$pdf_url")"
  [[ "${out%% *}" == 200 ]] || die "GET van-ban.pdf returned ${out%% *}"
  echo "${out#* }" >>"$tmp/pdf-times.txt"
done
pdf_stats="$(sort -n "$tmp/pdf-times.txt" | awk '{v[NR] = $1 * 1000} END {printf "%.0f %.0f %.0f", v[1], v[int((NR + 1) / 2)], v[NR]}')"
read -r pdf_min pdf_median pdf_max <<<"$pdf_stats"
pdf_kb=$(( $(stat -c %s "$tmp/decision.pdf") / 1024 ))
pdf_pages="$(pdfinfo "$tmp/decision.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}' || true)"
docx_ms="$(curl -s -o "$tmp/decision.docx" -m 60 -w '%{time_total}' -H "Authorization: Bearer $secretariat_token" \
  "$base/dot-thi-dua/1/quyet-dinh/$decision/van-ban.docx" | awk '{printf "%.0f", $1 * 1000}')"

hwm_kb="$(awk '/^VmHWM:/ {print $2}' "/proc/$server_pid/status")"
anon_kb="$(awk '/^RssAnon:/ {print $2}' "/proc/$server_pid/status")"
kill -TERM "$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true
server_pid=""

# ---- cold dashboard and pure PDF (Google Benchmark, same database) ------------
cold="" pure_pdf="" work=""
if [[ -x "$micro" ]]; then
  say "dashboard computed cold (no figure reuse), 40 times"
  commands+=("THIDUA_BENCH_DB=$db $micro --benchmark_filter='DashboardCold|DecisionPdf/2000|WorkList'")
  THIDUA_BENCH_DB="$db" "$micro" --benchmark_filter='DashboardCold|DecisionPdf/2000|WorkList' >"$tmp/micro.txt" 2>&1 ||
    { cat "$tmp/micro.txt" >&2; die "micro benchmark failed"; }
  cold="$(awk '/^BM_DashboardCold/ {for (i = 1; i <= NF; i++) if ($i ~ /_ms=/) {split($i, kv, "="); printf "%s %.0f ", kv[1], kv[2]}}' "$tmp/micro.txt")"
  pure_pdf="$(awk '/^BM_DecisionPdf\/2000/ {print $2 " " $3}' "$tmp/micro.txt")"
  work="$(awk '/^BM_WorkList/ {for (i = 1; i <= NF; i++) if ($i ~ /(_ms|_call)=/) {split($i, kv, "="); printf "%s %.2f ", kv[1], kv[2]}}' "$tmp/micro.txt")"
else
  say "no $micro: cold dashboard and pure PDF timings skipped"
fi
cold_v() { awk -v k="$1" '{for (i = 1; i < NF; i += 2) if ($i == k) print $(i + 1)}' <<<"$cold"; }
if [[ -n "$cold" ]]; then
  cold_line="p50 $(cold_v p50_ms) ms, p90 $(cold_v p90_ms) ms, max $(cold_v max_ms) ms."
else
  cold_line="not measured (no MICRO_BENCH)."
fi

commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
cpu="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)"
cat <<EOF

## Province-scale campaign benchmark — $(date -u +%Y-%m-%dT%H:%M:%SZ)

- commit $commit; $(nproc) CPU ${cpu:+($cpu)}; $(awk '/^MemTotal:/ {printf "%.1f GiB RAM", $2 / 1048576}' /proc/meminfo)
- load average (1, 5, 15 min): $load_start at the start, $(loadavg) at the end
- SQLite ($db_mb MiB after loading); server threads $server_threads; wrk threads $wrk_threads
- data: $units participating units, $people people, $(( people - pool )) registrations loaded + $pool people registered over HTTP; load ${load_ms} ms
- dashboard totals: $dash_totals

### Registration write path — POST /api/v1/campaigns/1/registrations (unit officer, 3 targets + 1 initiative each)

| connections | duration | registrations created | registrations/s | p50 | p90 | p99 | max | errors |
|---:|---:|---:|---:|---:|---:|---:|---:|---|
| $write_connections | ${elapsed[write]:-–} s | $write_created | ${write_rate:-–} | ${p50[write]:-–} | ${p90[write]:-–} | ${p99[write]:-–} | ${maxl[write]:-–} | ${errors[write]:-–} |

$pool_note

### Secretariat dashboard — GET $dash_path

Warm: figures reused for 15 s (\`app::ProgressCache\`), so at most one request in 15 s recomputes them (that one is \`max\`).

| connections | requests/s | p50 | p90 | p99 | max | errors |
|---:|---:|---:|---:|---:|---:|---|
EOF
for c in $dash_connections; do
  echo "| $c | ${rps[dash$c]} | ${p50[dash$c]} | ${p90[dash$c]} | ${p99[dash$c]} | ${maxl[dash$c]} | ${errors[dash$c]} |"
done
cat <<EOF

Cold: figures computed on every call (\`app::get_dashboard\` without the cache, one thread, 40 calls, server stopped):
$cold_line First dashboard request over HTTP after the write run (figures computed): $first_dash_ms ms.

### Home page work list ("Việc cần làm", \`app::work_list\`)

\`BM_WorkList\` (bench/work_list_bench.cc): the secretariat, the leader and the head of the unit with the most
registrations waiting, in turn, 300 calls on one thread, server stopped: ${work:-not measured (no MICRO_BENCH).}

### Decision PDF — $items awardees

| step | time |
|---|---:|
| draft the decision (POST /api/v1/campaigns/1/decisions, all passed nominations) | $draft_ms ms |
| GET …/quyet-dinh/$decision/van-ban.pdf, $pdf_runs runs: min / median / max | $pdf_min / $pdf_median / $pdf_max ms |
| the PDF | $pdf_kb KiB${pdf_pages:+, $pdf_pages pages} |
| GET …/van-ban.docx, one run | $docx_ms ms |
| \`BM_DecisionPdf/2000\` (build the document + write_pdf, no HTTP or SQL) | ${pure_pdf:-–} |

Server: peak resident set (VmHWM) $(( hwm_kb / 1024 )) MiB, anonymous memory at the end (RssAnon) $(( anon_kb / 1024 )) MiB.

Commands (tokens shown as \$TOKEN):

\`\`\`sh
EOF
for c in "${commands[@]}"; do
  c="${c//$officer_token/\$TOKEN}"
  c="${c//$secretariat_token/\$TOKEN}"
  echo "${c//\'Authorization: Bearer \$TOKEN\'/\"Authorization: Bearer \$TOKEN\"}"
done
echo '```'
