#!/usr/bin/env bash
# Prints the path of a JDK home whose java is version 21 or newer, or exits 1 with a message.
# Order: $JAVA_HOME, the java on PATH, then every JDK in the system's JVM folder (newest first).
set -u
MIN_JAVA=21

java_major() {  # $1 = path to a java binary
  # The JDK's release file says it without starting a JVM (a tenth of a second on every launch).
  local release
  release="$(dirname "$(dirname "$1")")/release"
  if [ -f "$release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
    return
  fi
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

candidates=()
[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
if command -v java >/dev/null 2>&1; then
  candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
fi
for dir in $(ls -d /usr/lib/jvm/*/ /usr/local/lib/jvm/*/ /opt/java/*/ 2>/dev/null | sort -rV); do
  candidates+=("${dir%/}")
done

for home in "${candidates[@]}"; do
  if [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ]; then
    major=$(java_major "$home/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$MIN_JAVA" ] 2>/dev/null; then
      echo "$home"
      exit 0
    fi
  fi
done
echo "chipscreen: no JDK ${MIN_JAVA} or newer found (looked at \$JAVA_HOME, the java on PATH and /usr/lib/jvm)." >&2
echo "chipscreen: install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+) or set JAVA_HOME." >&2
exit 1
