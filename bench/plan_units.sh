#!/usr/bin/env bash
# A plan of $UNITS participating units (issue 15: a national movement takes in
# every unit): the demo organisation in a throwaway SQLite database, $UNITS
# more units under its root (50 groups, the rest spread under them), all taking
# part in the demo's running plan; then the plan's pages, each requested $TIMES
# times after one unmeasured request, by three accounts: "thuongtruc" (the
# emulation office, here also granted unit_officer on the root: it may submit
# for every unit), "lanhdao" (the leader: sees all) and "canbo" (an officer of
# one district office, which takes part with its own units only).
# Prints a Markdown table of the median and the slowest time per page and
# account (curl's time_total); writes nothing outside its temporary directory.
# Builds nothing: set THIDUA_BIN (default build/thidua).
#
# Environment (defaults in brackets): THIDUA_BIN [build/thidua]  UNITS [50000]  TIMES [20]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
bin="${THIDUA_BIN:-build/thidua}"
[[ "$bin" = /* ]] || bin="$root/$bin"
units="${UNITS:-50000}"
times="${TIMES:-20}"

die() { echo "plan_units: $*" >&2; exit 1; }
[[ -x "$bin" ]] || die "$bin is not an executable; build it first or set THIDUA_BIN"
[[ "$units" =~ ^[0-9]+$ && "$units" -ge 50 ]] || die "UNITS must be a number of at least 50"
[[ "$times" =~ ^[0-9]+$ && "$times" -ge 1 ]] || die "TIMES must be a positive number"
command -v sqlite3 >/dev/null || die "sqlite3 is not installed (apt-get install sqlite3)"
command -v curl >/dev/null || die "curl is not installed"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/thidua-plan-units.XXXXXX")"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
db="$tmp/thidua.db"

echo "plan_units: loading the demo and $units units" >&2
"$bin" demo --db "sqlite:$db" --no-history >"$tmp/demo.log" 2>&1 || { cat "$tmp/demo.log" >&2; die "demo failed"; }
plan="$(sqlite3 "$db" "SELECT id FROM campaigns WHERE state = 'running' ORDER BY id LIMIT 1")"
[[ -n "$plan" ]] || die "the demo has no running plan"
# Ids well above the demo's; each unit's path is its parent's and its id.
sqlite3 "$db" <<SQL
BEGIN;
WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < 50)
INSERT INTO units (id, parent_id, code, name, kind, path, created_at, updated_at)
SELECT 1000000 + i, r.id, 'BENCH-G' || i, 'Khối số ' || i, 'division', r.path || (1000000 + i) || '/',
       '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'
FROM g, (SELECT id, path FROM units WHERE parent_id IS NULL ORDER BY id LIMIT 1) r;
WITH RECURSIVE t(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM t WHERE i < $units - 50)
INSERT INTO units (id, parent_id, code, name, kind, path, created_at, updated_at)
SELECT 2000000 + i, p.id, 'BENCH-T' || i, 'Tổ số ' || i, 'other', p.path || (2000000 + i) || '/',
       '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'
FROM t JOIN units p ON p.id = 1000001 + (i % 50);
INSERT INTO campaign_units (campaign_id, unit_id) SELECT $plan, id FROM units WHERE code LIKE 'BENCH-%';
UPDATE campaigns SET registration_deadline = '2099-12-31', nomination_deadline = '2099-12-31' WHERE id = $plan;
COMMIT;
SQL
root_code="$(sqlite3 "$db" "SELECT code FROM units WHERE parent_id IS NULL ORDER BY id LIMIT 1")"
"$bin" user grant --db "sqlite:$db" --username thuongtruc --role unit_officer --unit "$root_code" >/dev/null
declare -A token
for who in thuongtruc lanhdao canbo; do
  token[$who]="$("$bin" user token --db "sqlite:$db" --username "$who" --name bench 2>/dev/null | tr -d '[:space:]')"
  [[ -n "${token[$who]}" ]] || die "no token for $who"
done
taking_part="$(sqlite3 "$db" "SELECT count(*) FROM campaign_units WHERE campaign_id = $plan")"

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
"$bin" serve --db "sqlite:$db" --listen "127.0.0.1:$port" --threads 2 >"$tmp/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 300); do
  curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/serve.log" >&2; die "the server exited"; }
  sleep 0.1
done

base="/dot-thi-dua/$plan"
pages=("$base/dang-ky" "$base/dang-ky/moi" "$base/de-nghi" "$base/de-nghi/moi" "$base/kho-khan"
       "$base/ke-hoach-don-vi")
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo
echo "## A plan of $taking_part participating units — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo
echo "- commit $commit; $(nproc) CPU; SQLite; \`UNITS=$units TIMES=$times bash bench/plan_units.sh\`"
echo "- each page $times times after one unmeasured request; median / slowest, milliseconds"
echo
echo "| page | thuongtruc | lanhdao | canbo |"
echo "|---|---:|---:|---:|"
for page in "${pages[@]}"; do
  row="| \`${page#"$base"}\` |"
  for who in thuongtruc lanhdao canbo; do
    url="http://127.0.0.1:$port$page"
    curl -s -o /dev/null -H "Authorization: Bearer ${token[$who]}" "$url"
    code="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${token[$who]}" "$url")"
    samples="$(for _ in $(seq "$times"); do
      curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer ${token[$who]}" "$url"
    done | sort -n)"
    median="$(awk '{ v[NR] = $1 } END { printf "%.1f", 1000 * v[int((NR + 1) / 2)] }' <<<"$samples")"
    slowest="$(awk '{ m = $1 } END { printf "%.1f", 1000 * m }' <<<"$samples")"
    row+=" $median / $slowest ($code) |"
  done
  echo "$row"
done
