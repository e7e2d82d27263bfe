#!/usr/bin/env bash
# Soak of thidua (issue 9): a throwaway SQLite database with the demo
# organisation and $PEOPLE people, `thidua serve` on 127.0.0.1, and wrk driving
# the mixed reads and writes of bench/soak.lua at $CONNECTIONS connections for
# $MINUTES consecutive one-minute runs. Per minute: requests, errors (non-2xx
# and socket errors), p50 and p99, and the server's memory (RssAnon, VmRSS).
# The result to show is flatness: the last minute against the first. Prints a
# table per minute (with the database and WAL sizes), then per route the
# server's own p50 and p99 from its access log (bench/soak_routes.py), as
# Markdown, and the command; writes nothing outside its temporary
# directory. Builds nothing: set THIDUA_BIN (default build/thidua).
#
# Environment [defaults]: THIDUA_BIN [build/thidua]  PEOPLE [5000]  MINUTES [10]
#   CONNECTIONS [16]  WRK_THREADS [2]  SERVER_THREADS [nproc]  DB [a temporary SQLite file]
#   RUN_SECONDS [60]: the length of each run; shorten it only to try the script
#   WRITES [create]: "create" adds people (the table grows by ~100,000 in ten
#   minutes); "update" changes the position of the people already there (the
#   table keeps its size), to tell the server's drift from the data's growth;
#   "none" reads only (the machine's own drift, with nothing growing)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
bin="${THIDUA_BIN:-build/thidua}"
[[ "$bin" = /* ]] || bin="$root/$bin"
people="${PEOPLE:-5000}"
minutes="${MINUTES:-10}"
connections="${CONNECTIONS:-16}"
wrk_threads="${WRK_THREADS:-2}"
run_seconds="${RUN_SECONDS:-60}"  # length of each run ("minute"); shorter only to try the script
server_threads="${SERVER_THREADS:-$(nproc)}"
writes="${WRITES:-create}"
[[ "$writes" == create || "$writes" == update || "$writes" == none ]] ||
  { echo "soak: WRITES is create, update or none" >&2; exit 1; }

die() { echo "soak: $*" >&2; exit 1; }
[[ -x "$bin" ]] || die "$bin is not an executable; build it first or set THIDUA_BIN"
command -v wrk >/dev/null || die "wrk is not installed"
command -v curl >/dev/null || die "curl is not installed"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/thidua-soak.XXXXXX")"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

db="${DB:-sqlite:$tmp/thidua.db}"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
base="http://127.0.0.1:$port"

"$bin" migrate --db "$db" >"$tmp/migrate.log" 2>&1 || { cat "$tmp/migrate.log" >&2; die "migrate failed"; }
"$bin" demo --db "$db" --people "$people" --no-activity >"$tmp/demo.log" 2>&1 || { cat "$tmp/demo.log" >&2; die "demo failed"; }
token="$("$bin" user token --db "$db" --username admin --name soak 2>"$tmp/token.log" | tr -d '[:space:]')"
[[ -n "$token" ]] || { cat "$tmp/token.log" >&2; die "no API token"; }

"$bin" serve --db "$db" --listen "127.0.0.1:$port" --threads "$server_threads" --data-dir "$tmp/data" \
  >"$tmp/access.log" 2>"$tmp/error.log" &
server_pid=$!
for _ in $(seq 600); do
  [[ "$(curl -s -o /dev/null -m 1 -w '%{http_code}' "$base/healthz" || true)" == 200 ]] && break
  sleep 0.1
done
unit="$(curl -s -H "Authorization: Bearer $token" "$base/api/v1/units" |
  python3 -c 'import json,sys; d=json.load(sys.stdin); print(next(u["id"] for u in d["items"] if u["code"]=="PTNMT-LN"))')"
[[ -n "$unit" ]] || die "no unit PTNMT-LN"

first_id=1; last_id=1
if [[ "$writes" == update ]]; then
  [[ "$db" == sqlite:* ]] || die "WRITES=update reads the people's ids from the SQLite file"
  read -r first_id last_id < <(python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(*c.execute("SELECT MIN(id), MAX(id) FROM people").fetchone())' "${db#sqlite:}")
fi

# The SQLite database and its WAL in MB ("-" on PostgreSQL).
files() {
  if [[ "$db" == sqlite:* ]]; then
    local f="${db#sqlite:}"
    awk -v a="$(stat -c %s "$f" 2>/dev/null || echo 0)" -v b="$(stat -c %s "$f-wal" 2>/dev/null || echo 0)" \
      'BEGIN {printf "%.0f / %.1f", a / 1e6, b / 1e6}'
  else
    echo "-"
  fi
}
mem() { awk '/^RssAnon:/ {a=$2} /^VmRSS:/ {r=$2} END {printf "%d / %d", a/1024, r/1024}' "/proc/$server_pid/status"; }
rows=()
start_mem="$(mem)"
for m in $(seq "$minutes"); do
  kill -0 "$server_pid" 2>/dev/null || die "the server died in minute $m"
  date -u +%Y-%m-%dT%H:%M:%S.%3NZ >>"$tmp/marks"
  timeout $((run_seconds + 60)) wrk -t"$wrk_threads" -c"$connections" -d"${run_seconds}s" --timeout 5s --latency -s "$here/soak.lua" "$base" \
    -- "$token" "$unit" "$m" "$writes" "$first_id" "$last_id" "$wrk_threads" >"$tmp/wrk-$m.txt"
  reqs="$(awk '/requests in/ {print $1}' "$tmp/wrk-$m.txt")"
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$tmp/wrk-$m.txt")"
  p50="$(awk '$1 == "50%" {print $2}' "$tmp/wrk-$m.txt")"
  p99="$(awk '$1 == "99%" {print $2}' "$tmp/wrk-$m.txt")"
  non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$tmp/wrk-$m.txt")"
  sock="$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$tmp/wrk-$m.txt")"
  rows+=("| $m | $reqs | $rps | $p50 | $p99 | $(( ${non2xx:-0} + ${sock:-0} )) | $(mem) | $(files) |")
  echo "soak: minute $m: $reqs requests, p99 $p99, errors $(( ${non2xx:-0} + ${sock:-0} ))" >&2
done
error_lines="$(grep -c '"level":"error"' "$tmp/error.log" || true)"

commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
cat <<OUT

## Soak — $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $commit

- $(nproc) CPU, $(awk '/^MemTotal:/ {printf "%.1f GiB RAM", $2 / 1048576}' /proc/meminfo); ${db%%:*}, demo organisation + $people people; server threads $server_threads
- wrk $wrk_threads threads, $connections connections, $minutes × ${run_seconds} s of bench/soak.lua (2 writes ($writes), 8 reads in 10)
- server memory at the start (RssAnon / VmRSS, MiB): $start_mem; error lines in the server's log: $error_lines

| minute | requests | requests/s | p50 | p99 | errors | RssAnon / VmRSS (MiB) | database / WAL (MB) |
|---:|---:|---:|---:|---:|---:|---|---|
OUT
for r in "${rows[@]}"; do echo "$r"; done
echo
echo "Per route, the server's own time (from the access log):"
echo
python3 "$here/soak_routes.py" "$tmp/access.log" "$tmp/marks"
echo
echo "Command: THIDUA_BIN=$bin PEOPLE=$people MINUTES=$minutes CONNECTIONS=$connections WRITES=$writes bash bench/soak.sh"
