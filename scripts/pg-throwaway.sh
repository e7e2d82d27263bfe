#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests: a fresh cluster in a temporary
# folder, listening on 127.0.0.1 only (free port, trust auth), removed on stop.
#
#   source scripts/pg-throwaway.sh
#   pg_throwaway_start          # exports THIDUA_TEST_PG_URL
#   ...run tests...
#   pg_throwaway_stop
#
#   bash scripts/pg-throwaway.sh run -- CMD ARGS...   # start, run CMD, stop;
#                                                     # exits with CMD's status
# Works as root (the server runs as the "postgres" account via runuser) and as
# an ordinary user; needs no terminal.

# The folder holding initdb/pg_ctl: PG_BINDIR if set, the newest
# /usr/lib/postgresql/*/bin, else whatever is on PATH.
_pg_throwaway_bindir() {
  if [[ -n "${PG_BINDIR:-}" && -x "${PG_BINDIR}/pg_ctl" ]]; then
    echo "$PG_BINDIR"
    return 0
  fi
  local d v newest=""
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x "$d/pg_ctl" ]] || continue
    v="${d#/usr/lib/postgresql/}"
    v="${v%/bin}"
    [[ "$v" =~ ^[0-9]+$ ]] || continue
    if [[ -z "$newest" ]] || (( v > newest )); then newest="$v"; fi
  done
  if [[ -n "$newest" ]]; then
    echo "/usr/lib/postgresql/$newest/bin"
  elif command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"
  else
    echo "pg-throwaway: no PostgreSQL server binaries found (set PG_BINDIR)" >&2
    return 1
  fi
}

# Runs a command as the server's owner: "postgres" when we are root.
_pg_throwaway_as_owner() {
  if [[ "$(id -u)" -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# A TCP port on 127.0.0.1 that nothing listens on right now.
_pg_throwaway_free_port() {
  local port i
  for i in $(seq 1 50); do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "pg-throwaway: no free port found" >&2
  return 1
}

pg_throwaway_start() {
  local bindir dir port attempt
  bindir="$(_pg_throwaway_bindir)" || return 1
  dir="$(mktemp -d "${TMPDIR:-/tmp}/thidua-pg.XXXXXX")" || return 1
  chmod 700 "$dir"
  if [[ "$(id -u)" -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || { echo "pg-throwaway: no 'postgres' account to run the server" >&2; rm -rf "$dir"; return 1; }
    chown postgres: "$dir"
  fi

  if ! _pg_throwaway_as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
    rm -rf "$dir/data"
    if ! _pg_throwaway_as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
          --locale=C >"$dir/initdb.log" 2>&1; then
      echo "pg-throwaway: initdb failed:" >&2
      cat "$dir/initdb.log" >&2
      rm -rf "$dir"
      return 1
    fi
  fi

  # Another process may take the port between the check and the start: retry.
  for attempt in 1 2 3 4 5; do
    port="$(_pg_throwaway_free_port)" || { rm -rf "$dir"; return 1; }
    _pg_throwaway_as_owner bash -c "cat >> '$dir/data/postgresql.auto.conf'" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF
    if _pg_throwaway_as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null 2>&1; then
      local i
      for i in $(seq 1 60); do
        if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres 2>/dev/null; then
          export PG_THROWAWAY_DIR="$dir"
          export PG_THROWAWAY_BINDIR="$bindir"
          export PG_THROWAWAY_PORT="$port"
          export THIDUA_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
          return 0
        fi
        sleep 0.5
      done
      _pg_throwaway_as_owner "$bindir/pg_ctl" -D "$dir/data" stop -m immediate >/dev/null 2>&1
    fi
  done
  echo "pg-throwaway: the server did not start:" >&2
  tail -n 30 "$dir/server.log" >&2 2>/dev/null
  rm -rf "$dir"
  return 1
}

pg_throwaway_stop() {
  local dir="${PG_THROWAWAY_DIR:-}" bindir="${PG_THROWAWAY_BINDIR:-}"
  if [[ -z "$dir" ]]; then
    return 0
  fi
  if [[ -d "$dir/data" ]]; then
    [[ -n "$bindir" ]] || bindir="$(_pg_throwaway_bindir)"
    _pg_throwaway_as_owner "$bindir/pg_ctl" -D "$dir/data" stop -m fast -w >/dev/null 2>&1 ||
      _pg_throwaway_as_owner "$bindir/pg_ctl" -D "$dir/data" stop -m immediate -w >/dev/null 2>&1
  fi
  rm -rf "$dir"
  unset PG_THROWAWAY_DIR PG_THROWAWAY_BINDIR PG_THROWAWAY_PORT THIDUA_TEST_PG_URL
  return 0
}

# Standalone mode: bash scripts/pg-throwaway.sh run -- CMD...
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  if [[ "${1:-}" != "run" ]]; then
    echo "usage: bash $0 run -- CMD [ARGS...]   (or: source $0; pg_throwaway_start; ...; pg_throwaway_stop)" >&2
    exit 2
  fi
  shift
  [[ "${1:-}" == "--" ]] && shift
  if [[ $# -eq 0 ]]; then
    echo "pg-throwaway: no command given" >&2
    exit 2
  fi
  pg_throwaway_start || exit 1
  trap 'pg_throwaway_stop' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  status=0
  "$@" || status=$?
  exit "$status"
fi
