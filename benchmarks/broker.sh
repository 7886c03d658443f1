#!/usr/bin/env bash
# Measures the broker's ingest and listing (issue 10, "Measure") and prints the figures:
#
#   - ingest end to end over HTTP: a load generator (src/IngestBench.java, plain keep-alive
#     sockets, all on one thread's selector) registers N hosts through the API, then sends
#     heartbeats round robin for S seconds from C connections; heartbeats/s and p50/p99 latency,
#     for 1k and 10k hosts, on the embedded database and on PostgreSQL (8 connections, started
#     here on loopback in a temporary folder);
#   - over the same window, the CPU the broker (and PostgreSQL) spent per heartbeat, from
#     /proc and the broker's own heartbeat counter: steadier from run to run than the rate, which
#     moves with whatever else the machine runs;
#   - in the same run, the raw durable upsert rate of the same row shape straight over JDBC, and
#     the ratio of each of the broker's ingest rates on that database to it;
#   - after the ingest, the time per page of 100 while paging through the whole pool, and through
#     the status=Available filter;
#   - the database's size per host, and from it and the ingest rate an estimate for 300k hosts
#     heartbeating every 30 s.
#
# Not a test and not run by CI: figures depend on the machine and on what else runs on it (the
# load generator shares the machine with the broker), so run it on a quiet machine and read the
# load average it prints. Everything stays on 127.0.0.1.
#
# The measured window starts after a warm-up (30 s by default): the broker's optimising compiler
# is still busy for some 20 s after the first heartbeats (a third of the broker's CPU 15 s in,
# none 45 s in), and a broker runs for days, so the steady state is what counts.
#
# Usage: benchmarks/broker.sh [--seconds S] [--warmup S] [--connections C]
#                             [--hosts "1000 10000"] [--no-postgres] [--no-build | --tarball FILE]
set -euo pipefail

seconds=30
warmup=30
connections=32
host_counts="1000 10000"
postgres=yes
build=yes
tarball=""
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --hosts) host_counts="$2"; shift 2 ;;
    --no-postgres) postgres=no; shift ;;
    --no-build) build=no; shift ;;
    --tarball) tarball="$2"; build=no; shift 2 ;;
    -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "broker.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/target/broker"
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
say() { echo "broker.sh: $*" >&2; }

if [ "$build" = yes ]; then
  say "building the distribution (mvn -DskipTests -pl bootstrap -am package)"
  (cd "$root" && mvn -B -q -DskipTests -pl bootstrap -am package)
fi
if [ -z "$tarball" ]; then
  tarball="$(ls "$root"/bootstrap/target/sessionhost-*.tar.gz 2>/dev/null | head -n 1 || true)"
fi
if [ -z "$tarball" ] || [ ! -f "$tarball" ]; then
  say "no distribution tar.gz: run without --no-build, or name one with --tarball"
  exit 2
fi
rm -rf "$work"
mkdir -p "$work/dist"
chmod 755 "$work"
tar -xzf "$tarball" -C "$work/dist"
home="$(ls -d "$work"/dist/sessionhost-*)"
launcher="$home/bin/sessionhost"
classpath="$home/lib/*"

broker_pid=""
pg_data=""
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  if [ -n "$broker_pid" ]; then kill -TERM "$broker_pid" 2>/dev/null || true; fi
  if [ -n "$pg_data" ]; then as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432; }

"$launcher" check --format json --scenario "$home/examples/scenarios/healthy.yaml" >"$work/health.json" || true
[ -s "$work/health.json" ] || { say "could not take a snapshot with check --format json"; exit 2; }

start_broker() { # name, database yaml
  local name="$1" database="$2"
  mkdir -p "$work/$name"
  cat >"$work/$name.yaml" <<EOF
brokerServer:
  port: 0
  stateDir: $work/$name/state
$database
EOF
  "$launcher" broker --config "$work/$name.yaml" >"$work/$name/out.txt" 2>&1 &
  broker_pid=$!
  for _ in $(seq 1 300); do
    [ -s "$work/$name/state/broker.url" ] && break
    kill -0 "$broker_pid" 2>/dev/null || { say "the broker ended:"; cat "$work/$name/out.txt" >&2; exit 1; }
    sleep 0.1
  done
  broker_url="$(cat "$work/$name/state/broker.url")"
  admin_token="$(cat "$work/$name/state/broker-admin-token")"
}

stop_broker() {
  kill -TERM "$broker_pid"
  wait "$broker_pid" || true
  broker_pid=""
}

bench() { "$java_cmd" -cp "$classpath" "$here/src/IngestBench.java" --health "$work/health.json" "$@" | tee "$work/last-bench.txt"; }

