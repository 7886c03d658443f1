#!/usr/bin/env bash
# Measures the agent daemon and prints a table of figures against their targets (issue 4, "Measure"):
#
#   - start: time from starting `sessionhost agent` to the first 200 from GET /v1/health, median of
#     N starts, without the class data archives, with the archive trained on `check` (the documented
#     dump) and with the agent's layer on top of it; RSS right after the first 200;
#   - idle: CPU seconds and peak RSS of the agent over M minutes at cycleInterval 30s with the
#     simulated healthy scenario, taken from /proc after the first cycle;
#   - load: `wrk -t2 -c32 -d10s --latency` on /v1/health, then on nginx serving the same bytes from
#     a file on this machine, then on the agent again: requests/s and p99 latency.
#
# Not a test and not run by CI: figures depend on the machine and on what else runs on it, so run
# it on a quiet machine and read the load average it prints. Everything stays on 127.0.0.1.
# Needs curl, wrk and nginx on PATH (or in /usr/sbin).
#
# Usage: benchmarks/agent.sh [--idle-minutes N] [--starts N] [--no-build | --tarball FILE]
#   --idle-minutes N  length of the idle window (default 10)
#   --starts N        starts per archive variant (default 7)
#   --no-build        use the distribution already in bootstrap/target instead of building it
#   --tarball FILE    use this distribution tar.gz instead of building one
set -euo pipefail

idle_minutes=10
starts=7
build=yes
tarball=""
while [ $# -gt 0 ]; do
  case "$1" in
    --idle-minutes) idle_minutes="$2"; shift 2 ;;
    --starts) starts="$2"; shift 2 ;;
    --no-build) build=no; shift ;;
    --tarball) tarball="$2"; build=no; shift 2 ;;
    -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "agent.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
case "$idle_minutes$starts" in
  *[!0-9]*) echo "agent.sh: --idle-minutes and --starts take whole numbers" >&2; exit 2 ;;
esac

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/target/agent"
nginx_cmd="$(command -v nginx || echo /usr/sbin/nginx)"

say() { echo "agent.sh: $*" >&2; }
for tool in curl wrk "$nginx_cmd"; do
  command -v "$tool" >/dev/null || { say "$tool is needed and not installed"; exit 2; }
done

# --- the distribution, unpacked from the tar.gz as an operator would ---------------------------
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
mkdir -p "$work/dist" "$work/nginx/html/v1"
tar -xzf "$tarball" -C "$work/dist"
home="$(ls -d "$work"/dist/sessionhost-*)"
launcher="$home/bin/sessionhost"
scenario="$home/examples/scenarios/healthy.yaml"
archive="$home/lib/sessionhost.jsa"
layer="$home/lib/agent.jsa"

# --- processes this script starts, stopped on the way out by their own PIDs --------------------
agent_pid=""
nginx_pid=""
dump_pid=""
cleanup() {
  if [ -n "$dump_pid" ]; then
    for child in $(ps -o pid= --ppid "$dump_pid" 2>/dev/null); do kill -TERM "$child" || true; done
  fi
  if [ -n "$agent_pid" ]; then kill -TERM "$agent_pid" 2>/dev/null || true; fi
  if [ -n "$nginx_pid" ]; then kill -TERM "$nginx_pid" 2>/dev/null || true; fi
  wait 2>/dev/null || true
}
trap cleanup EXIT

