#!/usr/bin/env bash
# HTTP benchmark of thidua: loads a throwaway SQLite database with the demo
# organisation and $PEOPLE generated people, starts the server on 127.0.0.1,
# measures start-up time, list and search throughput/latency with wrk, and the
# server's peak RSS. Next to it, on the same database, the same thread count and
# the same requests, runs "the floor" (bench/floor/floor.cc: Boost.Beast and
# SQLite, no authentication, no templates) and reports thidua's requests/s as a
# percentage of the floor's, for the people list and search as JSON and as HTML.
# Prints Markdown tables and the exact commands; writes nothing outside its
# temporary directory (record results in docs/performance.md).
# Builds nothing: set THIDUA_BIN (default build/thidua) and FLOOR_BIN (default
# build/bench/thidua_floor, the target thidua_floor).
#
# Environment (defaults in brackets):
#   THIDUA_BIN [build/thidua]   FLOOR_BIN [build/bench/thidua_floor]
#   PEOPLE [100000]             SERVER_THREADS [nproc]
#   WRK_THREADS [2]             CONNECTIONS [50]   DURATION [20s]   WARMUP [2s, 0 = none]
#   PORT, FLOOR_PORT [free ports]   KEEP_TMP [unset; 1 keeps the temporary directory]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

bin="${THIDUA_BIN:-build/thidua}"
[[ "$bin" = /* ]] || bin="$root/$bin"
floor_bin="${FLOOR_BIN:-build/bench/thidua_floor}"
[[ "$floor_bin" = /* ]] || floor_bin="$root/$floor_bin"
people="${PEOPLE:-100000}"
server_threads="${SERVER_THREADS:-$(nproc)}"
wrk_threads="${WRK_THREADS:-2}"
connections="${CONNECTIONS:-50}"
duration="${DURATION:-20s}"
warmup="${WARMUP:-2s}"

die() { echo "bench: $*" >&2; exit 1; }

[[ -x "$bin" ]] || die "$bin is not an executable; build it first (cmake --build build) or set THIDUA_BIN"
[[ -x "$floor_bin" ]] ||
  die "$floor_bin is not an executable; build it first (cmake --build build --target thidua_floor) or set FLOOR_BIN"
command -v wrk >/dev/null || die "wrk is not installed (apt-get install wrk)"
command -v curl >/dev/null || die "curl is not installed"
[[ "$people" =~ ^[0-9]+$ ]] || die "PEOPLE must be a number"
[[ "$duration" =~ ^[0-9]+[smh]?$ ]] || die "DURATION must look like 20s"
[[ "$warmup" =~ ^[0-9]+[smh]?$ ]] || die "WARMUP must look like 2s or 0"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/thidua-bench.XXXXXX")"
server_pid=""
floor_pid=""
stop() {  # stop PID: TERM, then KILL after 5 s
  local pid="$1"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
}
cleanup() {
  stop "$server_pid"
  stop "$floor_pid"
  if [[ "${KEEP_TMP:-}" == 1 ]]; then
    echo "bench: kept $tmp" >&2
  else
    rm -rf "$tmp"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Seconds (with milliseconds) from a duration like "20s", "2m".
to_seconds() {
  local v="$1" n="${1%[smh]}"
  case "$v" in
    *m) echo $((n * 60)) ;;
    *h) echo $((n * 3600)) ;;
    *) echo "$n" ;;
  esac
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null ||
    node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

db="sqlite:$tmp/thidua.db"
port="${PORT:-$(free_port)}"
base="http://127.0.0.1:$port"
commands=()
run() {  # records and runs a command; output goes to $tmp/NAME.log
  local name="$1"; shift
  commands+=("$*")
  "$@" >"$tmp/$name.log" 2>&1 || { cat "$tmp/$name.log" >&2; die "'$*' failed"; }
}

echo "bench: loading $people people into $db" >&2
t0=$(date +%s%N)
run migrate "$bin" migrate --db "$db"
run demo "$bin" demo --db "$db" --people "$people" --no-activity --no-history
load_ms=$(ms_since "$t0")

commands+=("$bin user token --db $db --username admin --name bench")
token="$("$bin" user token --db "$db" --username admin --name bench 2>"$tmp/token.log" | tr -d '[:space:]')" ||
  { cat "$tmp/token.log" >&2; die "could not create an API token"; }
[[ -n "$token" ]] || die "thidua user token printed no token"

# await_healthz PID BASE LOG START_NS: milliseconds from START_NS to the first
# 200 on BASE/healthz (at most 60 s); stops the run if the server exits.
await_healthz() {
  local pid="$1" url="$2/healthz" log="$3" start_ns="$4" code deadline
  deadline=$(( start_ns + 60 * 1000000000 ))
  while (( $(date +%s%N) < deadline )); do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; die "the server of $log exited during start-up"; }
    code="$(curl -s -o /dev/null -m 1 -w '%{http_code}' "$url" || true)"
    if [[ "$code" == 200 ]]; then ms_since "$start_ns"; return; fi
    sleep 0.005
  done
  tail -n 40 "$log" >&2
  die "no 200 from $url within 60 s"
}

echo "bench: starting the server on $base" >&2
commands+=("$bin serve --db $db --listen 127.0.0.1:$port --threads $server_threads")
start_ns=$(date +%s%N)
"$bin" serve --db "$db" --listen "127.0.0.1:$port" --threads "$server_threads" >"$tmp/serve.log" 2>&1 &
server_pid=$!
startup_ms="$(await_healthz "$server_pid" "$base" "$tmp/serve.log" "$start_ns")"

floor_port="${FLOOR_PORT:-$(free_port)}"
floor_base="http://127.0.0.1:$floor_port"
echo "bench: starting the floor on $floor_base" >&2
commands+=("$floor_bin --db $tmp/thidua.db --listen 127.0.0.1:$floor_port --threads $server_threads")
start_ns=$(date +%s%N)
"$floor_bin" --db "$tmp/thidua.db" --listen "127.0.0.1:$floor_port" --threads "$server_threads" >"$tmp/floor.log" 2>&1 &
floor_pid=$!
floor_startup_ms="$(await_healthz "$floor_pid" "$floor_base" "$tmp/floor.log" "$start_ns")"

# One checked request per scenario and server, so that a wrong token or route
# fails loudly instead of benchmarking error pages; the floor's JSON must be
# thidua's byte for byte (the same rows in the same order), and its HTML pages
# must link the same people in the same order.
probe() {  # probe NAME URL [curl options]: the body in $tmp/probe-NAME, or the run stops
  local name="$1" url="$2" code; shift 2
  code="$(curl -s -o "$tmp/probe-$name" -m 10 -w '%{http_code}' "$@" "$url" || true)"
  [[ "$code" == 200 ]] || { head -c 500 "$tmp/probe-$name" >&2; echo >&2; die "GET $url returned $code"; }
}
links() { grep -o 'href="/nhan-su/[0-9]*"' "$1" || true; }  # the people a page links, in order
for path in "/api/v1/people?page=1&page_size=50" "/api/v1/people?page=137&page_size=50" \
  "/api/v1/people?q=nguyen%20van&page_size=50" "/api/v1/people?q=pham%20duc&page_size=50" \
  "/nhan-su?trang=2" "/nhan-su?q=hoang"; do
  probe thidua "$base$path" -H "Authorization: Bearer $token"
  probe floor "$floor_base$path"
  if [[ "$path" == /api/* ]]; then
    cmp -s "$tmp/probe-thidua" "$tmp/probe-floor" || die "the floor's answer to $path differs from thidua's"
  else
    [[ "$(links "$tmp/probe-thidua")" == "$(links "$tmp/probe-floor")" ]] ||
      die "the floor's page $path lists other people than thidua's"
  fi
done

# wrk_run NAME URL SCRIPT [MODE]: one bounded wrk run; parses its --latency report.
# The floor gets the same requests, token included (it ignores it).
declare -A rps p50 p99 errors
wrk_run() {
  local name="$1" url="$2" script="$3" mode="${4:-}" limit
  limit=$(( $(to_seconds "$duration") + 30 ))
  if [[ "$warmup" != 0 && "$warmup" != 0s ]]; then
    timeout $(( $(to_seconds "$warmup") + 30 )) \
      wrk -t"$wrk_threads" -c"$connections" -d"$warmup" --timeout 5s -s "$script" "$url" -- "$token" ${mode:+"$mode"} >/dev/null
  fi
  commands+=("wrk -t$wrk_threads -c$connections -d$duration --timeout 5s --latency -s $script $url -- \$TOKEN${mode:+ $mode}")
  echo "bench: wrk $name for $duration" >&2
  timeout "$limit" wrk -t"$wrk_threads" -c"$connections" -d"$duration" --timeout 5s --latency \
    -s "$script" "$url" -- "$token" ${mode:+"$mode"} >"$tmp/wrk-$name.txt"
  rps[$name]="$(awk '/^Requests\/sec:/ {print $2}' "$tmp/wrk-$name.txt")"
  p50[$name]="$(awk '$1 == "50%" {print $2}' "$tmp/wrk-$name.txt")"
  p99[$name]="$(awk '$1 == "99%" {print $2}' "$tmp/wrk-$name.txt")"
  local non2xx socket
  non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$tmp/wrk-$name.txt")"
  socket="$(awk '/Socket errors:/ {gsub(",", ""); print "connect " $4 ", read " $6 ", write " $8 ", timeout " $10}' \
    "$tmp/wrk-$name.txt")"
  errors[$name]="${non2xx:-0} non-2xx${socket:+; $socket}"
}

# Each workload on the floor, then at once on thidua, so that both see the same
# machine; the list and search as JSON, then as HTML pages.
workloads=(list search list_html search_html)
for w in "${workloads[@]}"; do
  script="$here/${w%_html}.lua" mode=""
  if [[ "$w" == *_html ]]; then mode=html; fi
  wrk_run "floor-$w" "$floor_base" "$script" "$mode"
  wrk_run "thidua-$w" "$base" "$script" "$mode"
done

kill -0 "$server_pid" 2>/dev/null || die "the server died during the run"
kill -0 "$floor_pid" 2>/dev/null || die "the floor died during the run"
hwm_kb="$(awk '/^VmHWM:/ {print $2}' "/proc/$server_pid/status")"
rss_kb="$(awk '/^VmRSS:/ {print $2}' "/proc/$server_pid/status")"
floor_hwm_kb="$(awk '/^VmHWM:/ {print $2}' "/proc/$floor_pid/status")"
floor_rss_kb="$(awk '/^VmRSS:/ {print $2}' "/proc/$floor_pid/status")"

# shellcheck disable=SC2016  # backquotes are Markdown here
declare -A label=(
  [list]='list `/api/v1/people?page=1..200&page_size=50`'
  [search]='search `/api/v1/people?q=…&page_size=50` (6 queries)'
  [list_html]='HTML list `/nhan-su?trang=1..200`'
  [search_html]='HTML search `/nhan-su?q=…` (6 queries)'
)
ratio() { awk -v t="$1" -v f="$2" 'BEGIN { if (f > 0) printf "%.0f%%", 100 * t / f; else print "—" }'; }

commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
cpu="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)"

cat <<EOF

## thidua HTTP benchmark — $(date -u +%Y-%m-%dT%H:%M:%SZ)

- commit $commit; $(nproc) CPU ${cpu:+($cpu)}; $(awk '/^MemTotal:/ {printf "%.1f GiB RAM", $2 / 1048576}' /proc/meminfo)
- SQLite, $people generated people plus the demo organisation; server threads $server_threads
- wrk: $wrk_threads threads, $connections connections, $duration per run, 4 workloads × 2 servers (after a ${warmup} warm-up)
- load (migrate + demo): ${load_ms} ms
- the floor: \`bench/floor/floor.cc\` (Boost.Beast + SQLite, same SQL and rows, no authentication, scoping, templates or audit), same database and thread count

| workload | floor requests/s | floor p99 | thidua requests/s | thidua p99 | thidua / floor |
|---|---:|---:|---:|---:|---:|
$(for w in "${workloads[@]}"; do
  echo "| ${label[$w]} | ${rps[floor-$w]} | ${p99[floor-$w]} | ${rps[thidua-$w]} | ${p99[thidua-$w]} | $(ratio "${rps[thidua-$w]}" "${rps[floor-$w]}") |"
done)

| server | scenario | requests/s | p50 | p99 | errors |
|---|---|---:|---:|---:|---|
$(for s in thidua floor; do for w in "${workloads[@]}"; do
  echo "| $s | ${label[$w]} | ${rps[$s-$w]} | ${p50[$s-$w]} | ${p99[$s-$w]} | ${errors[$s-$w]} |"
done; done)

| server | thidua | floor |
|---|---:|---:|
| start-up (launch → first 200 on /healthz) | ${startup_ms} ms | ${floor_startup_ms} ms |
| max RSS (VmHWM at the end) | $(( hwm_kb / 1024 )) MiB | $(( floor_hwm_kb / 1024 )) MiB |
| RSS at the end (VmRSS) | $(( rss_kb / 1024 )) MiB | $(( floor_rss_kb / 1024 )) MiB |

Commands:

\`\`\`sh
EOF
for c in "${commands[@]}"; do echo "$c"; done
echo '```'
