#!/usr/bin/env bash
# Prints the home directory of a JDK 21 or newer on stdout, or explains on stderr and exits 1.
#
# Why this exists: the machines this project runs on have Java 17 as the default `java`, which
# cannot build the project, and a newer JDK installed beside it. Maven's wrapper uses JAVA_HOME,
# so callers do:  JAVA_HOME="$(scripts/find-jdk.sh)" && export JAVA_HOME && ./mvnw ...
#
# Order: $JAVA_HOME if it is new enough (an explicit choice wins), then the newest JDK found in
# the usual install locations, then the `java` on PATH. Only full JDKs count (javac present):
# a JRE can run the jar but cannot build it.
set -euo pipefail

MIN_VERSION=21

# Major version of the JDK at $1, or nothing. Reads the `release` file (cheap, no JVM start);
# falls back to asking the JVM. Handles both "21.0.2" and the old "1.8.0" scheme.
jdk_major() {
    local home="$1" version=""
    [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
    if [[ -r "$home/release" ]]; then
        version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
    fi
    if [[ -z "$version" ]]; then
        version=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)
    fi
    [[ -n "$version" ]] || return 0
    if [[ "$version" == 1.* ]]; then
        version="${version#1.}"
    fi
    echo "${version%%[.+-]*}"
}

# 1. An explicit JAVA_HOME, if it is recent enough. An older one is ignored with a note rather
#    than an error, because on these machines it is often set system-wide to the default JDK.
if [[ -n "${JAVA_HOME:-}" ]]; then
    major=$(jdk_major "$JAVA_HOME")
    if [[ -n "$major" && "$major" -ge "$MIN_VERSION" ]]; then
        echo "$JAVA_HOME"
        exit 0
    fi
    echo "find-jdk: ignoring JAVA_HOME=$JAVA_HOME (not a JDK $MIN_VERSION+); looking for another JDK" >&2
fi

# 2. The newest JDK in the usual places (Debian/Ubuntu packages and Temurin debs, macOS, SDKMAN).
best_home="" best_major=0
shopt -s nullglob
for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [[ -d "$home" && ! -L "$home" ]] || continue # symlinks are aliases of real directories
    major=$(jdk_major "$home")
    if [[ -n "$major" && "$major" -ge "$MIN_VERSION" && "$major" -gt "$best_major" ]]; then
        best_home="$home" best_major="$major"
    fi
done
if [[ -n "$best_home" ]]; then
    echo "$best_home"
    exit 0
fi

# 3. Whatever `java` on PATH belongs to, in case it is a recent JDK installed somewhere unusual.
if command -v javac >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(jdk_major "$home")
    if [[ -n "$major" && "$major" -ge "$MIN_VERSION" ]]; then
        echo "$home"
        exit 0
    fi
fi

cat >&2 <<MSG
find-jdk: no JDK $MIN_VERSION or newer was found.
  Tandem needs Java $MIN_VERSION+ to build and run. Install one (for example the Temurin $MIN_VERSION JDK,
  or Debian's openjdk-$MIN_VERSION-jdk where available) and point JAVA_HOME at it:
      export JAVA_HOME=/path/to/jdk-$MIN_VERSION
  Looked at: \$JAVA_HOME, /usr/lib/jvm/*, /Library/Java/JavaVirtualMachines/*, ~/.sdkman, and javac on PATH.
MSG
exit 1
