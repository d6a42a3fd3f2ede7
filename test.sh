#!/usr/bin/env bash
# Runs the whole test suite and prints the totals of all test projects on the last line.
# PostgreSQL tests use INTERNALTTHC_TEST_POSTGRES (a connection string to a role that may create
# databases); without it they are skipped with the reason printed, except under CI, where they fail.
set -uo pipefail
cd "$(dirname "$0")"

results="TestResults"
rm -rf "$results"
mkdir -p "$results"

if [ -f tests/web/package.json ] && [ ! -d tests/web/node_modules ]; then
  (cd tests/web && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed in tests/web"; exit 1; }
fi

dotnet build InternalTthc.sln --nologo -v minimal -clp:ErrorsOnly || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

dotnet test InternalTthc.sln --no-build --nologo \
  --logger "trx" --logger "console;verbosity=normal" \
  --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done

if [ "$skipped" -gt 0 ]; then
  echo "Skipped tests and why:"
  grep -ho '<UnitTestResult [^>]*outcome="NotExecuted"[^>]*>' "$results"/*.trx | sed -n 's/.*testName="\([^"]*\)".*/  - \1/p'
  grep -h -A2 'outcome="NotExecuted"' "$results"/*.trx | grep -o '<Message>[^<]*' | sed 's/<Message>/    reason: /' | sort -u
fi
if [ $status -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
