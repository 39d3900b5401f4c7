#!/usr/bin/env bash
# The JVM options of the packaged application, in one place. Everything that launches the jar uses
# them: `make run`, the benchmark (bench/scripts/lib.sh) and the Docker image (docker/Dockerfile):
#
#     java $(scripts/java-opts.sh) -jar target/quarkus-app/quarkus-run.jar
#
# Why these values: bench/performance-notes.md ("Start-up", "RSS"), measured on 2 cores.
#   -Xmx256m -Xms256m  a fixed heap; TANDEM_JAVA_HEAP overrides it ("auto": three quarters of the
#                      memory the JVM sees, -XX:MaxRAMPercentage=75, as the image used to do)
#   -XX:+UseSerialGC   one collector thread and no concurrent machinery. With this small heap on
#                      two cores it serves as many requests per CPU second as G1 (young pauses of
#                      ~3 ms), and keeps ~40 MB of G1's own structures and the old generation's
#                      untouched pages out of RSS (peak RSS under load: 50-70 MB less).
#                      For heaps of several GB on many cores, G1 (the JVM's default) is the choice.
#
# Usage: java-opts.sh [--heap]
#   --heap         the heap size in effect
# Environment: TANDEM_JAVA_HEAP, TANDEM_JAVA_OPTS (appended).
set -euo pipefail

DEFAULT_HEAP=256m

heap="${TANDEM_JAVA_HEAP:-$DEFAULT_HEAP}"

opts=(-XX:+UseSerialGC)
# shellcheck disable=SC2206 # word splitting is intended: a list of options
opts+=(${TANDEM_JAVA_OPTS:-})
if [[ "$heap" == auto ]]; then
    heap_opts=(-XX:MaxRAMPercentage=75)
else
    heap_opts=("-Xmx$heap" "-Xms$heap")
fi

case "${1:-}" in
    --heap) echo "$heap"; exit 0 ;;
    "") ;;
    *) echo "usage: java-opts.sh [--heap]" >&2; exit 2 ;;
esac
echo "${heap_opts[*]} ${opts[*]}"
