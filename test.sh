#!/usr/bin/env bash
# Runs the whole test suite and prints the totals of all test projects on the last line.
# PostgreSQL tests use INTERNALTTHC_TEST_POSTGRES (a connection string to a role that may create
# databases); without it they are skipped with the reason printed, except under CI, where they fail.
set -uo pipefail
cd "$(dirname "$0")"

results="TestResults"
rm -rf "$results"
mkdir -p "$results"

# Install when missing, or when the lock file changed since the last install.
if [ -f tests/web/package.json ] && { [ ! -d tests/web/node_modules ] || [ tests/web/package-lock.json -nt tests/web/node_modules/.package-lock.json ]; }; then
  (cd tests/web && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed in tests/web"; exit 1; }
fi

dotnet build InternalTthc.sln --nologo -v minimal -clp:ErrorsOnly || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

dotnet test InternalTthc.sln --no-build --nologo \
  --logger "trx" --logger "console;verbosity=normal" \
  --results-directory "$results" "$@"
status=$?

# Count outcomes from the result files (their summary counters leave out dynamic skips).
count() { cat "$results"/*.trx 2>/dev/null | grep -o "<UnitTestResult [^>]*outcome=\"$1\"" | wc -l; }
passed=$(count Passed); failed=$(count Failed); skipped=$(count NotExecuted)

if [ "$skipped" -gt 0 ]; then
  echo "Skipped tests, with the reason:"
  cat "$results"/*.trx | grep -A4 'outcome="NotExecuted"' | grep -o '<Message>[^<]*' | sed 's/<Message>/  - /' | sort | uniq -c
fi
if [ "$failed" -gt 0 ]; then
  # Named again here, so that a log's last lines say what failed and why.
  echo "Failed tests, with the first lines of their message:"
  cat "$results"/*.trx | awk '
    BEGIN { lines = -1 }
    function text(s) { gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\x27", s); gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&amp;/, "\\&", s); return s }
    /<UnitTestResult / && /outcome="Failed"/ { match($0, /testName="[^"]*"/); print "  - " text(substr($0, RSTART + 10, RLENGTH - 11)); want = 1 }
    want && /<Message>/ { lines = 0; sub(/.*<Message>/, "") }
    want && lines >= 0 { done = sub(/<\/Message>.*/, ""); print "      " text($0); lines++; if (done || lines == 6) { want = 0; lines = -1 } }'
fi
if [ $status -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
