#!/usr/bin/env bash
# TCP syslog ingestion, side by side in one run: loggen -S -P -s 300 into syslog-ng 3.38 writing the same load to a
# file, then into uSIEM's syslog input three ways:
#   1. input + journal: the TCP listener and the kernel's real journal, lines encoded and appended as the kernel does,
#      acknowledged (read on) once durable; nothing behind it (issue 7's goal: >= 1.0x syslog-ng)
#   2. input + journal + pipeline: the same with the real pipeline engine behind it, trivial parsing (no parser: each
#      line stored raw) and a sink that only counts (no store, no Sigma)
#   3. the whole distribution with its defaults (parsers, store, rules), as before.
# 1 and 2 run io.usiem.kernel.internal.SyslogInputStage from benchmarks/target/benchmarks.jar (build it first:
# mvn -q install -DskipTests -pl connectors/sysloginput && mvn -q package -DskipTests -pl benchmarks).
# 3 uses the distribution already built (USIEM_NO_BUILD=1 unless set; USIEM_DIST=0 skips it).
# Needs loggen and syslog-ng (Debian: syslog-ng-core). Usage: benchmarks/loggen/compare-syslog-ng.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECS="${1:-20}"
CONNS="${2:-4}"
WORK="$(mktemp -d /tmp/usiem-loggen.XXXXXX)"
SYSLOG_NG="${SYSLOG_NG:-$(command -v syslog-ng || echo /usr/sbin/syslog-ng)}"
LOGGEN=(loggen -i -S -P -s 300 -r 10000000 -I "$SECS" --active-connections="$CONNS")

rate() { grep -Eo 'average rate = [0-9.]+' | grep -Eo '[0-9.]+$' | tail -1; }

echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# load: ${LOGGEN[*]} 127.0.0.1 PORT"

# syslog-ng: TCP source, file destination, as a user would configure it.
cat > "$WORK/syslog-ng.conf" <<CONF
@version: 3.38
options { keep-hostname(yes); flush-lines(1000); };
source s_net { network(transport("tcp") port(17514) flags(syslog-protocol) max-connections(100) log-iw-size(100000)); };
destination d_file { file("$WORK/syslog-ng.out"); };
log { source(s_net); destination(d_file); };
CONF
"$SYSLOG_NG" -F -f "$WORK/syslog-ng.conf" ${SYSLOG_NG_ARGS:-} -R "$WORK/persist" -p "$WORK/pid" -c "$WORK/ctl" > "$WORK/syslog-ng.log" 2>&1 &
SNG=$!
until grep -q . "$WORK/pid" 2>/dev/null; do sleep 0.2; done
sng_rate="$("${LOGGEN[@]}" 127.0.0.1 17514 2>&1 | rate)"
kill "$SNG"; wait "$SNG" 2>/dev/null || true
echo "syslog-ng -> file: $sng_rate msg/s ($(wc -l < "$WORK/syslog-ng.out") lines written)"

# uSIEM's input + journal stage (and the pipeline behind it), in its own JVM, on port 17600.
stage() {
  local mode="$1" out="$WORK/stage-$1.out"
  mkfifo "$WORK/stage-$mode.in"
  java -Xmx1g -cp benchmarks/target/benchmarks.jar io.usiem.kernel.internal.SyslogInputStage 17600 "$WORK/stage-$mode" "$mode" \
    < "$WORK/stage-$mode.in" > "$out" 2>&1 &
  local pid=$!
  exec 7> "$WORK/stage-$mode.in"
  until grep -q READY "$out" 2>/dev/null; do sleep 0.2; done
  local r
  r="$("${LOGGEN[@]}" 127.0.0.1 17600 2>&1 | rate)"
  exec 7>&-
  wait "$pid"
  echo "$r"
}
if [ -f benchmarks/target/benchmarks.jar ]; then
  stage_rate="$(stage journal-only)"
  echo "uSIEM syslog input -> journal (SyslogInputStage journal-only): $stage_rate msg/s"
  awk -v u="$stage_rate" -v s="$sng_rate" 'BEGIN { printf "ratio input + journal / syslog-ng: %.2fx\n", u / s }'
  grep -E "^(input|journal):" "$WORK/stage-journal-only.out" | sed 's/^/#   /'
  pipe_rate="$(stage pipeline)"
  echo "uSIEM syslog input -> journal -> pipeline, trivial parsing (SyslogInputStage pipeline): $pipe_rate msg/s"
  awk -v u="$pipe_rate" -v s="$sng_rate" 'BEGIN { printf "ratio input + journal + pipeline / syslog-ng: %.2fx\n", u / s }'
  grep -E "^(input|journal|sink):" "$WORK/stage-pipeline.out" | sed 's/^/#   /'
else
  echo "benchmarks/target/benchmarks.jar not built: input + journal rows skipped"
fi
[ "${USIEM_DIST:-1}" = 0 ] && { rm -rf "$WORK"; exit 0; }

# uSIEM: the distribution with its defaults (syslog input on 5514, journal, parsers, sinks).
export USIEM_HOME="$WORK/usiem"
USIEM_NO_BUILD="${USIEM_NO_BUILD:-1}" ./usiem start > "$WORK/usiem-start.log"
usiem_rate="$("${LOGGEN[@]}" 127.0.0.1 5514 2>&1 | rate)"
./usiem cli "siem:status" > "$WORK/status.txt" || true
./usiem stop > /dev/null
echo "uSIEM distribution (syslog input -> journal -> parsers, store, rules): $usiem_rate msg/s"
grep -E "syslog-tcp|accepted" "$WORK/status.txt" | head -3 || true
awk -v u="$usiem_rate" -v s="$sng_rate" 'BEGIN { printf "ratio uSIEM / syslog-ng: %.2fx\n", u / s }'
rm -rf "$WORK"
