#!/usr/bin/env bash
# Measures sessionhost and prints a table of figures against their targets (issue 3, "Measure"):
#
#   - the one-shot `sessionhost check` of the simulated healthy scenario: median wall time and peak
#     RSS over N runs, beside a bare `java -version` (and the same check without the class data
#     archive, for scale);
#   - parallelism: seven checks that each sleep 200 ms, cycle time / 200 ms;
#   - 200 checks that return at once, from one plugin: cycle time and process CPU per check per
#     cycle, in process over many cycles after a warm-up.
#
# Not a test and not run by CI: figures depend on the machine and on what else runs on it, so
# run it on a quiet machine and read the load average it prints. Everything stays on this
# machine: the check runs in the simulated environment, the synthetic checks only sleep.
#
# Usage: benchmarks/run.sh [--runs N] [--no-build]
#   --runs N     one-shot runs per figure (default 10)
#   --no-build   use the distribution already in bootstrap/target instead of building it
set -euo pipefail

runs=10
build=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --no-build) build=no; shift ;;
    -h | --help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/target"
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
jar_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}jar"

say() { echo "run.sh: $*" >&2; }

# --- the distribution, unpacked from the tar.gz as an operator would ---------------------------
if [ "$build" = yes ]; then
  say "building the distribution (mvn -DskipTests -pl bootstrap -am package)"
  (cd "$root" && mvn -B -q -DskipTests -pl bootstrap -am package)
fi
tarball="$(ls "$root"/bootstrap/target/sessionhost-*.tar.gz 2>/dev/null | head -n 1 || true)"
if [ -z "$tarball" ]; then
  say "no distribution in bootstrap/target: run without --no-build"
  exit 2
fi
rm -rf "$work"
mkdir -p "$work/dist"
tar -xzf "$tarball" -C "$work/dist"
home="$(ls -d "$work"/dist/sessionhost-*)"
launcher="$home/bin/sessionhost"
scenario="$home/examples/scenarios/healthy.yaml"

# the archive is not in the tar.gz (it fits one directory only): write it the documented way
say "writing the class data archive (SESSIONHOST_CDS=dump)"
for format in table json azure; do # as the README says: once per format in use
  SESSIONHOST_CDS=dump "$launcher" check --scenario "$scenario" --format "$format" \
    >"$work/dump.log" 2>&1 || {
    say "the check of the healthy scenario failed while writing the archive:"
    cat "$work/dump.log" >&2
    exit 1
  }
done
if [ ! -s "$home/lib/sessionhost.jsa" ]; then
  say "no archive was written:"
  cat "$work/dump.log" >&2
  exit 1
fi

# --- one process, N times: median wall seconds and peak RSS -----------------------------------
# Prints "median_wall_s median_rss_kib max_rss_kib". Fails when a run exits non-zero.
if [ -x /usr/bin/time ]; then
  rss_source="/usr/bin/time"
else
  # .ci/run does not need it; without it, wall time comes from bash and the peak RSS from
  # polling /proc (VmHWM only grows, so the last reading before exit is close to the peak)
  rss_source="/proc polling (install 'time' for exact figures)"
  exec {nap}<> <(:)
fi

run_once() { # prints "wall_s rss_kib"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %M' -o "$work/time.out" "$@" >/dev/null 2>"$work/run.err" ||
      { say "'$*' failed:"; cat "$work/run.err" >&2; exit 1; }
    tail -n 1 "$work/time.out"
  else
    local start end pid hwm=0 line status=0
    start=$EPOCHREALTIME
    "$@" >/dev/null 2>"$work/run.err" &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      while read -r line; do
        case "$line" in VmHWM:*) line="${line#VmHWM:}"; hwm="${line% kB}" ;; esac
      done <"/proc/$pid/status" 2>/dev/null || true
      read -r -t 0.005 -u "$nap" _ || true # a pause without starting a program
    done
    wait "$pid" || status=$?
    end=$EPOCHREALTIME
    [ "$status" -eq 0 ] || { say "'$*' failed:"; cat "$work/run.err" >&2; exit 1; }
    awk -v s="$start" -v e="$end" -v m="$hwm" 'BEGIN { printf "%.3f %d\n", e - s, m }'
  fi
}