# A pause and an HTTP probe without starting a program: at 10 ms a curl would start slower than
# the interval on this kind of machine, and a busy loop would take a core from the starting JVM.
exec {nap}<> <(:)
pause() { read -r -t "$1" -u "$nap" _ || true; }
code=000
probe() { # probe PORT: sets code to the status of GET /v1/health, 000 when nothing answers
  local fd line=""
  code=000
  { exec {fd}<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 0
  printf 'GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&"$fd" || true
  read -r -t 2 -u "$fd" line || true
  # read to the end: a client that hangs up early makes the server log a failed write
  while read -r -t 2 -u "$fd" _; do :; done
  exec {fd}>&-
  line="${line#HTTP/1.1 }"
  code="${line:0:3}"
}
free_port() { # a port below the usual ephemeral range that nothing listens on
  local port
  while :; do
    port=$((20000 + RANDOM % 10000))
    { exec {probe_fd}<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || { echo "$port"; return; }
    exec {probe_fd}>&-
  done
}
status_kib() { # status_kib PID FIELD: VmHWM, VmRSS ... in KiB
  awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"
}
cpu_ticks() { # utime + stime of PID, in clock ticks; the command name may hold spaces
  local stat
  stat="$(cat "/proc/$1/stat")"
  stat="${stat##*) }"
  awk '{ print $12 + $13 }' <<<"$stat"
}
median_of() {
  sort -g | awk '{ v[NR] = $1 }
    END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

agent_port="$(free_port)"
conf="$work/agent.yaml"
cat >"$conf" <<EOF
agent:
  environment: simulated
  scenario: $scenario
  stateDir: $work/state
  cycleInterval: 30s
http:
  port: $agent_port
EOF

start_agent() { # start_agent CDS_MODE: starts the agent from a fresh state folder, sets agent_pid
  rm -rf "$work/state"
  mkdir -p "$work/state"
  start_time=$EPOCHREALTIME
  SESSIONHOST_CDS="$1" "$launcher" agent --config "$conf" >"$work/agent.log" 2>&1 &
  agent_pid=$!
}
await_health() { # waits for the first 200 from the agent, sets ready_time
  local deadline=$((SECONDS + 60))
  while :; do
    probe "$agent_port"
    [ "$code" = 200 ] && break
    if ! kill -0 "$agent_pid" 2>/dev/null || [ "$SECONDS" -gt "$deadline" ]; then
      say "the agent gave no 200 on /v1/health (last answer: $code):"
      cat "$work/agent.log" >&2
      exit 1
    fi
    pause 0.005
  done
  ready_time=$EPOCHREALTIME
}
stop_agent() { # SIGTERM, and the agent must exit 0 (the launcher execs java, so this is the JVM)
  local status=0
  kill -TERM "$agent_pid"
  wait "$agent_pid" || status=$?
  agent_pid=""
  [ "$status" -eq 0 ] || { say "the agent exited $status on SIGTERM:"; cat "$work/agent.log" >&2; exit 1; }
}

load_before="$(cut -d ' ' -f 1-3 /proc/loadavg)"
say "load average at start: $load_before"

# --- class data archives: the documented one (check), then the agent's layer on top -----------
say "writing the class data archive (SESSIONHOST_CDS=dump ... check)"
SESSIONHOST_CDS=dump "$launcher" check --scenario "$scenario" >"$work/dump-check.log" 2>&1 || {
  say "the check of the healthy scenario failed while writing the archive:"
  cat "$work/dump-check.log" >&2
  exit 1
}
[ -s "$archive" ] || { say "no archive was written:"; cat "$work/dump-check.log" >&2; exit 1; }

say "writing the agent's layer (SESSIONHOST_CDS=dump ... agent, SIGTERM after the first 200)"
rm -rf "$work/state"
mkdir -p "$work/state"
# in dump mode the launcher waits for java, passes the SIGTERM on and keeps the layer written
SESSIONHOST_CDS=dump "$launcher" agent --config "$conf" >"$work/dump-agent.log" 2>&1 &
dump_pid=$!
agent_pid=$dump_pid
await_health
kill -TERM "$dump_pid"
wait "$dump_pid" || { say "the agent's dump run failed:"; cat "$work/dump-agent.log" >&2; exit 1; }
agent_pid=""
dump_pid=""
[ -s "$layer" ] || { say "no agent layer was written:"; cat "$work/dump-agent.log" >&2; exit 1; }
cp "$layer" "$work/agent.jsa"

# --- start to first 200: the three variants interleaved, so that a change of load hits all ------
: >"$work/starts"
for ((i = 1; i <= starts; i++)); do
  for variant in none check agent; do
    mode=auto
    case "$variant" in
      none) mode=off ;;
      check) rm -f "$layer" ;;
      agent) cp "$work/agent.jsa" "$layer" ;;
    esac
    start_agent "$mode"
    await_health
    echo "$variant $(awk -v s="$start_time" -v e="$ready_time" 'BEGIN { printf "%.3f", e - s }') \
$(status_kib "$agent_pid" VmRSS)" >>"$work/starts"
    stop_agent
  done
  say "starts: round $i of $starts done"
done
start_fig() { # start_fig VARIANT: "median_s median_rss_kib min_s max_s"
  local rows
  rows="$(awk -v v="$1" '$1 == v' "$work/starts")"
  printf '%s %s %s %s\n' "$(awk '{ print $2 }' <<<"$rows" | median_of)" \
    "$(awk '{ print $3 }' <<<"$rows" | median_of)" \
    "$(awk '{ print $2 }' <<<"$rows" | sort -g | head -n 1)" \
    "$(awk '{ print $2 }' <<<"$rows" | sort -g | tail -n 1)"
}
read -r none_s none_rss none_min none_max <<<"$(start_fig none)"
read -r check_s check_rss check_min check_max <<<"$(start_fig check)"
read -r agent_s agent_rss agent_min agent_max <<<"$(start_fig agent)"

