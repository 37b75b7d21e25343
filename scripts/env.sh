# Sourced by the project's scripts: exports JAVA_HOME (a JDK >= 21, found by find-jdk.sh) and
# silences the harmless sun.misc.Unsafe warning Maven's own Guava prints on JDK 24 and newer.
chipscreen_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA_HOME="$("$chipscreen_root/scripts/find-jdk.sh")"
export JAVA_HOME
JAVA_MAJOR="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null)"
if [ "${JAVA_MAJOR:-0}" -ge 24 ] 2>/dev/null \
  || "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then
  case " ${MAVEN_OPTS:-} " in
    *sun-misc-unsafe-memory-access*) ;;
    *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
  esac
fi
