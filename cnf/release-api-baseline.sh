#!/usr/bin/env bash
# Records the API bundle just built as the released baseline that later builds must stay compatible with.
# Used once per API release (see api.bundle/README.md, "Changing the API"): ./cnf/release-api-baseline.sh 1.0.0
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?usage: $0 <api version, e.g. 1.0.0>}
jar=$(ls api.bundle/target/io.usiem.api-*.jar | grep -v sources | head -1)
dir=cnf/baseline/io/usiem/io.usiem.api/$version
mkdir -p "$dir"
cp "$jar" "$dir/io.usiem.api-$version.jar"
cat > "$dir/io.usiem.api-$version.pom" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.usiem</groupId>
  <artifactId>io.usiem.api</artifactId>
  <version>$version</version>
  <description>uSIEM API $version as released: the baseline of the bnd baseline check (no dependencies listed on purpose).</description>
</project>
POM
# Maven keeps what it resolved from the file repository; a stale copy would hide the new baseline.
rm -rf "${HOME}/.m2/repository/io/usiem/io.usiem.api/$version"
echo "baseline $version <- $jar"
