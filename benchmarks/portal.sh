#!/usr/bin/env bash
# Measures the portal with a big pool (issue 11, "Measure") and prints the figures:
#
#   - a broker (embedded database) with N hosts (10,000 by default) in a mix of statuses, their
#     heartbeats flowing in the background at a real pool's pace (each host every --cycle s);
#   - in headless Chromium (Debian's chromium and chromium-driver): the time to a usable first
#     page (navigation to the counts and the first 100 rows rendered), the time of each status
#     filter (click to the new page rendered), the DOM size;
#   - the broker's CPU with 0, 1 and 3 pages open, and per page.
#
# The load generator, the browser and the broker share the machine: read the load average. Not a
# test and not run by CI. Everything stays on 127.0.0.1.
#
# Usage: benchmarks/portal.sh [--hosts N] [--cycle SECONDS] [--sample SECONDS] [--no-build]
set -euo pipefail

hosts=10000
cycle=30
sample=20
build=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --hosts) hosts="$2"; shift 2 ;;
    --cycle) cycle="$2"; shift 2 ;;
    --sample) sample="$2"; shift 2 ;;
    --no-build) build=no; shift ;;
    -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "portal.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/target/portal"
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
say() { echo "portal.sh: $*" >&2; }

if [ "$build" = yes ]; then
  say "building the distribution and the test classpath (mvn -DskipTests -pl bootstrap -am install)"
  (cd "$root" && mvn -B -q -DskipTests -pl bootstrap -am install)
fi
home="$(ls -d "$root"/bootstrap/target/sessionhost-*/ | head -n 1)"
launcher="$home/bin/sessionhost"
rm -rf "$work"
mkdir -p "$work"
(cd "$root" && mvn -B -q -o dependency:build-classpath -pl bootstrap -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/selenium.cp" >/dev/null)
classpath="$home/lib/*:$(cat "$work/selenium.cp")"

for scenario in healthy needs-assistance unavailable; do
  "$launcher" check --format json --scenario "$home/examples/scenarios/$scenario.yaml" >"$work/$scenario.json" || true
done

cat >"$work/broker.yaml" <<YAML
brokerServer:
  port: 0
  stateDir: $work/state
YAML
"$launcher" broker --config "$work/broker.yaml" >"$work/broker.log" 2>&1 &
broker_pid=$!
trap 'kill -TERM $broker_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  [ -s "$work/state/broker.url" ] && break
  sleep 0.1
done

echo "sessionhost portal benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(uname -sr), $(chromium --version 2>/dev/null | head -n 1)"
echo "load average (1, 5, 15 min) before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$java_cmd" -cp "$classpath" "$here/src/PortalBench.java" --url "$(cat "$work/state/broker.url")" \
  --admin-token "$(cat "$work/state/broker-admin-token")" --hosts "$hosts" --broker-pid "$broker_pid" \
  --cycle "$cycle" --sample "$sample" --healthy "$work/healthy.json" \
  --needs-assistance "$work/needs-assistance.json" --unavailable "$work/unavailable.json"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
