#!/usr/bin/env bash
# Build the embedded Neo4j 5.26 launcher (tools/neo4j) with Maven.
# Idempotent: does nothing when target/classes and target/lib are newer than
# the pom and every source file. Set ZONEGRAPH_NEO4J_FORCE_BUILD=1 to force.
# Downloads go to ~/.m2 (Maven Central).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$here/target"
stamp="$target/.zonegraph-build-stamp"

up_to_date() {
  [ "${ZONEGRAPH_NEO4J_FORCE_BUILD:-0}" = "1" ] && return 1
  [ -f "$stamp" ] || return 1
  [ -f "$target/classes/zonegraph/neo4j/Launcher.class" ] || return 1
  [ -d "$target/lib" ] || return 1
  ls "$target"/lib/neo4j-harness-*.jar >/dev/null 2>&1 || return 1
  # Anything (pom, sources, this script) newer than the stamp -> rebuild.
  if [ -n "$(find "$here/pom.xml" "$here/build.sh" "$here/src" -newer "$stamp" -print -quit)" ]; then
    return 1
  fi
  return 0
}

if up_to_date; then
  exit 0
fi

for tool in java mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "tools/neo4j/build.sh: '$tool' not found on PATH (need Java 17+ and Maven 3.8+; see .ci/neo4j.sh)" >&2
    exit 127
  fi
done

# Several test runs / engineers may build at once: serialise on a lock, then re-check.
if command -v flock >/dev/null 2>&1; then
  exec 9>"${TMPDIR:-/tmp}/zonegraph-neo4j-build.lock"
  flock 9
  if up_to_date; then
    exit 0
  fi
fi

echo "tools/neo4j/build.sh: building Neo4j launcher (first run downloads ~150 MB to ~/.m2)..." >&2
# Remove stale jars (e.g. after a version bump) so the runtime classpath is exact.
rm -rf "$target/lib" "$target/classes"
mvn -q -B -Dstyle.color=never -f "$here/pom.xml" package -DskipTests
touch "$stamp"
echo "tools/neo4j/build.sh: done" >&2