# CPU time of a process in clock ticks, and of every PostgreSQL process of this run's server
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
  local total=0 pid
  if [ -n "$pg_data" ] && [ -s "$pg_data/postmaster.pid" ]; then
    local main; main="$(head -n 1 "$pg_data/postmaster.pid")"
    for pid in "$main" $(pgrep -P "$main" || true); do total=$((total + $(ticks "$pid"))); done
  fi
  echo "$total"
}
heartbeats_counted() { curl -s "$broker_url/metrics" | awk '/^sessionhost_broker_heartbeats_total/ { n += $2 } END { printf "%d", n }'; }
# Ingest with the broker's CPU per heartbeat over the measured window: the load generator says on
# stderr when the window opens and closes.
ingest() {
  local marks="$work/marks.txt" c0 p0 h0 c1 p1 h1 hz
  : >"$marks"
  bench "$@" 2>"$marks" &
  local bench_pid=$!
  until grep -q "measuring" "$marks" 2>/dev/null; do
    kill -0 "$bench_pid" 2>/dev/null || break
    sleep 0.2
  done
  c0="$(ticks "$broker_pid")"; p0="$(pg_ticks)"; h0="$(heartbeats_counted)"
  until grep -q "measured" "$marks" 2>/dev/null; do
    kill -0 "$bench_pid" 2>/dev/null || break
    sleep 0.2
  done
  c1="$(ticks "$broker_pid")"; p1="$(pg_ticks)"; h1="$(heartbeats_counted)"
  wait "$bench_pid"
  grep -v "measur" "$marks" >&2 || true
  hz="$(getconf CLK_TCK)"
  awk -v n=$((h1 - h0)) -v c=$((c1 - c0)) -v p=$((p1 - p0)) -v hz="$hz" -v pg="$([ -n "$pg_data" ] && echo pg)" 'BEGIN {
    if (n <= 0) { print "CPU per heartbeat: no heartbeats counted in the window"; exit }
    line = sprintf("CPU per heartbeat over the window: broker %.0f us", c * 1e6 / hz / n)
    if (pg == "pg") line = line sprintf(", PostgreSQL %.0f us", p * 1e6 / hz / n)
    print line
  }' | tee -a "$work/last-bench.txt"
}
# the last bench's rate: heartbeats/s of an ingest, upserts/s of a raw run
last_rate() { sed -n 's/.* \([0-9][0-9]*\)\/s, p50.*/\1/p; s/^raw durable upserts: .*: \([0-9][0-9]*\)\/s$/\1/p' "$work/last-bench.txt" | tail -n 1; }
ratios() { # raw rate, then "label rate" pairs
  local raw="$1"; shift
  while [ $# -gt 1 ]; do
    awk -v l="$1" -v r="$2" -v raw="$raw" 'BEGIN { printf "ratio to raw upserts, %s: %.2f\n", l, r / raw }'
    shift 2
  done
}

echo "sessionhost broker benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(uname -sr), $("$java_cmd" -version 2>&1 | head -n 1)"
echo "load average (1, 5, 15 min) before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "ingest: $connections connections, ${seconds} s after a ${warmup} s warm-up"
embedded_rates=()
pg_rates=()

for hosts in $host_counts; do
  say "embedded, $hosts hosts"
  start_broker "embedded-$hosts" ""
  echo "--- embedded (SQLite in the state folder), $hosts hosts"
  ingest_args=(--url "$broker_url" --admin-token "$admin_token" --hosts "$hosts" --connections "$connections" --seconds "$seconds" --warmup "$warmup")
  ingest "${ingest_args[@]}"
  embedded_rates+=("embedded $hosts hosts" "$(last_rate)")
  stop_broker
  db_bytes="$(du -cb "$work/embedded-$hosts/state"/broker.db* | tail -n 1 | cut -f1)"
  echo "database on disk: $db_bytes bytes, $((db_bytes / hosts)) bytes per host (with its history)"
done
echo "--- raw durable upserts, SQLite (WAL, synchronous=FULL), one connection (SQLite has one writer)"
bench --raw "jdbc:sqlite:$work/raw.db?journal_mode=WAL&synchronous=FULL" --hosts 1000 --connections 1 --seconds "$seconds"
ratios "$(last_rate)" "${embedded_rates[@]}"

if [ "$postgres" = yes ]; then
  [ -n "$pg_bin" ] || { say "PostgreSQL is not installed (apt-get install postgresql), or run with --no-postgres"; exit 2; }
  pg_data="$work/pg"
  pg_port="$(free_port)"
  mkdir -p "$pg_data"
  if [ "$(id -u)" = 0 ]; then chown postgres "$pg_data"; fi
  as_postgres "$pg_bin/initdb" -D "$pg_data" -U sessionhost --auth=trust -E UTF8 >/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/log.txt" -w \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $pg_data -c max_connections=100" start >/dev/null
  for hosts in $host_counts; do
    as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U sessionhost "broker$hosts"
    say "postgresql, $hosts hosts"
    start_broker "pg-$hosts" "  database:
    url: jdbc:postgresql://127.0.0.1:$pg_port/broker$hosts
    user: sessionhost
    poolSize: 8"
    echo "--- PostgreSQL 15 (8 connections), $hosts hosts"
    ingest_args=(--url "$broker_url" --admin-token "$admin_token" --hosts "$hosts" --connections "$connections" --seconds "$seconds" --warmup "$warmup")
    ingest "${ingest_args[@]}"
    pg_rates+=("PostgreSQL $hosts hosts" "$(last_rate)")
    stop_broker
    pg_bytes="$("$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U sessionhost -d "broker$hosts" -Atc "select pg_database_size(current_database())")"
    echo "database on disk: $pg_bytes bytes, $((pg_bytes / hosts)) bytes per host (with its history and the empty database's own ~7.5 MB)"
  done
  as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U sessionhost raw
  echo "--- raw durable upserts, PostgreSQL 15, 8 connections in autocommit"
  bench --raw "jdbc:postgresql://127.0.0.1:$pg_port/raw" --db-user sessionhost --hosts 1000 --connections 8 --seconds "$seconds"
  ratios "$(last_rate)" "${pg_rates[@]}"
fi
echo "load average (1, 5, 15 min) after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "300k hosts every 30 s need 10000 heartbeats/s; compare with the ingest rates above"
