#!/usr/bin/env bash
# Issue 14's targets in one run, the README's "Targets" recipe: SQLite side by side with the peer and the ceiling
# (../shared/perf/compare.sh: a warm-up run at 64, then 64 and 200), the load harness's five scenarios, five starts,
# 10,000 conversations' memory, a submission run of 30 s, and two PostgreSQL instances side by side (compare-postgres.sh:
# a warm-up run of 10 s rounds, then 30 s rounds). Each bot starts on a fresh store; the whole run holds PERF_LOCK so
# that no other measurement overlaps.
# usage: tests/perf/targets.sh PUBLISH_DIR [LOG]   env: SECTIONS="compare harness starts memory submit pg" (a subset
# picks), PG (server and role for the pg section, as compare-postgres.sh takes it), PERF_LOCK, PERF (../shared/perf)
set -u
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
perf=${PERF:-$( [ -d "$repo/../shared/perf" ] && echo "$repo/../shared/perf" || echo "$repo/../../shared/perf" )}
pub=$(cd "$1" && pwd); log=${2:-/dev/null}
sections=${SECTIONS:-compare harness starts memory submit pg}
exec > >(tee -a "$log") 2>&1
dotnet build -c Release "$repo/tests/InternalTthc.Load" -v quiet -nologo >/dev/null || exit 1
exec 9>"${PERF_LOCK:-/tmp/internaltthc-perf.lock}"; flock 9
load() { cut -d' ' -f1-3 /proc/loadavg; }
harness() { dotnet run -c Release --no-build --project "$repo/tests/InternalTthc.Load" -- --bot "$pub" "$@"; }
echo "=== targets of $pub, $(date -u +%H:%M) UTC, load $(load)"
if [[ $sections == *compare* ]]; then
  st=$(mktemp -d /tmp/targets.XXXXXX)
  python3 "$perf/link-users.py" "$repo/bot/Demo/demo-directory.json" "$st/link-users.json" >/dev/null || exit 1
  export ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning Store__ConnectionString="Data Source=$st/perf.db"
  (cd "$pub" && exec dotnet InternalTthc.Bot.dll --Urls=http://127.0.0.1:5390 >"$st/bot.log" 2>&1) & bot=$!
  for _ in $(seq 1 300); do curl -fs http://127.0.0.1:5390/healthz/ready >/dev/null && break; sleep 0.2; done
  dotnet "$pub/InternalTthc.Bot.dll" directory import "$st/link-users.json" >/dev/null || { kill $bot; exit 1; }
  for c in 64 64 200; do echo "--- compare $c, load $(load)"; "$perf/compare.sh" 5390 10 $c; done
  kill $bot; wait $bot 2>/dev/null; rm -rf "$st"
  unset ASPNETCORE_ENVIRONMENT Logging__LogLevel__Default Store__ConnectionString
fi
if [[ $sections == *harness* ]]; then
  echo "--- harness, five scenarios, load $(load)"
  harness --scenarios greeting,filing,submit,lookup,directline --connections 64 --seconds 10
fi
if [[ $sections == *starts* ]]; then
  for i in 1 2 3 4 5; do echo "--- start $i, load $(load)"; harness --scenarios greeting --seconds 1 | grep -i -E "ready|first"; done
fi
if [[ $sections == *memory* ]]; then
  echo "--- 10,000 conversations, load $(load)"
  harness --senders 10000 --greet-all --scenarios greeting --seconds 5
fi
if [[ $sections == *submit* ]]; then
  echo "--- submissions, 30 s, load $(load)"
  harness --scenarios submit --connections 64 --seconds 30
fi
if [[ $sections == *pg* ]]; then
  echo "--- PostgreSQL, two instances, load $(load)"
  PG=${PG:-"Host=127.0.0.1;Port=5432;Username=tthc;Password=tthc;Maximum Pool Size=40"} PERF="$perf" WARM_UP=10 "$here/compare-postgres.sh" "$pub" 30 64
fi
echo "=== done $(date -u +%H:%M) UTC"
