#!/usr/bin/env bash
# Dashboard benchmark: a throwaway SQLite database with the demo, $UNITS
# participating units and $PEOPLE people (bench/dashboard_data.py), then wrk on
# GET /api/v1/campaigns/{id}/dashboard?sort=late as the leader (every unit's
# figures are computed for each request: six grouped queries). Prints wrk's
# latency distribution. Builds nothing: set THIDUA_BIN (default build/thidua).
#   THIDUA_BIN [build/thidua]  UNITS [2000]  PEOPLE [100000]  DURATION [10s]
#   CONNECTIONS [4]  SERVER_THREADS [2]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
bin="${THIDUA_BIN:-build/thidua}"
[[ "$bin" = /* ]] || bin="$root/$bin"
units="${UNITS:-2000}"
people="${PEOPLE:-100000}"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/thidua-dash.XXXXXX")"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
db="$tmp/thidua.db"
"$bin" migrate --db "sqlite:$db" >/dev/null 2>&1
"$bin" demo --db "sqlite:$db" --people 0 >/dev/null 2>&1
campaign="$(python3 "$here/dashboard_data.py" "$db" "$units" "$people")"
token="$("$bin" user token --db "sqlite:$db" --username lanhdao --name bench 2>/dev/null | tr -d '[:space:]')"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
"$bin" serve --db "sqlite:$db" --listen "127.0.0.1:$port" --threads "${SERVER_THREADS:-2}" >"$tmp/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 200); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.05; done
url="http://127.0.0.1:$port/api/v1/campaigns/$campaign/dashboard?sort=late&page_size=50"
code="$(curl -s -o "$tmp/probe.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$url")"
[[ "$code" == 200 ]] || { cat "$tmp/probe.json" >&2; echo "bench: dashboard answered $code" >&2; exit 1; }
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); t=d["totals"]; print("units", t["units"], "people", t["people"], "late", t["late_units"])' "$tmp/probe.json"
conns="${CONNECTIONS:-4}"
timeout 120 wrk --latency -t "$(( conns < 2 ? 1 : 2 ))" -c "$conns" -d "${DURATION:-10s}" -H "Authorization: Bearer $token" "$url"
