#!/usr/bin/env bash
# HTTP benchmark of thidua: loads a throwaway SQLite database with the demo
# organisation and $PEOPLE generated people, starts the server on 127.0.0.1,
# measures start-up time, list and search throughput/latency with wrk, and the
# server's peak RSS. Prints a Markdown table and the exact commands; writes
# nothing outside its temporary directory (record results in docs/performance.md).
# Builds nothing: set THIDUA_BIN (default build/thidua).
#
# Environment (defaults in brackets):
#   THIDUA_BIN [build/thidua]   PEOPLE [100000]    SERVER_THREADS [nproc]
#   WRK_THREADS [2]             CONNECTIONS [50]   DURATION [20s]   WARMUP [2s, 0 = none]
#   PORT [a free port]          KEEP_TMP [unset; 1 keeps the temporary directory]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

bin="${THIDUA_BIN:-build/thidua}"
[[ "$bin" = /* ]] || bin="$root/$bin"
people="${PEOPLE:-100000}"
server_threads="${SERVER_THREADS:-$(nproc)}"
wrk_threads="${WRK_THREADS:-2}"
connections="${CONNECTIONS:-50}"
duration="${DURATION:-20s}"
warmup="${WARMUP:-2s}"

die() { echo "bench: $*" >&2; exit 1; }

[[ -x "$bin" ]] || die "$bin is not an executable; build it first (cmake --build build) or set THIDUA_BIN"
command -v wrk >/dev/null || die "wrk is not installed (apt-get install wrk)"
command -v curl >/dev/null || die "curl is not installed"
[[ "$people" =~ ^[0-9]+$ ]] || die "PEOPLE must be a number"
[[ "$duration" =~ ^[0-9]+[smh]?$ ]] || die "DURATION must look like 20s"
[[ "$warmup" =~ ^[0-9]+[smh]?$ ]] || die "WARMUP must look like 2s or 0"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/thidua-bench.XXXXXX")"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
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
run demo "$bin" demo --db "$db" --people "$people" --no-activity
load_ms=$(ms_since "$t0")

commands+=("$bin user token --db $db --username admin --name bench")
token="$("$bin" user token --db "$db" --username admin --name bench 2>"$tmp/token.log" | tr -d '[:space:]')" ||
  { cat "$tmp/token.log" >&2; die "could not create an API token"; }
[[ -n "$token" ]] || die "thidua user token printed no token"

echo "bench: starting the server on $base" >&2
commands+=("$bin serve --db $db --listen 127.0.0.1:$port --threads $server_threads")
start_ns=$(date +%s%N)
"$bin" serve --db "$db" --listen "127.0.0.1:$port" --threads "$server_threads" >"$tmp/serve.log" 2>&1 &
server_pid=$!
startup_ms=""
deadline=$(( start_ns + 60 * 1000000000 ))
while (( $(date +%s%N) < deadline )); do
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/serve.log" >&2; die "the server exited during start-up"; }
  code="$(curl -s -o /dev/null -m 1 -w '%{http_code}' "$base/healthz" || true)"
  if [[ "$code" == 200 ]]; then startup_ms=$(ms_since "$start_ns"); break; fi
  sleep 0.005
done
[[ -n "$startup_ms" ]] || { tail -n 40 "$tmp/serve.log" >&2; die "no 200 from /healthz within 60 s"; }

# One checked request per scenario, so that a wrong token or route fails loudly
# instead of benchmarking error pages.
for path in "/api/v1/people?page=1&page_size=50" "/api/v1/people?q=nguyen%20van&page_size=50"; do
  code="$(curl -s -o "$tmp/probe.json" -m 10 -w '%{http_code}' -H "Authorization: Bearer $token" "$base$path" || true)"
  [[ "$code" == 200 ]] || { head -c 500 "$tmp/probe.json" >&2; echo >&2; die "GET $path returned $code"; }
done

# wrk_run NAME SCRIPT: one bounded wrk run; parses its --latency report.
declare -A rps p50 p99 errors
wrk_run() {
  local name="$1" script="$2" limit
  limit=$(( $(to_seconds "$duration") + 30 ))
  if [[ "$warmup" != 0 && "$warmup" != 0s ]]; then
    timeout $(( $(to_seconds "$warmup") + 30 )) \
      wrk -t"$wrk_threads" -c"$connections" -d"$warmup" --timeout 5s -s "$script" "$base" -- "$token" >/dev/null
  fi
  commands+=("wrk -t$wrk_threads -c$connections -d$duration --timeout 5s --latency -s $script $base -- \$TOKEN")
  echo "bench: wrk $name for $duration" >&2
  timeout "$limit" wrk -t"$wrk_threads" -c"$connections" -d"$duration" --timeout 5s --latency \
    -s "$script" "$base" -- "$token" >"$tmp/wrk-$name.txt"
  rps[$name]="$(awk '/^Requests\/sec:/ {print $2}' "$tmp/wrk-$name.txt")"
  p50[$name]="$(awk '$1 == "50%" {print $2}' "$tmp/wrk-$name.txt")"
  p99[$name]="$(awk '$1 == "99%" {print $2}' "$tmp/wrk-$name.txt")"
  local non2xx socket
  non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$tmp/wrk-$name.txt")"
  socket="$(awk '/Socket errors:/ {gsub(",", ""); print "connect " $4 ", read " $6 ", write " $8 ", timeout " $10}' \
    "$tmp/wrk-$name.txt")"
  errors[$name]="${non2xx:-0} non-2xx${socket:+; $socket}"
}

wrk_run list "$here/list.lua"
wrk_run search "$here/search.lua"

kill -0 "$server_pid" 2>/dev/null || die "the server died during the run"
hwm_kb="$(awk '/^VmHWM:/ {print $2}' "/proc/$server_pid/status")"
rss_kb="$(awk '/^VmRSS:/ {print $2}' "/proc/$server_pid/status")"

commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
cpu="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)"

cat <<EOF

## thidua HTTP benchmark — $(date -u +%Y-%m-%dT%H:%M:%SZ)

- commit $commit; $(nproc) CPU ${cpu:+($cpu)}; $(awk '/^MemTotal:/ {printf "%.1f GiB RAM", $2 / 1048576}' /proc/meminfo)
- SQLite, $people generated people plus the demo organisation; server threads $server_threads
- wrk: $wrk_threads threads, $connections connections, $duration per scenario (after a ${warmup} warm-up)
- load (migrate + demo): ${load_ms} ms

| scenario | requests/s | p50 | p99 | errors |
|---|---:|---:|---:|---|
| list \`/api/v1/people?page=1..200&page_size=50\` | ${rps[list]} | ${p50[list]} | ${p99[list]} | ${errors[list]} |
| search \`/api/v1/people?q=…&page_size=50\` (6 queries) | ${rps[search]} | ${p50[search]} | ${p99[search]} | ${errors[search]} |

| server | value |
|---|---:|
| start-up (launch → first 200 on /healthz) | ${startup_ms} ms |
| max RSS (VmHWM at the end) | $(( hwm_kb / 1024 )) MiB |
| RSS at the end (VmRSS) | $(( rss_kb / 1024 )) MiB |

Commands:

\`\`\`sh
EOF
for c in "${commands[@]}"; do echo "$c"; done
echo '```'
