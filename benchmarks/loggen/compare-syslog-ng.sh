#!/usr/bin/env bash
# TCP syslog ingestion, side by side in one run: loggen -S -P -s 300 into uSIEM's syslog input (journal on, the
# default distribution behind it) and into syslog-ng 3.38 writing the same load to a file.
# Uses the distribution already built (USIEM_NO_BUILD=1 unless set). Needs loggen and syslog-ng (Debian: syslog-ng-core). Usage: benchmarks/loggen/compare-syslog-ng.sh [seconds] [connections]
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

# uSIEM: the distribution with its defaults (syslog input on 5514, journal, parsers, sinks).
export USIEM_HOME="$WORK/usiem"
USIEM_NO_BUILD="${USIEM_NO_BUILD:-1}" ./usiem start > "$WORK/usiem-start.log"
usiem_rate="$("${LOGGEN[@]}" 127.0.0.1 5514 2>&1 | rate)"
./usiem cli "siem:status" > "$WORK/status.txt" || true
./usiem stop > /dev/null
echo "uSIEM syslog input -> journal: $usiem_rate msg/s"
grep -E "syslog-tcp|accepted" "$WORK/status.txt" | head -3 || true
awk -v u="$usiem_rate" -v s="$sng_rate" 'BEGIN { printf "ratio uSIEM / syslog-ng: %.2fx\n", u / s }'
rm -rf "$WORK"
