#!/usr/bin/env bash
# The side-by-side of ../shared/perf/compare.sh for issue 14's PostgreSQL target: two instances of the service on one
# fresh PostgreSQL database, behind an nginx round-robin balancer (a conversation's turns land on both instances), and
# compare.sh run against the balancer's port — the peer and the ceiling as compare.sh runs them.
# usage: tests/perf/compare-postgres.sh PUBLISH_DIR [SECONDS=10] [CONNECTIONS=64]
# env: PG (server and role, default Host=127.0.0.1;Port=5432;Username=tthc;Password=tthc), PORT (balancer, 5490; the
# instances take PORT+1 and PORT+2), KEEP_DB=1 keeps the database, WARM_UP=SECONDS runs compare.sh once with rounds of
# that length before the measured run (the SQLite side by side is measured after a warm-up run too). Needs wrk,
# nginx-light, psql, node/npm, the .NET SDK.
# Each run makes a new database (tthc_cmp_<time>): the store must be empty when the instances start.
set -u
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
# the shared harness next to the repository, or next to the folder of a git worktree (/work/wt/BRANCH)
perf=${PERF:-$( [ -d "$repo/../shared/perf" ] && echo "$repo/../shared/perf" || echo "$repo/../../shared/perf" )}
bot=$(cd "$1" && pwd); secs=${2:-10}; conns=${3:-64}
pg=${PG:-Host=127.0.0.1;Port=5432;Username=tthc;Password=tthc}
port=${PORT:-5490}
db=tthc_cmp_$(date +%s)
work=$(mktemp -d /tmp/compare-postgres.XXXXXX)
psql_url=$(python3 -c 'import sys; kv=dict(p.split("=", 1) for p in sys.argv[1].split(";") if p); print("postgresql://{}:{}@{}:{}/postgres".format(kv["Username"], kv.get("Password", ""), kv["Host"], kv.get("Port", "5432")))' "$pg")
pids=()
cleanup() {
  kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null
  [ "${KEEP_DB:-}" = 1 ] || psql "$psql_url" -qc "DROP DATABASE IF EXISTS $db" >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
psql "$psql_url" -qc "CREATE DATABASE $db" || exit 1
export ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning Store__Provider=PostgreSql \
  Store__ConnectionString="$pg;Database=$db"
ready() { for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$1/healthz/ready" >/dev/null && return 0; sleep 0.2; done; return 1; }
# One after the other, as a rolling start: the first migrates the empty database under the advisory lock.
for n in 1 2; do
  (cd "$bot" && exec dotnet InternalTthc.Bot.dll --Urls="http://127.0.0.1:$((port + n))" >"$work/instance$n.log" 2>&1) & pids+=($!)
  ready $((port + n)) || { echo "instance $n did not become ready (log: $work/instance$n.log)" >&2; cat "$work/instance$n.log" >&2; exit 1; }
done
python3 "$perf/link-users.py" "$repo/bot/Demo/demo-directory.json" "$work/link-users.json" >/dev/null
dotnet "$bot/InternalTthc.Bot.dll" directory import "$work/link-users.json" >/dev/null || exit 1
cat >"$work/balancer.conf" <<CONF
worker_processes 1;
daemon off;
error_log /dev/null;
pid $work/nginx.pid;
events { worker_connections 4096; }
http {
  access_log off;
  upstream instances { server 127.0.0.1:$((port + 1)); server 127.0.0.1:$((port + 2)); keepalive 256; }
  server {
    listen 127.0.0.1:$port;
    location / { proxy_pass http://instances; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
nginx -p "$work" -c "$work/balancer.conf" & pids+=($!)
for _ in $(seq 1 40); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.25; done
echo "two instances on $db behind 127.0.0.1:$port; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
if [ -n "${WARM_UP:-}" ]; then
  echo "warm-up run, $WARM_UP s rounds:" >&2
  "$perf/compare.sh" "$port" "$WARM_UP" "$conns"
  echo "measured run, load average $(cut -d' ' -f1-3 /proc/loadavg):" >&2
fi
"$perf/compare.sh" "$port" "$secs" "$conns"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