median_of() { # reads numbers, prints their median
  sort -g | awk '{ v[NR] = $1 }
    END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

figures_of() { # figures_of SAMPLES: prints "median_wall median_rss max_rss"
  printf '%s %s %s\n' \
    "$(awk '{ print $1 }' "$1" | median_of)" \
    "$(awk '{ print $2 }' "$1" | median_of)" \
    "$(awk '{ print $2 }' "$1" | sort -g | tail -n 1)"
}

measure() { # measure LABEL COMMAND...: prints "median_wall median_rss max_rss"
  local label="$1" i
  shift
  say "$label: $runs runs"
  : >"$work/samples"
  for ((i = 0; i < runs; i++)); do
    run_once "$@" >>"$work/samples"
  done
  figures_of "$work/samples"
}

# The check in each output format, the formats in turn round after round, so that a machine
# growing busier or quieter during the runs weighs on each format the same: run one format after
# the other, azure came out 0.09 s over the table in one run, and within 0.02 s of it when the
# three took turns by hand. Writes FORMAT.fig for each.
measure_formats() {
  local i format
  say "sessionhost check in the table, json and azure formats, in turn: $runs rounds"
  for format in table json azure; do : >"$work/samples.$format"; done
  for ((i = 0; i < runs; i++)); do
    for format in table json azure; do
      run_once "$launcher" check --scenario "$scenario" --format "$format" >>"$work/samples.$format"
    done
  done
  for format in table json azure; do figures_of "$work/samples.$format" >"$work/$format.fig"; done
}

load_before="$(cut -d ' ' -f 1-3 /proc/loadavg)"
measure "java -version" "$java_cmd" -version >"$work/java.fig"
measure_formats
mv "$work/table.fig" "$work/check.fig"
measure "sessionhost check without the archive" \
  env SESSIONHOST_CDS=off "$launcher" check --scenario "$scenario" >"$work/nocds.fig"
read -r java_wall java_rss _ <"$work/java.fig"
read -r check_wall check_rss check_rss_max <"$work/check.fig"
read -r json_wall json_rss _ <"$work/json.fig"
read -r azure_wall azure_rss _ <"$work/azure.fig"
json_delta="$(awk -v a="$json_wall" -v b="$check_wall" 'BEGIN { printf "%+.3f", a - b }')"
azure_delta="$(awk -v a="$azure_wall" -v b="$check_wall" 'BEGIN { printf "%+.3f", a - b }')"
read -r nocds_wall nocds_rss _ <"$work/nocds.fig"

# --- synthetic plugins: N generated checks in one jar, as a third party would build it --------
sdk_classpath="$(ls "$home"/lib/sessionhost-plugin-api-*.jar):$(ls "$home"/lib/pf4j-*.jar)"

plugin() { # plugin ID COUNT SLEEP_MS: builds $work/plugins-ID/ID.jar, prints the folder
  local id="$1" count="$2" sleep_ms="$3" dir="$work/plugin-$1" i name
  mkdir -p "$dir/src" "$dir/classes/META-INF" "$work/plugins-$id"
  : >"$dir/classes/META-INF/extensions.idx"
  for ((i = 1; i <= count; i++)); do
    name="$(printf 'Bench%sCheck%03d' "${id//-/}" "$i")"
    sed -e "s/@CLASS@/$name/g" -e "s/@SLEEP_MS@/$sleep_ms/g" \
      "$here/src/SyntheticCheck.java.in" >"$dir/src/$name.java"
    echo "dev.sessionhost.benchmarks.synthetic.$name" >>"$dir/classes/META-INF/extensions.idx"
  done
  "$javac_cmd" --release 17 -proc:none -nowarn -cp "$sdk_classpath" -d "$dir/classes" \
    "$dir"/src/*.java
  printf '%s\n' "Plugin-Id: bench-$id" "Plugin-Version: 1.0.0" \
    "Plugin-Requires: >=1.0.0 & <2.0.0" "Plugin-Provider: sessionhost benchmarks" \
    "Plugin-Description: $count generated checks that sleep $sleep_ms ms" >"$dir/manifest.txt"
  "$jar_cmd" --create --file "$work/plugins-$id/bench-$id.jar" --manifest "$dir/manifest.txt" \
    -C "$dir/classes" .
  echo "$work/plugins-$id"
}

say "building the synthetic plugins and the cycle harness"
sleepy="$(plugin sleepy 7 200)"
many="$(plugin many 200 0)"
mkdir -p "$work/harness"
"$javac_cmd" --release 17 -nowarn -cp "$home/lib/*" -d "$work/harness" "$here/src/CycleBench.java"

cycle_bench() { # cycle_bench PLUGINS EXPECTED WARMUP MEASURED: prints key=value lines
  # the launcher's JVM options, so that the agent's cycles are measured as they would run
  "$java_cmd" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -Xmx128m \
    -cp "$work/harness:$home/lib/*" CycleBench "$@"
}
value() { sed -n "s/^$1=//p"; }

say "7 checks x 200 ms: 2 warm-up cycles, 10 measured"
parallel_out="$(cycle_bench "$sleepy" 7 2 10)"
parallel_ms="$(value cycle_median_ms <<<"$parallel_out")"
parallel_ratio="$(awk -v m="$parallel_ms" 'BEGIN { printf "%.3f", m / 200 }')"

say "200 instant checks: 200 warm-up cycles, 1000 measured"
many_out="$(cycle_bench "$many" 200 200 1000)"
many_ms="$(value cycle_median_ms <<<"$many_out")"
many_cpu="$(value cpu_per_check_ms <<<"$many_out")"
load_after="$(cut -d ' ' -f 1-3 /proc/loadavg)"

# --- the table --------------------------------------------------------------------------------
met() { # met VALUE LIMIT: "met" when VALUE <= LIMIT
  awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l) ? "met" : "NOT MET" }'
}
mib() { awk -v k="$1" 'BEGIN { printf "%.0f MiB", k / 1024 }'; }
sec() { awk -v s="$1" 'BEGIN { printf "%.3f s", s }'; }
row() { printf '| %-50s | %-20s | %-12s | %-7s |\n' "$@"; }

java_version="$("$java_cmd" -version 2>&1 | head -n 1)"
cpu_model="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "sessionhost benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores ($cpu_model), $(uname -sr), $java_version"
echo "load average (1, 5, 15 min): $load_before before, $load_after after"
echo "one-shot figures: $runs runs each (the three formats in turn), peak RSS by $rss_source"
echo
row "figure" "value" "target" "met"
row "$(printf '%050d' 0 | tr 0 -)" "$(printf '%020d' 0 | tr 0 -)" "------------" "-------"
row "check, one-shot: median wall time" "$(sec "$check_wall")" "<= 0.4 s" "$(met "$check_wall" 0.4)"
row "check, one-shot: median peak RSS (max of runs)" \
  "$(mib "$check_rss") ($(mib "$check_rss_max"))" \
  "<= 100 MiB" "$(met "$check_rss" 102400)"
row "  --format json: median wall, minus the table's" "$(sec "$json_wall"), $json_delta s" \
  "<= +0.05 s" "$(met "$json_delta" 0.05)"
row "  --format azure: median wall, minus the table's" "$(sec "$azure_wall"), $azure_delta s" \
  "<= +0.05 s" "$(met "$azure_delta" 0.05)"
row "  --format json / azure: median peak RSS" "$(mib "$json_rss") / $(mib "$azure_rss")" "-" "-"
row "  for scale: bare java -version, wall / RSS" "$(sec "$java_wall") / $(mib "$java_rss")" "-" "-"
row "  for scale: check without the archive, wall / RSS" \
  "$(sec "$nocds_wall") / $(mib "$nocds_rss")" "-" "-"
row "7 checks x 200 ms: median cycle / 200 ms" "$parallel_ratio ($parallel_ms ms)" "<= 1.05" \
  "$(met "$parallel_ratio" 1.05)"
row "200 instant checks: median cycle time" "$many_ms ms" "-" "-"
row "200 instant checks: CPU per check per cycle" "$many_cpu ms" "<= 0.2 ms" \
  "$(met "$many_cpu" 0.2)"
