#!/usr/bin/env bash
# Measures what running a Nagios plugin through sessionhost costs (issue 5, "Measure"):
#
#   20 x check_tcp against an open loopback port, run
#     - by a plain shell loop, one after the other;
#     - by `xargs -P 20`, all at once;
#     - by the agent, as 20 command checks of one health cycle (the other checks turned off);
#   wall time and CPU (user + system, children included) of each, medians over N rounds.
#
# The agent's figures come from the agent itself: POST /v1/cycle runs a cycle at once, the
# snapshot's cycleDurationMs is the cycle's wall time, and /proc/PID/stat (own and reaped
# children's ticks) gives its CPU. Target: the cycle within 1.2 x the xargs -P wall time.
#
# Not a test and not run by CI; everything stays on this machine (loopback only).
#
# Usage: benchmarks/command-checks.sh [--rounds N] [--tarball FILE]
#   --rounds N       rounds per figure after one warm-up (default 20)
#   --tarball FILE   the distribution archive to unpack (default: build it with Maven)
set -euo pipefail

rounds=20
tarball=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --tarball) tarball="$2"; shift 2 ;;
    -h | --help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "command-checks.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/target/command-checks"
check_tcp=/usr/lib/nagios/plugins/check_tcp
say() { echo "command-checks.sh: $*" >&2; }

[ -x "$check_tcp" ] || { say "needs $check_tcp: apt-get install monitoring-plugins-basic"; exit 2; }
if [ -z "$tarball" ]; then
  say "building the distribution (mvn -DskipTests -pl bootstrap -am package)"
  (cd "$root" && mvn -B -q -DskipTests -pl bootstrap -am package)
  tarball="$(ls "$root"/bootstrap/target/sessionhost-*.tar.gz | head -n 1)"
fi
rm -rf "$work"
mkdir -p "$work/dist" "$work/state"
tar -xzf "$tarball" -C "$work/dist"
home="$(ls -d "$work"/dist/sessionhost-*)"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# an open loopback port: a listener that accepts and closes, for as long as the script runs
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
python3 -c "
import socket
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', $port)); s.listen(128)
while True:
    c, _ = s.accept(); c.close()
" &
pids+=($!)
for _ in $(seq 100); do
  "$check_tcp" -H 127.0.0.1 -p "$port" >/dev/null 2>&1 && break
  sleep 0.1
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# --- the shell loop and xargs -P: bash's time keyword counts the children's CPU -------------
TIMEFORMAT='%R %U %S'
loop() { for i in $(seq 20); do "$check_tcp" -H 127.0.0.1 -p "$port" >/dev/null; done; }
parallel() { seq 20 | xargs -P 20 -I{} "$check_tcp" -H 127.0.0.1 -p "$port" >/dev/null; }
measure_shell() { # prints "wall_ms cpu_ms" medians
  local fn="$1" i
  : >"$work/samples"
  "$fn" # warm-up
  for ((i = 0; i < rounds; i++)); do
    { time "$fn"; } 2>>"$work/samples"
  done
  printf '%s %s\n' \
    "$(awk '{ print $1 * 1000 }' "$work/samples" | median)" \
    "$(awk '{ print ($2 + $3) * 1000 }' "$work/samples" | median)"
}
say "shell loop: $rounds rounds"
read -r loop_wall loop_cpu < <(measure_shell loop)
say "xargs -P 20: $rounds rounds"
read -r xargs_wall xargs_cpu < <(measure_shell parallel)

# --- the agent: 20 command checks, nothing else ------------------------------------------------
config="$work/sessionhost.yaml"
{
  echo "agent:"
  echo "  environment: simulated"
  echo "  scenario: $home/examples/scenarios/healthy.yaml"
  echo "  stateDir: $work/state"
  echo "  cycleInterval: 1h"
  echo "http: { port: 0, adminToken: benchmark-token-0123456789 }"
  echo "checks:"
  for check in DomainJoinedCheck DomainTrustCheck SxSStackListenerCheck UrlsAccessibleCheck \
    MonitoringAgentCheck MetaDataServiceCheck AppAttachHealthCheck; do
    echo "  $check: { enabled: false }"
  done
  echo "commandChecks:"
  for i in $(seq -w 1 20); do
    echo "  - { id: Tcp$i, command: [\"$check_tcp\", \"-H\", \"127.0.0.1\", \"-p\", \"$port\"] }"
  done
} >"$config"
"$home/bin/sessionhost" agent --config "$config" >"$work/agent.log" 2>&1 &
agent=$!
pids+=("$agent")
for _ in $(seq 300); do [ -s "$work/state/http.url" ] && break; sleep 0.05; done
url="$(cat "$work/state/http.url")"
ticks="$(getconf CLK_TCK)"
cpu_ticks() { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$agent/stat"; }
cycle() {
  curl -s -X POST -H 'Authorization: Bearer benchmark-token-0123456789' "$url/v1/cycle" |
    python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["cycleDurationMs"], sum(r["healthCheckResult"]=="HealthCheckSucceeded" for r in d["sessionHostHealthCheckResults"]))'
}
say "agent: warming up (the JIT compiles the paths a cycle takes)"
for _ in $(seq 10); do cycle >/dev/null; done
say "agent: $rounds cycles"
: >"$work/cycles"
before="$(cpu_ticks)"
for ((i = 0; i < rounds; i++)); do cycle >>"$work/cycles"; done
after="$(cpu_ticks)"
passed="$(awk '{ print $2 }' "$work/cycles" | sort -u | tr '\n' ' ')"
agent_wall="$(awk '{ print $1 }' "$work/cycles" | median)"
# CPU per cycle: the whole process (the HTTP request and JSON too), so an upper bound
agent_cpu="$(awk -v b="$before" -v a="$after" -v t="$ticks" -v n="$rounds" 'BEGIN { printf "%.0f", (a - b) * 1000 / t / n }')"
kill -TERM "$agent"
wait "$agent" || true

ratio="$(awk -v a="$agent_wall" -v x="$xargs_wall" 'BEGIN { printf "%.2f", a / x }')"
met="$(awk -v r="$ratio" 'BEGIN { print (r <= 1.2) ? "met" : "NOT met" }')"
echo
echo "20 x check_tcp against an open loopback port; medians of $rounds rounds; $(nproc) cores;"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); checks passing per cycle: $passed"
echo
printf '| %-30s | %10s | %10s |\n' "how" "wall ms" "CPU ms"
printf '|%s|%s|%s|\n' "--------------------------------" "------------" "------------"
printf '| %-30s | %10.1f | %10.1f |\n' "shell loop (one by one)" "$loop_wall" "$loop_cpu"
printf '| %-30s | %10.1f | %10.1f |\n' "xargs -P 20" "$xargs_wall" "$xargs_cpu"
printf '| %-30s | %10.1f | %10.1f |\n' "sessionhost cycle of 20 checks" "$agent_wall" "$agent_cpu"
echo
echo "cycle / xargs -P wall: $ratio (target <= 1.2: $met)"