# --- idle: one agent (with the agent-trained archive), CPU and memory from /proc ----------------
cp "$work/agent.jsa" "$layer"
start_agent auto
await_health
pause 5 # let what the start left behind (compilations, the first cycle's tail) finish
published() { curl -s "http://127.0.0.1:$agent_port/metrics" |
  awk '$1 == "sessionhost_snapshots_published_total" { printf "%d", $2 }'; }
cycles_before="$(published)"
hz="$(getconf CLK_TCK)"
ticks_before="$(cpu_ticks "$agent_pid")"
idle_start=$EPOCHREALTIME
say "idle: $idle_minutes minutes from $(date -u '+%H:%M:%S UTC') (cycleInterval 30s)"
: >"$work/idle-trace"
for ((m = 1; m <= idle_minutes; m++)); do
  pause 60
  echo "minute $m ticks $(cpu_ticks "$agent_pid") VmRSS $(status_kib "$agent_pid" VmRSS) kB" \
    >>"$work/idle-trace"
done
ticks_after="$(cpu_ticks "$agent_pid")"
idle_end=$EPOCHREALTIME
idle_hwm="$(status_kib "$agent_pid" VmHWM)"
idle_rss="$(status_kib "$agent_pid" VmRSS)"
cycles_after="$(published)"
idle_window="$(awk -v s="$idle_start" -v e="$idle_end" 'BEGIN { printf "%.1f", e - s }')"
idle_cpu="$(awk -v t=$((ticks_after - ticks_before)) -v hz="$hz" 'BEGIN { printf "%.2f", t / hz }')"
idle_pct="$(awk -v c="$idle_cpu" -v w="$idle_window" 'BEGIN { printf "%.3f", 100 * c / w }')"
idle_cycles=$((cycles_after - cycles_before))

# --- load: wrk on the agent, on nginx serving the same bytes, on the agent again ---------------
curl -sf -o "$work/nginx/html/v1/health" "http://127.0.0.1:$agent_port/v1/health"
nginx_port="$(free_port)"
# Two workers: the agent's JDK server has a dispatcher and four request threads and may use both
# cores, so nginx gets the whole machine too; wrk shares the same two cores with either.
nginx_workers=2
start_nginx() { # start_nginx WORKERS
  mkdir -p "$work/nginx/logs" "$work/nginx/tmp"
  local user_line=""
  # started by root, nginx would run its workers as nobody, who may not read this folder
  if [ "$(id -u)" = 0 ]; then user_line="user root root;"; fi
  cat >"$work/nginx/nginx.conf" <<EOF
$user_line
worker_processes $1;
error_log $work/nginx/logs/error.log warn;
pid $work/nginx/nginx.pid;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $work/nginx/tmp/body;
  proxy_temp_path $work/nginx/tmp/proxy;
  fastcgi_temp_path $work/nginx/tmp/fastcgi;
  uwsgi_temp_path $work/nginx/tmp/uwsgi;
  scgi_temp_path $work/nginx/tmp/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/nginx/html;
    location = /v1/health { default_type application/json; }
  }
}
EOF
  "$nginx_cmd" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' \
    2>"$work/nginx/stderr.log" &
  nginx_pid=$!
  local deadline=$((SECONDS + 10))
  until curl -sf -o "$work/nginx/answer" "http://127.0.0.1:$nginx_port/v1/health"; do
    [ "$SECONDS" -le "$deadline" ] && kill -0 "$nginx_pid" 2>/dev/null ||
      { say "nginx did not start:"; cat "$work/nginx/stderr.log" "$work/nginx/logs/error.log" >&2; exit 1; }
    pause 0.05
  done
  cmp -s "$work/nginx/answer" "$work/nginx/html/v1/health" ||
    { say "nginx does not serve the agent's bytes"; exit 1; }
  curl -sI "http://127.0.0.1:$nginx_port/v1/health" | grep -qi '^content-type: application/json' ||
    { say "nginx does not answer with application/json"; exit 1; }
}
stop_nginx() {
  kill -TERM "$nginx_pid"
  wait "$nginx_pid" || true
  nginx_pid=""
}
bench() { # bench NAME URL: runs wrk, prints "requests_per_s p99_ms errors"
  wrk -t2 -c32 -d10s --latency "$2" >"$work/wrk-$1.txt" 2>&1 ||
    { say "wrk failed on $2:"; cat "$work/wrk-$1.txt" >&2; exit 1; }
  awk '
    function ms(v) {
      if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000
      return v
    }
    $1 == "Requests/sec:" { rps = $2 }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { errors += $NF }
    /Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.3f %d\n", rps, p99, errors }' "$work/wrk-$1.txt"
}
say "wrk: the agent, nginx ($nginx_workers workers), the agent again, nginx (1 worker)"
read -r agent1_rps agent1_p99 agent1_err <<<"$(bench agent-1 "http://127.0.0.1:$agent_port/v1/health")"
start_nginx "$nginx_workers"
read -r nginx_rps nginx_p99 nginx_err <<<"$(bench nginx "http://127.0.0.1:$nginx_port/v1/health")"
stop_nginx
read -r agent2_rps agent2_p99 agent2_err <<<"$(bench agent-2 "http://127.0.0.1:$agent_port/v1/health")"
start_nginx 1
read -r nginx1_rps nginx1_p99 nginx1_err <<<"$(bench nginx-1 "http://127.0.0.1:$nginx_port/v1/health")"
stop_nginx
load_hwm="$(status_kib "$agent_pid" VmHWM)"
stop_agent
load_after="$(cut -d ' ' -f 1-3 /proc/loadavg)"

