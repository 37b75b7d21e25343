# Sourced by the project's scripts: exports JAVA_HOME (a JDK >= 21, found by find-jdk.sh) and
# silences the harmless sun.misc.Unsafe warning Maven's own Guava prints on JDK 24 and newer.
chipscreen_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA_HOME="$("$chipscreen_root/scripts/find-jdk.sh")"
export JAVA_HOME
if "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then
  case " ${MAVEN_OPTS:-} " in
    *sun-misc-unsafe-memory-access*) ;;
    *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
  esac
fi
