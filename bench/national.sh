#!/usr/bin/env bash
# National-scale benchmark on PostgreSQL (issue 15): a throwaway PostgreSQL
# (scripts/pg-throwaway.sh, 127.0.0.1 only) loaded by bench/national_data.py
# with COPY — 20 ministries and central agencies and 34 provinces as top units
# (about 52,000 units), 2.5 million people, 10 years of ratings (about 21
# million) and of the award register (about 30 million), their facts — scaled
# by SCALE; then ANALYZE, accounts and tokens by `thidua user`, `thidua serve`
# on 1 and on 2 servers (two processes on one database, both driven by one wrk
# whose threads are bound to either port, bench/national.lua), measured with
# wrk --latency:
#   search    GET /api/v1/people?q=...            (national account: every top unit)
#   person    GET /nhan-su/{id}                   (the person's page: memberships, ratings, facts, all awards)
#   register  GET /api/v1/awards?unit_id=&year=   (the register by unit and year)
#   summary   GET /api/v1/fairness?unit_id=&from_year=&to_year=  (a ministry, 10 years)
#   write     POST /api/v1/people                 (a unit officer of the ministry)
#   eligible  GET /api/v1/eligibility?award=LDTT&year=&unit_id=  ("eligible now", the ~100,000-person ministry)
# plus one GET /khen-thuong (the register's HTML page), EXPLAIN (ANALYZE,
# BUFFERS) of the SQL behind each route (bench/national_data.py writes it from
# src/store with the run's ids) with the plans of those over EXPLAIN_MS, the
# statements pg_stat_statements saw most of per route, and checks: the
# counters of migration 070 against their recount, and the folded names and
# sort keys of people created over HTTP against the loaded ones.
# Prints a Markdown report to stdout, progress to stderr; writes nothing outside
# its temporary directory (and the throwaway PostgreSQL's, in $TMPDIR). Builds
# nothing. See bench/README.md. Environment (defaults in brackets):
#   THIDUA_BIN [build/thidua]  SCALE [0.01: 25,000 people; 1 = national]  LAST_YEAR [last year]
#   SERVERS ["1 2"]  SERVER_THREADS [nproc]  CONNECTIONS [16]  WRITE_CONNECTIONS [8]  HEAVY_CONNECTIONS [1 per server]
#   DURATION [10s]  HEAVY_DURATION [DURATION]  WARMUP [2s]  ROUTES ["search person register summary write eligible"]
#   PG_SHARED_BUFFERS [1GB]  MAINTENANCE_WORK_MEM [1GB]  EXPLAIN_MS [10]  KEEP_TMP [unset]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
abs() { if [[ "$1" = /* ]]; then echo "$1"; else echo "$root/$1"; fi; }
bin="$(abs "${THIDUA_BIN:-build/thidua}")"
scale="${SCALE:-0.01}"
last_year="${LAST_YEAR:-$(( $(date +%Y) - 1 ))}"
servers_list="${SERVERS:-1 2}"
server_threads="${SERVER_THREADS:-$(nproc)}"
connections="${CONNECTIONS:-16}"
write_connections="${WRITE_CONNECTIONS:-8}"
heavy_connections="${HEAVY_CONNECTIONS:-1}"
duration="${DURATION:-10s}"
heavy_duration="${HEAVY_DURATION:-$duration}"
warmup="${WARMUP:-2s}"
routes="${ROUTES:-search person register summary write eligible}"
shared_buffers="${PG_SHARED_BUFFERS:-1GB}"
maintenance_work_mem="${MAINTENANCE_WORK_MEM:-1GB}"
explain_ms="${EXPLAIN_MS:-10}"
heavy_max="${HEAVY_MAX:-600}"

die() { echo "national: $*" >&2; exit 1; }
say() { echo "national: $*" >&2; }

[[ -x "$bin" ]] || die "$bin is not an executable; build it first or set THIDUA_BIN"
for tool in wrk curl python3 psql timeout; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
[[ "$scale" =~ ^[0-9]*\.?[0-9]+$ ]] || die "SCALE must be a number such as 0.01"
for v in server_threads connections write_connections heavy_connections explain_ms last_year heavy_max; do
  [[ "${!v}" =~ ^[0-9]+$ ]] || die "${v^^} must be a whole number"
done
for v in duration heavy_duration warmup; do
  [[ "${!v}" =~ ^[0-9]+[smh]?$ ]] || die "${v^^} must look like 10s"
done
for n in $servers_list; do [[ "$n" == 1 || "$n" == 2 ]] || die "SERVERS holds 1 and/or 2"; done

run_start=$(date +%s%N)
tmp="$(mktemp -d "${TMPDIR:-/tmp}/thidua-national.XXXXXX")"
declare -A server_pid=()
pg_started=""
# shellcheck source=../scripts/pg-throwaway.sh
source "$root/scripts/pg-throwaway.sh"

stop_server() {
  local pid="$1"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local p
  for p in "${server_pid[@]}"; do stop_server "$p"; done
  if [[ -n "$pg_started" ]]; then pg_throwaway_stop; fi
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
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
as_owner() { if [[ "$(id -u)" -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
commands=()
quoted() {
  local a out=""
  for a in "$@"; do
    if [[ "$a" =~ ^[][A-Za-z0-9_./:=@%^,+-]+$ ]]; then out+="$a "; else out+="'${a//\'/\'\\\'\'}' "; fi
  done
  echo "${out% }"
}
run() {  # records and runs a command; output in $tmp/NAME.log
  local name="$1"; shift
  commands+=("$(quoted "$@")")
  "$@" >"$tmp/$name.log" 2>&1 || { tail -n 40 "$tmp/$name.log" >&2; die "'$*' failed"; }
}
load_start="$(loadavg)"

# ---- PostgreSQL --------------------------------------------------------------
say "starting a throwaway PostgreSQL (scripts/pg-throwaway.sh)"
pg_throwaway_start || die "could not start PostgreSQL"
pg_started=1
admin_url="$THIDUA_TEST_PG_URL"
pg_version="$(psql -X -At "$admin_url" -c 'SHOW server_version')"
# Bulk-load and measurement settings for this throwaway server only: no WAL for
# tables emptied in the loading transaction (wal_level = minimal), few
# checkpoints, the statements' statistics (pg_stat_statements).
psql -X -q "$admin_url" >/dev/null <<SQL
ALTER SYSTEM SET wal_level = 'minimal';
ALTER SYSTEM SET max_wal_senders = 0;
ALTER SYSTEM SET max_wal_size = '16GB';
ALTER SYSTEM SET checkpoint_timeout = '30min';
ALTER SYSTEM SET shared_buffers = '$shared_buffers';
ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements';
ALTER SYSTEM SET pg_stat_statements.max = 10000;
SQL
as_owner "$PG_THROWAWAY_BINDIR/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -l "$PG_THROWAWAY_DIR/server.log" -w -t 120 \
  restart >/dev/null || { tail -n 20 "$PG_THROWAWAY_DIR/server.log" >&2; die "PostgreSQL did not restart"; }
psql -X -q "$admin_url" -c "CREATE DATABASE thidua" >/dev/null
db="${admin_url%/*}/thidua"
pg_settings="$(psql -X -At "$db" -c "SELECT string_agg(name || ' = ' || setting || COALESCE(unit, ''), ', ' ORDER BY name) FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'wal_level', 'max_wal_size', 'random_page_cost', 'effective_cache_size', 'max_connections', 'fsync', 'synchronous_commit', 'jit')")"

# ---- data ----------------------------------------------------------------------
say "migrating, then loading SCALE=$scale (this is the long part at SCALE=1)"
t0=$(date +%s%N)
run migrate "$bin" migrate --db "$db"
migrate_ms=$(ms_since "$t0")
mkdir -p "$tmp/req"
t0=$(date +%s%N)
commands+=("python3 bench/national_data.py load --scale $scale --last-year $last_year --out REQ | psql -X -q -v ON_ERROR_STOP=1 $db -f -")
python3 "$here/national_data.py" load --scale "$scale" --last-year "$last_year" --out "$tmp/req" \
    --maintenance-work-mem "$maintenance_work_mem" 2>"$tmp/generate.log" |
  psql -X -q -v ON_ERROR_STOP=1 "$db" -f - >"$tmp/load.out" 2>"$tmp/load.err" ||
  { tail -n 20 "$tmp/generate.log" "$tmp/load.err" >&2; die "loading failed"; }
load_ms=$(ms_since "$t0")
t0=$(date +%s%N)
run analyze psql -X -q -v ON_ERROR_STOP=1 "$db" -c "VACUUM (ANALYZE)"
analyze_ms=$(ms_since "$t0")
facts="$tmp/req/facts.json"
fact() { python3 -c 'import json, sys; v = json.load(open(sys.argv[1])); [v := v[k] for k in sys.argv[2].split(".")]; print(v)' "$facts" "$1"; }
db_size="$(psql -X -At "$db" -c "SELECT pg_size_pretty(pg_database_size(current_database()))")"
psql -X -At -F $'\t' "$db" -c "SELECT relname, round(pg_table_size(relid) / 1048576.0, 1),
  round(pg_indexes_size(relid) / 1048576.0, 1) FROM pg_stat_user_tables" >"$tmp/sizes.tsv"

# ---- accounts --------------------------------------------------------------------
# bench_tw: the central emulation board's secretariat, granted on every top
# unit (reads people, results and the fairness figures everywhere);
# bench_canbo: a unit officer of another ministry (adds its people, so that
# the "eligible now" ministry keeps its own).
say "accounts and tokens"
t0=$(date +%s%N)
mapfile -t root_codes < <(python3 -c 'import json, sys; [print(r["code"]) for r in json.load(open(sys.argv[1]))["roots"]]' "$facts")
write_code=$(fact write_ministry.code)
run user_tw "$bin" user add --db "$db" --username bench_tw --name "Ban Thi đua - Khen thưởng Trung ương" \
  --role secretariat --unit "${root_codes[0]}"
for code in "${root_codes[@]:1}"; do
  "$bin" user grant --db "$db" --username bench_tw --role secretariat --unit "$code" >>"$tmp/grants.log" 2>&1 ||
    { tail -n 5 "$tmp/grants.log" >&2; die "user grant $code failed"; }
done
commands+=("$bin user grant --db $db --username bench_tw --role secretariat --unit CODE   # for each of the other $(( ${#root_codes[@]} - 1 )) top units")
run user_canbo "$bin" user add --db "$db" --username bench_canbo --name "Cán bộ phụ trách thi đua" \
  --role unit_officer --unit "$write_code"
token_of() { "$bin" user token --db "$db" --username "$1" --name bench 2>"$tmp/token.log" | tail -n 1 | tr -d '[:space:]'; }
tw_token="$(token_of bench_tw)"
canbo_token="$(token_of bench_canbo)"
for u in bench_tw bench_canbo; do commands+=("$bin user token --db $db --username $u --name bench"); done
[[ -n "$tw_token" && -n "$canbo_token" ]] || { cat "$tmp/token.log" >&2; die "no API token"; }
accounts_ms=$(ms_since "$t0")
psql -X -q "$db" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null

# ---- servers ---------------------------------------------------------------------
declare -A server_port=() startup_ms=()
start_server() {  # start_server N: the Nth server on its own port, same database
  local n="$1" port
  port="$(free_port)"
  mkdir -p "$tmp/data$n"
  commands+=("$bin serve --db $db --listen 127.0.0.1:$port --threads $server_threads --data-dir DATA$n")
  local t0; t0=$(date +%s%N)
  "$bin" serve --db "$db" --listen "127.0.0.1:$port" --threads "$server_threads" --data-dir "$tmp/data$n" \
    >"$tmp/serve$n.log" 2>&1 &
  server_pid[$n]=$!
  server_port[$n]=$port
  for _ in $(seq 1 600); do
    kill -0 "${server_pid[$n]}" 2>/dev/null || { tail -n 20 "$tmp/serve$n.log" >&2; die "server $n exited during start-up"; }
    if curl -sf -o /dev/null -m 1 "http://127.0.0.1:$port/healthz"; then startup_ms[$n]=$(ms_since "$t0"); return 0; fi
    sleep 0.05
  done
  die "no 200 from /healthz of server $n within 30 s"
}
say "starting server 1"
start_server 1
base="http://127.0.0.1:${server_port[1]}"

token_for() { if [[ "$1" == write ]]; then echo "$canbo_token"; else echo "$tw_token"; fi; }
file_for() { echo "$tmp/req/$1.txt"; }

# Each route answers as expected before it is measured (a wrong token, route or
# id must stop the run, not be benchmarked).
probe() {
  local r="$1" line method path body code
  line="$(head -n 1 "$(file_for "$r")")"
  method="${line%% *}"; path="${line#* }"; body=""
  if [[ "$method" == POST ]]; then body="${path#* }"; path="${path%% *}"; fi
  local t0; t0=$(date +%s%N)
  if [[ "$method" == POST ]]; then
    code="$(curl -s -o "$tmp/probe-$r.out" -m 300 -w '%{http_code}' -H "Authorization: Bearer $(token_for "$r")" \
      -H 'Content-Type: application/json' -d "$body" "$base$path" || true)"
  else
    code="$(curl -s -o "$tmp/probe-$r.out" -m 300 -w '%{http_code}' -H "Authorization: Bearer $(token_for "$r")" "$base$path" || true)"
  fi
  probe_ms[$r]=$(ms_since "$t0")
  [[ "$code" == 200 || "$code" == 201 ]] || { head -c 600 "$tmp/probe-$r.out" >&2; echo >&2; die "$method $path returned $code"; }
  probe_bytes[$r]=$(stat -c %s "$tmp/probe-$r.out")
}
declare -A probe_ms=() probe_bytes=()
for r in $routes; do probe "$r"; done
if [[ " $routes " == *" person "* ]]; then
  grep -q "Lao động tiên tiến\|Giấy khen" "$tmp/probe-person.out" || die "the person page shows no award"
  person_awards=$(grep -o "Lao động tiên tiến\|Chiến sĩ thi đua\|Giấy khen\|Bằng khen\|Huân chương" "$tmp/probe-person.out" | wc -l)
fi
if [[ " $routes " == *" eligible "* ]]; then
  eligible_counts="$(python3 -c 'import json, sys; c = json.load(open(sys.argv[1]))["counts"]; print("met %d, not met %d, missing %d" % (c["met"], c["not_met"], c["missing"]))' "$tmp/probe-eligible.out")"
fi

# wrk_run NAME SERVERS CONNECTIONS DURATION TIMEOUT ROUTE: one bounded wrk run.
declare -A rps=() p50=() p90=() p99=() p999=() maxl=() reqs=() errors=() elapsed=() conns=()
wrk_run() {
  local name="$1" n="$2" c="$3" d="$4" to="$5" r="$6" ports="" t
  if (( n == 1 )); then t=$(( c < 2 ? c : 2 )); else t=2; ports="${server_port[1]},${server_port[2]}"; fi
  (( c >= t )) || c=$t
  local args=(wrk --latency --timeout "$to" -t"$t" -c"$c" -d"$d" -s "$here/national.lua" "$base" -- "$(token_for "$r")" "$(file_for "$r")" "$t")
  commands+=("$( [[ -n "$ports" ]] && echo "WRK_PORTS=$ports ")$(quoted "${args[@]}")")
  WRK_PORTS="$ports" timeout $(( $(to_seconds "$d") + $(to_seconds "$to") + 60 )) "${args[@]}" >"$tmp/wrk-$name.txt" 2>&1 ||
    { cat "$tmp/wrk-$name.txt" >&2; die "wrk $name failed"; }
  local f="$tmp/wrk-$name.txt"
  conns[$name]=$c
  rps[$name]="$(awk '/^Requests\/sec:/ {printf "%.1f", $2}' "$f")"
  p50[$name]="$(awk '$1 == "50%" {print $2}' "$f")"
  p90[$name]="$(awk '$1 == "90%" {print $2}' "$f")"
  p99[$name]="$(awk '$1 == "99%" {print $2}' "$f")"
  p999[$name]="$(awk '/^p99.9:/ {print $2}' "$f")"
  maxl[$name]="$(awk '$1 == "Latency" {print $4; exit}' "$f")"
  reqs[$name]="$(awk '/requests in/ {print $1}' "$f")"
  elapsed[$name]="$(awk '/requests in/ {gsub(/[s,]/, "", $4); print $4}' "$f")"
  local non2xx socket unexpected
  non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$f")"
  unexpected="$(awk '/^unexpected status:/ {print $3 " " $4 " " $5}' "$f")"
  socket="$(awk '/Socket errors:/ {gsub(",", ""); print "connect " $4 ", read " $6 ", write " $8 ", timeout " $10}' "$f")"
  errors[$name]="${non2xx:-0} non-2xx; unexpected ${unexpected:-?}${socket:+; $socket}"
}

# The statements the database spent most time on during a run.
declare -A top_sql=()
top_statements() {
  psql -X -At -F $'\t' "$db" -c "
    WITH s AS (SELECT calls, total_exec_time, max_exec_time, mean_exec_time, query FROM pg_stat_statements
               WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                 AND query NOT LIKE '%pg_stat_statements%'),
         t AS (SELECT sum(total_exec_time) AS all_ms FROM s)
    SELECT calls, round(mean_exec_time::numeric, 2), round(max_exec_time::numeric, 1),
           round((100 * total_exec_time / NULLIF(all_ms, 0))::numeric, 0),
           left(regexp_replace(query, '\s+', ' ', 'g'), 160)
    FROM s, t ORDER BY total_exec_time DESC LIMIT 4"
}

p_before=$(psql -X -At "$db" -c "SELECT COALESCE(MAX(id), 0) FROM people")
declare -A created=()
for n in $servers_list; do
  if (( n == 2 )) && [[ -z "${server_pid[2]:-}" ]]; then say "starting server 2"; start_server 2; fi
  for r in $routes; do
    case "$r" in
      summary|eligible)
        # At least about three requests per connection, whatever one costs
        # (the probe's time), at most HEAVY_MAX seconds.
        c=$(( heavy_connections * n ))
        hs=$(to_seconds "$heavy_duration")
        (( hs >= 3 * ${probe_ms[$r]} / 1000 + 1 )) || hs=$(( 3 * ${probe_ms[$r]} / 1000 + 1 ))
        d="$(( hs < heavy_max ? hs : heavy_max ))s"; to=600s ;;
      write) c="$write_connections"; d="$duration"; to=30s ;;
      *) c="$connections"; d="$duration"; to=30s ;;
    esac
    # No warm-up for the heavy routes (the probe ran them once; an abandoned
    # request would keep the heavy-work pool busy) nor for the writes.
    if [[ "$warmup" != 0 && "$warmup" != 0s && " search person register " == *" $r "* ]]; then
      say "$r on $n server(s): warm-up $warmup"
      wrk_run "warm-$r-$n" "$n" "$c" "$warmup" "$to" "$r"
    fi
    if (( n == ${servers_list%% *} )); then psql -X -q -At "$db" -c "SELECT pg_stat_statements_reset()" >/dev/null; fi
    if [[ "$r" == write ]]; then w_before=$(psql -X -At "$db" -c "SELECT count(*) FROM people WHERE id > $p_before"); fi
    say "$r on $n server(s): wrk -c$c for $d"
    wrk_run "$r-$n" "$n" "$c" "$d" "$to" "$r"
    if [[ "$r" == write ]]; then
      w_after=$(psql -X -At "$db" -c "SELECT count(*) FROM people WHERE id > $p_before")
      created[$n]=$(( w_after - w_before ))
    fi
    if (( n == ${servers_list%% *} )); then top_sql[$r]="$(top_statements)"; fi
  done
done
for n in $servers_list; do
  kill -0 "${server_pid[$n]}" 2>/dev/null || die "server $n died during the run"
done

# Each search query alone: how many people it matches here and at SCALE=1, the
# plan store::list_people picks for it for a first page (walk the name order
# testing each folded name when matches >= max(500, sqrt(51 x people / 20)),
# people being everyone for the national account; else the name index), and
# its time (median of three requests, server 1, nothing else running).
search_rows=()
if [[ " $routes " == *" search "* ]]; then
  people_now=$(psql -X -At "$db" -c "SELECT COALESCE(SUM(people), 0) FROM unit_path_people")
  dense_now=$(awk -v n="$people_now" 'BEGIN {t = sqrt(51 * n / 20); t = (t == int(t)) ? t : int(t) + 1; print (t < 500 ? 500 : t)}')
  dense_1=$(awk -v n="$people_now" -v s="$scale" 'BEGIN {t = sqrt(51 * n / s / 20); t = (t == int(t)) ? t : int(t) + 1; print (t < 500 ? 500 : t)}')
  while IFS=$'\t' read -r shown folded upper path; do
    matches=$(psql -X -At "$db" -c "SELECT count(*) FROM person_name_index WHERE suffix >= '$folded' AND suffix < '$upper'")
    at1=$(awk -v m="$matches" -v s="$scale" 'BEGIN {printf "%d", m / s}')
    times=()
    for _ in 1 2 3; do
      times+=("$(curl -s -o /dev/null -m 120 -w '%{time_total}' -H "Authorization: Bearer $tw_token" "$base$path")")
    done
    med=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p | awk '{printf "%.1f", $1 * 1000}')
    plan_now="name index"; (( matches >= dense_now )) && plan_now="name order"
    plan_1="name index"; (( at1 >= dense_1 )) && plan_1="name order"
    search_rows+=("| $shown | $matches | $plan_now | $at1 | $plan_1 | $med |")
  done <"$tmp/req/search_terms.tsv"
fi

# The register's HTML page once (it also lists every visible unit for its filter).
t0=$(date +%s%N)
reg_line="$(head -n 1 "$tmp/req/register.txt")"; reg_q="${reg_line#*\?}"
html_code="$(curl -s -o "$tmp/khen-thuong.html" -m 300 -w '%{http_code}' -H "Authorization: Bearer $tw_token" \
  "$base/khen-thuong?don-vi=$(sed 's/.*unit_id=\([0-9]*\).*/\1/' <<<"$reg_q")&nam=$(sed 's/.*year=\([0-9]*\).*/\1/' <<<"$reg_q")" || true)"
html_ms=$(ms_since "$t0")
html_kb=$(( $(stat -c %s "$tmp/khen-thuong.html") / 1024 ))
html_options=$(grep -o '<option' "$tmp/khen-thuong.html" | wc -l)

declare -A hwm=()
for n in "${!server_pid[@]}"; do hwm[$n]="$(awk '/^VmHWM:/ {print int($2 / 1024)}' "/proc/${server_pid[$n]}/status") MiB"; done
for n in "${!server_pid[@]}"; do stop_server "${server_pid[$n]}"; done
server_pid=()

# ---- checks ------------------------------------------------------------------------
say "checks: counters against their recount, folded names of the people created over HTTP"
drift=$(psql -X -At "$db" -c "SELECT count(*) FROM counter_drift")
name_check="no write run"
if [[ " $routes " == *" write "* ]]; then
  psql -X -At -F $'\t' "$db" -c "SELECT p.full_name, p.name_folded, p.sort_key, string_agg(i.suffix, '|')
      FROM people p JOIN person_name_index i ON i.person_id = p.id WHERE p.id > $p_before GROUP BY p.id" >"$tmp/http-names.tsv"
  py_check="$(python3 "$here/national_data.py" check-names "$tmp/http-names.tsv" | tail -n 1)" || py_check="$py_check (DIFFERENCES: see KEEP_TMP=1)"
  sql_check="$(psql -X -At -F ' ' "$db" -c "
    WITH h AS (SELECT id, full_name, name_folded, sort_key FROM people WHERE id > $p_before),
         g AS (SELECT DISTINCT ON (full_name) id, full_name, name_folded, sort_key FROM people
               WHERE id <= $p_before AND full_name IN (SELECT full_name FROM h) ORDER BY full_name, id),
         pairs AS (SELECT h.id AS hid, g.id AS gid, h.name_folded <> g.name_folded OR h.sort_key <> g.sort_key AS differ
                   FROM h JOIN g USING (full_name))
    SELECT count(*), count(*) FILTER (WHERE differ),
           count(*) FILTER (WHERE (SELECT string_agg(suffix, '|' ORDER BY suffix) FROM person_name_index WHERE person_id = hid)
                               IS DISTINCT FROM (SELECT string_agg(suffix, '|' ORDER BY suffix) FROM person_name_index WHERE person_id = gid))
    FROM pairs")"
  read -r pairs differ suffix_differ <<<"$sql_check"
  name_check="python (core::fold, core::name_sort_key, core::name_search_suffixes reimplemented): $py_check; in SQL, $pairs people created over HTTP paired with a loaded person of the same name: $differ differ in name_folded or sort_key, $suffix_differ in their person_name_index rows"
fi

# ---- EXPLAIN -----------------------------------------------------------------------
say "EXPLAIN (ANALYZE, BUFFERS) of the routes' SQL"
explain_rows=()
explain_plans=()
i=0
while IFS=$'\t' read -r route label sql; do
  i=$((i + 1))
  if [[ " $routes " != *" $route "* ]]; then continue; fi
  # A plain EXPLAIN first, in the same session, so that the measured one does
  # not pay for a new session's catalogue lookups (the server's connections are
  # long-lived); the INSERT is rolled back.
  {
    [[ "$sql" == INSERT* ]] && echo "BEGIN;"
    # (the INSERT is run once before, so that its triggers' functions are compiled)
    warm="EXPLAIN"; [[ "$sql" == INSERT* ]] && warm="EXPLAIN (ANALYZE)"
    echo "SET statement_timeout = '15min';"
    echo "SET jit = off;"  # as thidua's own sessions (store/postgres/pg_connection.cc)
    printf '%s %s;\nSELECT %s;\nEXPLAIN (ANALYZE, BUFFERS) %s;\n' "$warm" "$sql" "'----8<----'" "$sql"
    [[ "$sql" == INSERT* ]] && echo "ROLLBACK;"
  } | psql -X -q -At "$db" >"$tmp/explain-$i.raw" 2>&1 || true
  if grep -q -- '----8<----' "$tmp/explain-$i.raw"; then
    sed '1,/----8<----/d' "$tmp/explain-$i.raw" >"$tmp/explain-$i.txt"
  else
    cp "$tmp/explain-$i.raw" "$tmp/explain-$i.txt"
  fi
  exec_ms="$(awk '/^Execution Time:/ {print $3}' "$tmp/explain-$i.txt")"
  plan_ms="$(awk '/^Planning Time:/ {print $3}' "$tmp/explain-$i.txt")"
  buffers="$(awk '/Buffers:/ {sub(/^ *Buffers: */, ""); print; exit}' "$tmp/explain-$i.txt")"
  top="$(awk 'NR == 1 {sub(/^ *(->)? */, ""); sub(/  \(cost=.*/, ""); print; exit}' "$tmp/explain-$i.txt")"
  if [[ -z "$exec_ms" ]]; then exec_ms="error"; fi
  explain_rows+=("| $route | $label | ${exec_ms} | ${plan_ms:-–} | ${buffers:-–} | $top |")
  if [[ "$exec_ms" != error ]] && awk -v t="$exec_ms" -v lim="$explain_ms" 'BEGIN {exit !(t > lim)}'; then
    explain_plans+=("$i|$route|$label|$exec_ms")
  elif [[ "$exec_ms" == error ]]; then
    explain_plans+=("$i|$route|$label|error")
  fi
done <"$tmp/req/explain.tsv"
commands+=("psql $db -c 'EXPLAIN (ANALYZE, BUFFERS) ...'   # each statement of REQ/explain.tsv")

# ---- report --------------------------------------------------------------------------
total_ms=$(ms_since "$run_start")
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
cpu="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)"
label_of() {
  case "$1" in
    search) echo "people search GET /api/v1/people?q=… (30 queries, national account)" ;;
    person) echo "person page GET /nhan-su/{id} (memberships, ratings, facts, all awards)" ;;
    register) echo "award register GET /api/v1/awards?unit_id=&year= (level-2 units × years)" ;;
    summary) echo "ministry summary GET /api/v1/fairness?unit_id=MINISTRY&from_year=$(fact first_year)&to_year=$last_year" ;;
    write) echo "write POST /api/v1/people (unit officer of $(fact write_ministry.name))" ;;
    eligible) echo "eligible now GET /api/v1/eligibility?award=LDTT&year=$last_year&unit_id=$(fact ministry.id) ($(fact ministry.people) people)" ;;
  esac
}

