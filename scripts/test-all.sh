#!/usr/bin/env bash
# The README's test command: static checks, then every test on SQLite and PostgreSQL
# (a throw-away cluster started here), then the final "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
reports=${REPORT_DIR:-$(mktemp -d /tmp/stillpoint-reports.XXXXXX)}
mkdir -p "$reports"
status=0

step() { printf '\n== %s\n' "$*"; }

echo "node $(node --version), npm $(npm --version)"
if [ "${SKIP_STATIC:-0}" != 1 ]; then
  step "static checks: biome, tsc"
  npx biome ci . || status=1
  npx tsc -p tsconfig.check.json --noEmit || status=1
fi

step "build"
npm run build --silent || status=1

step "PostgreSQL: throw-away cluster"
eval "$(bash scripts/pg-throwaway.sh start)"
if [ -n "${PG_TMP:-}" ]; then
  trap 'bash scripts/pg-throwaway.sh stop "$PG_TMP"' EXIT
  echo "running PostgreSQL at ${TEST_PG_URL}"
elif [ -n "${CI:-}" ]; then
  echo "CI needs PostgreSQL (initdb/pg_ctl) for the PostgreSQL leg of the suite" >&2
  status=1
fi

step "tests: unit + integration (SQLite${TEST_PG_URL:+ and PostgreSQL})"
npx vitest run --reporter=default --reporter=json --outputFile="$reports/vitest.json" || status=1

step "summary"
node scripts/test-summary.mjs "$reports/vitest.json" || status=1
exit $status