# the figure is the weaker of the two agent runs: rate and p99 each at their worse
agent_rps="$(awk -v a="$agent1_rps" -v b="$agent2_rps" 'BEGIN { print (a < b) ? a : b }')"
agent_p99="$(awk -v a="$agent1_p99" -v b="$agent2_p99" 'BEGIN { print (a > b) ? a : b }')"
ratio="$(awk -v a="$agent_rps" -v n="$nginx_rps" 'BEGIN { printf "%.2f", a / n }')"

# --- the table --------------------------------------------------------------------------------
met() { # met VALUE LIMIT: "met" when VALUE <= LIMIT
  awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l) ? "met" : "NOT MET" }'
}
mib() { awk -v k="$1" 'BEGIN { printf "%.0f MiB", k / 1024 }'; }
sec() { awk -v s="$1" 'BEGIN { printf "%.3f s", s }'; }
row() { printf '| %-52s | %-24s | %-12s | %-7s |\n' "$@"; }

java_version="$(java -version 2>&1 | head -n 1)"
cpu_model="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "sessionhost agent benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores ($cpu_model), $(uname -sr), $java_version"
echo "load average (1, 5, 15 min): $load_before at start, $load_after at the end"
echo "starts: $starts per variant, interleaved; idle: ${idle_window} s, $idle_cycles cycles;" \
  "nginx: worker_processes $nginx_workers (the agent may use both cores too)"
echo
row "figure" "value" "target" "met"
row "$(printf '%052d' 0 | tr 0 -)" "$(printf '%024d' 0 | tr 0 -)" "------------" "-------"
row "start to first 200, median (archive with agent)" "$(sec "$agent_s")" "<= 1 s" \
  "$(met "$agent_s" 1)"
row "  min / max" "$(sec "$agent_min") / $(sec "$agent_max")" "-" "-"
row "  archive trained on check only: median (min/max)" \
  "$(sec "$check_s") ($check_min/$check_max)" "<= 1 s" "$(met "$check_s" 1)"
row "  no archive of ours (JDK's own): median (min/max)" "$(sec "$none_s") ($none_min/$none_max)" "-" "-"
row "  RSS after start: agent / check / no archive" \
  "$(mib "$agent_rss") / $(mib "$check_rss") / $(mib "$none_rss")" "-" "-"
row "idle, cycle every 30s: CPU seconds in the window" "$idle_cpu s in $idle_window s" "-" "-"
row "idle: share of one core" "$idle_pct %" "<= 0.2 %" "$(met "$idle_pct" 0.2)"
row "idle: peak RSS (VmHWM, start included)" "$(mib "$idle_hwm")" "<= 128 MiB" \
  "$(met "$idle_hwm" 131072)"
row "idle: RSS at the end" "$(mib "$idle_rss")" "<= 64 MiB" "$(met "$idle_rss" 65536)"
row "wrk /v1/health: agent / nginx requests/s" "$ratio ($agent_rps / $nginx_rps)" ">= 0.5" \
  "$(awk -v r="$ratio" 'BEGIN { print (r >= 0.5) ? "met" : "NOT MET" }')"
row "wrk /v1/health: agent p99" "$agent_p99 ms" "< 10 ms" \
  "$(awk -v p="$agent_p99" 'BEGIN { print (p < 10) ? "met" : "NOT MET" }')"
row "  agent run 1: requests/s, p99, errors" "$agent1_rps, $agent1_p99 ms, $agent1_err" "-" "-"
row "  agent run 2: requests/s, p99, errors" "$agent2_rps, $agent2_p99 ms, $agent2_err" "-" "-"
row "  nginx, $nginx_workers workers: requests/s, p99, errors" \
  "$nginx_rps, $nginx_p99 ms, $nginx_err" "-" "-"
row "  nginx, 1 worker: requests/s, p99, errors" "$nginx1_rps, $nginx1_p99 ms, $nginx1_err" "-" "-"
row "  agent peak RSS after the wrk runs (VmHWM)" "$(mib "$load_hwm")" "-" "-"
