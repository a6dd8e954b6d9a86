#!/usr/bin/env bash
# CI step: make sure Java 17+ and Maven exist, then build the embedded Neo4j 5.26 launcher
# (tools/neo4j) so the vitest globalSetup can start a real Neo4j server.
# Idempotent: installs nothing when java (17+) and mvn are already on PATH, and
# tools/neo4j/build.sh is a no-op when the launcher is up to date. Exits non-zero on failure.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

log() { echo "[.ci/neo4j.sh] $*" >&2; }

java_major() {
  # `java -version` prints e.g.: openjdk version "17.0.15" 2025-04-15  (or "1.8.0_392")
  local v
  v="$(java -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\)\(\.\([0-9][0-9]*\)\)\{0,1\}.*/\1 \3/p' | head -n1)"
  set -- $v
  if [ "${1:-0}" = "1" ]; then echo "${2:-0}"; else echo "${1:-0}"; fi
}

have_java17() { command -v java >/dev/null 2>&1 && [ "$(java_major)" -ge 17 ]; }
have_mvn() { command -v mvn >/dev/null 2>&1; }

apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      log "need root (or sudo) to apt-get install: $*"; return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    log "apt-get not available; install Java 17+ and Maven 3.8+ manually"; return 1
  fi
  if [ -z "${_apt_updated:-}" ]; then
    log "apt-get update"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    _apt_updated=1
  fi
  log "apt-get install $*"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

if ! have_java17; then
  log "java 17+ not found (java: $(command -v java || echo none)); installing a JDK"
  if ! apt_install openjdk-17-jdk-headless; then
    log "openjdk-17-jdk-headless unavailable; trying default-jdk-headless"
    apt_install default-jdk-headless
  fi
  hash -r
  have_java17 || { log "still no java 17+ on PATH after install"; exit 1; }
fi

if ! have_mvn; then
  log "mvn not found; installing maven"
  apt_install maven
  hash -r
  have_mvn || { log "still no mvn on PATH after install"; exit 1; }
fi

log "java $(java_major) at $(command -v java); $(mvn -v 2>/dev/null | head -n1 | sed 's/\x1b\[[0-9;]*m//g')"
bash "$repo/tools/neo4j/build.sh"
test -f "$repo/tools/neo4j/target/classes/zonegraph/neo4j/Launcher.class" || { log "launcher build output missing"; exit 1; }
log "Neo4j launcher ready (tools/neo4j/target)"