cat <<EOF

## National-scale benchmark on PostgreSQL — $(date -u +%Y-%m-%dT%H:%M:%SZ)

- commit $commit; $(nproc) CPU ${cpu:+($cpu)}; $(awk '/^MemTotal:/ {printf "%.1f GiB RAM", $2 / 1048576}' /proc/meminfo)
- load average (1, 5, 15 min): $load_start at the start, $(loadavg) at the end
- PostgreSQL $pg_version (throwaway, 127.0.0.1): $pg_settings; database $db_size after loading
- SCALE=$scale, years $(fact first_year)–$last_year; servers: \`thidua serve --threads $server_threads\`, $servers_list; wrk: $connections connections (write $write_connections, heavy routes $heavy_connections per server), $duration per run ($heavy_duration for the heavy ones), warm-up $warmup
- **total run time $(( total_ms / 1000 )) s**

### Data

| table | rows | table MiB | indexes MiB |
|---|---:|---:|---:|
EOF
python3 - "$facts" "$tmp/sizes.tsv" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))["counts"]
c["memberships"] = c["people"]
sizes = {}
for line in open(sys.argv[2], encoding="utf-8"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) == 3:
        sizes[parts[0]] = parts[1:]
for k in ["units", "people", "person_name_index", "memberships", "person_evaluations", "person_discipline",
          "person_absences", "recognised_initiatives", "recognised_initiative_authors", "awards", "unit_evaluations",
          "agency_fact_years", "unit_path_people"]:
    extra = ""
    if k == "awards":
        extra = " (%s individual, %s collective)" % (format(c["awards_individual"], ",d"), format(c["awards_collective"], ",d"))
    t, i = sizes.get(k, ["", ""])
    print("| %s | %s%s | %s | %s |" % (k, format(c[k], ",d") if k in c else "", extra, t, i))
PY
cat <<EOF

Top units: $(python3 -c 'import json, sys; r = json.load(open(sys.argv[1]))["roots"]; print("%d ministries and central agencies (%s people), %d provinces (%s people)" % (sum(1 for x in r if x["kind"] == "ministry"), format(sum(x["people"] for x in r if x["kind"] == "ministry"), ",d"), sum(1 for x in r if x["kind"] == "province"), format(sum(x["people"] for x in r if x["kind"] == "province"), ",d")))' "$facts"); the ministry measured: $(fact ministry.name), $(fact ministry.people) people; the largest province: $(fact province.name), $(fact province.people) people.

### Load

| step | time | rows | rows/s |
|---|---:|---:|---:|
| \`thidua migrate\` | ${migrate_ms} ms | | |
EOF
load_table() {  # the steps between the marks the load script selected
  python3 - "$tmp/load.out" <<'PY'
import datetime, sys
marks = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.startswith("mark\t")]
steps = []
for (_, _, _, a), (_, step, rows, b) in zip(marks, marks[1:]):
    ms = int((datetime.datetime.fromisoformat(b) - datetime.datetime.fromisoformat(a)).total_seconds() * 1000)
    steps.append((step, ms, int(rows)))
ix = [s for s in steps if s[0].startswith("index ")]
fk = [s for s in steps if s[0].startswith("fk ")]
for step, ms, rows in steps:
    if step.startswith(("index ", "fk ")):
        continue
    rate = format(rows * 1000 // ms, ",d") if rows and ms else ""
    print("| %s | %s ms | %s | %s |" % (step, format(ms, ",d"), format(rows, ",d") if rows else "", rate))
print("| %d secondary indexes recreated | %s ms | | |" % (len(ix), format(sum(s[1] for s in ix), ",d")))
print("| %d foreign keys re-added (validated) | %s ms | | |" % (len(fk), format(sum(s[1] for s in fk), ",d")))
slow = sorted(ix + fk, key=lambda s: -s[1])[:6]
with open(sys.argv[1] + ".slow", "w", encoding="utf-8") as f:
    for step, ms, _ in slow:
        f.write("- %s: %s ms\n" % (step, format(ms, ",d")))
PY
}
load_table
cat <<EOF
| whole load (generation, COPY, indexes, keys; one transaction) | ${load_ms} ms | | |
| of which bench/national_data.py: wall / CPU | $(awk '{printf "%d / %d ms", $1 * 1000, $2 * 1000}' "$tmp/req/generator_time") | | |
| \`VACUUM (ANALYZE)\` | ${analyze_ms} ms | | |
| accounts: \`thidua user add\` ×2, \`user grant\` ×$(( ${#root_codes[@]} - 1 )), \`user token\` ×2 | ${accounts_ms} ms | | |

Slowest index builds and key validations:

$(cat "$tmp/load.out.slow")

### Routes

Start-up (launch to the first 200 on /healthz): $(for n in "${!startup_ms[@]}"; do printf 'server %s %s ms; ' "$n" "${startup_ms[$n]}"; done) peak resident set (VmHWM): $(for n in "${!hwm[@]}"; do printf 'server %s %s; ' "$n" "${hwm[$n]}"; done)

| route | servers | connections | requests | requests/s | p50 | p90 | p99 | p99.9 | max | errors |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
EOF
for r in $routes; do
  for n in $servers_list; do
    k="$r-$n"
    echo "| $(label_of "$r") | $n | ${conns[$k]} | ${reqs[$k]} | ${rps[$k]} | ${p50[$k]} | ${p90[$k]} | ${p99[$k]} | ${p999[$k]:-–} | ${maxl[$k]} | ${errors[$k]} |"
  done
done
cat <<EOF

First request of each route (curl, before any warm-up): $(for r in $routes; do printf '%s %s ms (%s bytes); ' "$r" "${probe_ms[$r]}" "${probe_bytes[$r]}"; done)
EOF
if [[ " $routes " == *" write "* ]]; then
  echo
  echo -n "Write path: "
  for n in $servers_list; do
    echo -n "$n server(s): ${created[$n]:-0} people created in ${elapsed[write-$n]} s = $(awk -v a="${created[$n]:-0}" -v t="${elapsed[write-$n]}" 'BEGIN {printf "%.0f", a / t}') people/s; "
  done
  echo
fi
[[ -n "${person_awards:-}" ]] && echo && echo "The person page probed (/nhan-su/$(fact person)) lists $person_awards award entries."
[[ -n "${eligible_counts:-}" ]] && echo && echo "Eligible now (LĐTT $last_year, $(fact ministry.name)): $eligible_counts."
cat <<EOF

$(if (( ${#search_rows[@]} )); then
  echo "Each search query alone (server 1; plan: what store::list_people picks for a first page: the name-order walk from $dense_now name-index matches here, $dense_1 at SCALE=1):"
  echo
  echo "| query | matches | plan | matches at SCALE=1 (estimated) | plan at SCALE=1 | median of 3, ms |"
  echo "|---|---:|---|---:|---|---:|"
  printf '%s\n' "${search_rows[@]}"
fi)

The register's HTML page \`GET /khen-thuong?don-vi=…&nam=…\` once: HTTP $html_code, $html_ms ms, $html_kb KiB, $html_options \`<option>\` elements (its unit filter lists the upper levels of the units the account sees when they are more than 500).

### Where the database spent its time (pg_stat_statements, first server count's run of each route)

EOF
for r in $routes; do
  echo "**$r** — calls, mean ms, max ms, share of the run's database time, statement:"
  echo
  echo '```'
  echo "${top_sql[$r]:-}" | awk -F'\t' 'NF >= 5 {printf "%8s %9s %9s %4s%%  %s\n", $1, $2, $3, $4, $5}'
  echo '```'
  echo
