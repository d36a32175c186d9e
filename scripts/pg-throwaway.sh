#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for the tests and prints its URL on stdout.
# Usage: eval "$(scripts/pg-throwaway.sh start)"   → exports TEST_PG_URL and PG_TMP
#        scripts/pg-throwaway.sh stop "$PG_TMP"
set -euo pipefail
cmd=${1:-start}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$bin" ] || bin=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "$cmd" = stop ]; then
  dir=${2:?data dir}
  as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi

if [ ! -x "$bin/initdb" ]; then
  echo "echo 'PostgreSQL (initdb) not found: PostgreSQL tests will be skipped' >&2"
  exit 0
fi
dir=$(mktemp -d /tmp/stillpoint-pg.XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" \
  -o "-p $port -k $dir -c fsync=off -c listen_addresses=127.0.0.1 -c max_connections=200" -w start >/dev/null
echo "export TEST_PG_URL=postgres://postgres@127.0.0.1:$port/postgres PG_TMP=$dir"
