#!/usr/bin/env bash
# The JVM options of the packaged application, in one place. Everything that launches the jar uses
# them: `make run`, the benchmark (bench/scripts/lib.sh) and the Docker image (docker/Dockerfile):
#
#     java $(scripts/java-opts.sh) -jar target/quarkus-app/quarkus-run.jar
#
# Why these values: bench/performance-notes.md ("Start-up", "RSS"), measured on 2 cores.
#   -Xmx160m -Xms160m  a fixed heap; TANDEM_JAVA_HEAP overrides it ("auto": three quarters of the
#                      memory the JVM sees, -XX:MaxRAMPercentage=75, as the image used to do).
#                      160 MB keeps one instance under 512 MB of RSS with 1,000 live streams (486 MB
#                      on the full bench set, 586 with 256), and the roster re-import of the bench
#                      district fits it. Until session 13 it cost 30-60% more CPU per request than
#                      256 MB (more frequent collections); since requests allocate a third as much
#                      (73 -> 26.5 KB for the ceiling), interleaved quick runs show no difference
#                      (bench/performance-notes.md, sessions 12 and 13). A district several times the
#                      bench's 66,000 people needs more for its roster import: raise it.
#   -XX:+UseSerialGC   one collector thread and no concurrent machinery. With this small heap on
#                      two cores it serves as many requests per CPU second as G1 (young pauses of
#                      ~3 ms), and keeps ~40 MB of G1's own structures and the old generation's
#                      untouched pages out of RSS (peak RSS under load: 50-70 MB less).
#                      For heaps of several GB on many cores, G1 (the JVM's default) is the choice.
#   -XX:SweeperThreshold=50  when the JIT has written this share of the code cache (240 MB) since code
#                      was last unloaded, the JVM forces a collection to unload it: with the serial
#                      collector a full one, ~150 ms with every request waiting ("Pause Full (CodeCache
#                      GC Threshold)" in the GC log). At the default 15% (36 MB) it came once in the
#                      first minutes under varied load, at the start of a benchmark window; at 50%
#                      none in the same run, and the code cache still unloads when it nears full.
#                      bench/performance-notes.md, session 18.
#   -XX:AOTCache       JDK 25+ (JEP 483/514/515): classes already loaded and linked, and method
#                      profiles, from a training run (scripts/aot-cache.sh); start-up ~2.6 s instead
#                      of ~5.5 s. Added only when the cache was made from exactly these jar files,
#                      this JVM and these options; otherwise the jar starts without it.
#
# Usage: java-opts.sh [--no-aot | --fingerprint | --heap]
#   --no-aot       the options without the AOT cache (what the training run uses)
#   --fingerprint  what the AOT cache must have been trained with (jar files, JVM, options)
#   --heap         the heap size in effect
# Environment: JAVA_HOME (else the `java` on PATH), TANDEM_JAVA_HEAP, TANDEM_JAVA_OPTS (appended),
#   TANDEM_APP_DIR (the quarkus-app directory; default: beside this script if quarkus-run.jar is
#   there, as in the image, else target/quarkus-app), TANDEM_AOT=off (never use the cache).
set -euo pipefail

DEFAULT_HEAP=160m

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ -n "${TANDEM_APP_DIR:-}" ]]; then
    app_dir="$TANDEM_APP_DIR"
elif [[ -f "$here/quarkus-run.jar" ]]; then
    app_dir="$here"
else
    app_dir="$(dirname "$here")/target/quarkus-app"
fi
heap="${TANDEM_JAVA_HEAP:-$DEFAULT_HEAP}"

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    java_home="$JAVA_HOME"
elif java_bin="$(command -v java)"; then
    java_home="$(dirname "$(dirname "$(readlink -f "$java_bin")")")"
else
    java_home="/nonexistent" # no JVM to ask: only the options every JDK 21+ takes
fi
# The JVM's exact version: the `release` file is cheap to read; a JVM start is the fallback.
runtime_version=""
if [[ -r "$java_home/release" ]]; then
    runtime_version=$(sed -n 's/^JAVA_RUNTIME_VERSION="\([^"]*\)".*/\1/p' "$java_home/release")
    [[ -n "$runtime_version" ]] || runtime_version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$java_home/release")
fi
if [[ -z "$runtime_version" ]]; then
    runtime_version=$("$java_home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1 || true)
fi
major="${runtime_version%%[.+-]*}"
[[ "$major" =~ ^[0-9]+$ ]] || major=0

opts=()
# Quarkus answers a URI with a bad %-escape with a bare 400 (no body, no request id) unless this is
# set; with it the router sees the request and RouterProblems answers a 400 problem.
opts=(-XX:+UseSerialGC -XX:SweeperThreshold=50 -Dvertx.disableURIValidation=true)
# shellcheck disable=SC2206 # word splitting is intended: a list of options
opts+=(${TANDEM_JAVA_OPTS:-})
if [[ "$heap" == auto ]]; then
    heap_opts=(-XX:MaxRAMPercentage=75)
else
    heap_opts=("-Xmx$heap" "-Xms$heap")
fi

fingerprint() {
    # The JVM refuses a cache whose jar files changed (it compares sizes and times) or whose
    # options differ in what matters (the collector, for one); this says so before the JVM has to.
    # The heap size does not matter.
    {
        echo "jvm $java_home $runtime_version"
        echo "opts ${opts[*]}"
        (cd "$app_dir" && find . -type f \( -name '*.jar' -o -name '*.dat' \) -printf '%p %s %T@\n' | LC_ALL=C sort)
    } | sha256sum | cut -c1-32
}

case "${1:-}" in
    --heap) echo "$heap"; exit 0 ;;
    --fingerprint) fingerprint; exit 0 ;;
    --no-aot) echo "${heap_opts[*]} ${opts[*]}"; exit 0 ;;
    "") ;;
    *) echo "usage: java-opts.sh [--no-aot | --fingerprint | --heap]" >&2; exit 2 ;;
esac

if (( major >= 25 )) && [[ "${TANDEM_AOT:-}" != off && -f "$app_dir/app.aot" && -f "$app_dir/app.aot.fingerprint" ]] &&
    [[ "$(cat "$app_dir/app.aot.fingerprint")" == "$(fingerprint)" ]]; then
    # Errors only: JDK 25.0.3 warns on every start about adapter stubs it could not reuse, which is harmless.
    opts+=("-XX:AOTCache=$app_dir/app.aot" "-Xlog:aot*=error")
fi
echo "${heap_opts[*]} ${opts[*]}"