done
cat <<EOF
### EXPLAIN (ANALYZE, BUFFERS) of the SQL behind each route

The statements of src/store the routes run (bench/national_data.py writes them with this run's ids; the
national account's scope is every top unit, as the server passes it), run once each after the HTTP runs.

| route | statement | execution ms | planning ms | buffers (top node) | top node |
|---|---|---:|---:|---|---|
EOF
printf '%s\n' "${explain_rows[@]}"
echo
if (( ${#explain_plans[@]} == 0 )); then
  echo "No statement took more than $explain_ms ms."
else
  echo "Plans of the statements over $explain_ms ms:"
  for e in "${explain_plans[@]}"; do
    IFS='|' read -r i route label ms <<<"$e"
    echo
    echo "**$route — $label** ($ms ms)"
    echo
    echo '```'
    python3 "$here/national_data.py" abbreviate-plan <"$tmp/explain-$i.txt"
    echo
    echo '```'
  done
fi
cat <<EOF

### Checks

- counter_drift (migration 091: unit_path_people against its recount): $drift rows (must be 0)
- folded names: $name_check
- foreign keys and unique indexes: recreated and validated by PostgreSQL in the loading transaction

Commands (tokens shown as \$TOKEN, REQ = the request lists national_data.py wrote):

\`\`\`sh
EOF
for c in "${commands[@]}"; do
  c="${c//$tw_token/\$TOKEN}"
  c="${c//$canbo_token/\$TOKEN}"
  c="${c//$tmp\/req/REQ}"
  c="${c//$here\//bench/}"
  echo "${c//$tmp\//}"
done
echo '```'
say "done in $(( $(ms_since "$run_start") / 1000 )) s"
