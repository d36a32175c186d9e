#!/usr/bin/env bash
# The README's test command: static checks, then every test on SQLite and PostgreSQL
# (a throw-away cluster started here), then the final "N passed, N failed" line (", N skipped"
# when PostgreSQL is missing outside CI; CI requires it).
set -uo pipefail
cd "$(dirname "$0")/.."
reports=${REPORT_DIR:-$(mktemp -d /tmp/stillpoint-reports.XXXXXX)}
mkdir -p "$reports"
status=0

step() { printf '\n== %s\n' "$*"; }

echo "node $(node --version), npm $(npm --version)"
if [ "${SKIP_STATIC:-0}" != 1 ]; then
  step "static checks: biome, tsc, citations"
  npx biome ci . || status=1
  npx tsc -p tsconfig.check.json --noEmit || status=1
  npx tsc -p tsconfig.web.json || status=1
  npx tsc -p e2e/tsconfig.json || status=1
  npx tsx scripts/check-citations.ts || status=1
fi

step "build (server, CLI and web app)"
npm run build --silent || status=1
node scripts/check-web-budget.mjs || status=1

step "system packages the tests use: poppler-utils (PDF text), chromium (browser tests)"
need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ "${SKIP_E2E:-0}" != 1 ] && [ ! -x /usr/bin/chromium ]; then need+=(chromium); fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing ${need[*]}"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/dev/null || status=1
  else
    echo "missing ${need[*]}: run sudo apt-get install -y ${need[*]}" >&2
    status=1
  fi
fi

step "PostgreSQL: throw-away cluster"
eval "$(bash scripts/pg-throwaway.sh start)"
if [ -n "${PG_TMP:-}" ]; then
  trap 'bash scripts/pg-throwaway.sh stop "$PG_TMP"' EXIT
  echo "running PostgreSQL at ${TEST_PG_URL}"
elif [ -n "${CI:-}" ]; then
  echo "CI needs PostgreSQL (initdb/pg_ctl) for the PostgreSQL leg of the suite" >&2
  status=1
else
  echo "no PostgreSQL here: its suites run as skipped, and the summary counts them as skipped" >&2
fi

step "tests: unit + integration (SQLite$([ -n "${TEST_PG_URL:-}" ] && echo " and PostgreSQL" || echo " only"))"
npx vitest run --reporter=default --reporter=json --outputFile="$reports/vitest.json" || status=1

if [ "${SKIP_E2E:-0}" != 1 ]; then
  step "end-to-end: the built app in Debian Chromium (phone and desktop)"
  if [ -x /usr/bin/chromium ]; then
    PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" npx playwright test || status=1
  else
    echo "Debian chromium is missing (apt-get install -y chromium): end-to-end tests not run" >&2
    status=1
  fi
fi

step "summary"
node scripts/test-summary.mjs "$reports"/*.json || status=1
exit $status
