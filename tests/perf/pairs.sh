#!/usr/bin/env bash
# Before/after of two publishes of the bot, alternating so that both meet the same moments of a shared machine: the load
# harness's `--scenarios submit` (or SCENARIOS) ROUNDS times each, then its start (`--scenarios greeting --seconds 1`:
# start to ready and to the first answered turn) STARTS times each. Each run holds PERF_LOCK, so that runs of several
# engineers on one machine never overlap; every run starts the bot on a fresh store.
# usage: tests/perf/pairs.sh BEFORE_PUBLISH AFTER_PUBLISH [LOG]   env: SCENARIOS=submit ROUNDS=4 STARTS=6 PERF_LOCK
set -u
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
before=$(cd "$1" && pwd); after=$(cd "$2" && pwd); log=${3:-/dev/null}
exec > >(tee -a "$log") 2>&1
dotnet build -c Release "$repo/tests/InternalTthc.Load" -v quiet -nologo >/dev/null || exit 1
exec 9>"${PERF_LOCK:-/tmp/internaltthc-perf.lock}"; flock 9
harness() { dotnet run -c Release --no-build --project "$repo/tests/InternalTthc.Load" -- "$@"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "=== before $before, after $after, $(date -u +%H:%M) UTC"
for _ in $(seq 1 "${ROUNDS:-4}"); do for bot in "$before" "$after"; do
  echo "--- ${SCENARIOS:-submit} $bot, load $(load)"
  harness --bot "$bot" --scenarios "${SCENARIOS:-submit}" --connections 64 --seconds 10 | grep -E -i "users|cases:|error"
done; done
for _ in $(seq 1 "${STARTS:-6}"); do for bot in "$before" "$after"; do
  echo "--- start $bot, load $(load)"
  harness --bot "$bot" --scenarios greeting --seconds 1 | grep -i -E "ready|first"
done; done
echo "=== done $(date -u +%H:%M) UTC"
