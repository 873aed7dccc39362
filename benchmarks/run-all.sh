#!/usr/bin/env bash
# Every benchmark of BENCHMARKS.md, one after the other (build first: mvn -B -q install -DskipTests). Results: /tmp/jmh-*.json
cd "$(dirname "$0")/.."
J="java -jar benchmarks/target/benchmarks.jar"
COMMON="-f 1 -wi 3 -w 2s -i 3 -r 2s -prof gc"
$J "(Filterlog|CiscoAsa|PanOs|FortiGate|SuricataEve|Zeek|WindowsEvent|WindowsDns|LinuxAuth|Auditd|CloudTrail|WebServerAccess|Squid|GenericSyslog)ParserBenchmark" $COMMON -rf json -rff /tmp/jmh-parsers.json > /tmp/jmh-parsers.log 2>&1
$J "SigmaEngineBenchmark" -f 1 -wi 3 -w 3s -i 3 -r 3s -prof gc -rf json -rff /tmp/jmh-sigma.json > /tmp/jmh-sigma.log 2>&1
$J "DatasetLookupBenchmark|EnrichmentBenchmark" -f 1 -wi 2 -w 2s -i 3 -r 2s -rf json -rff /tmp/jmh-datasets.json > /tmp/jmh-datasets.log 2>&1
$J "HttpBulkInputBenchmark" -f 1 -wi 2 -w 3s -i 3 -r 3s -rf json -rff /tmp/jmh-http.json > /tmp/jmh-http.log 2>&1
$J "LuceneStoreBenchmark" -f 1 -wi 2 -w 3s -i 3 -r 5s -rf json -rff /tmp/jmh-store.json > /tmp/jmh-store.log 2>&1
benchmarks/loggen/compare-syslog-ng.sh 20 4 > /tmp/loggen.log 2>&1
echo done > /tmp/bench.done
