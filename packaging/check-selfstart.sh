#!/usr/bin/env bash
# Checks decision 0045 on the jar `mvn verify` left in target/: a bare `java -jar podforge.jar` runs the command in a
# second JVM with the class-data archive and C1 only (keeping the user's own JVM options), passes output, errors and
# the exit code through, and stops when the first JVM is killed; -Dpodforge.selfstart=false keeps one JVM.
# Linux only (it reads /proc); elsewhere it says so and passes.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/podforge.jar
[[ -f $jar && -f target/podforge.jsa ]] || { echo "selfstart check: target/podforge.jar or target/podforge.jsa missing; run mvn package first" >&2; exit 1; }
[[ -d /proc/self ]] || { echo "selfstart check: skipped (no /proc on this system)"; exit 0; }
t0=$SECONDS
fail() { echo "selfstart check FAILED: $*" >&2; exit 1; }
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; rm -rf "$tmp"; }
trap cleanup EXIT

# the children of a process, from /proc (no procps needed)
children() {
  local d
  for d in /proc/[0-9]*; do
    [[ $(sed -E 's/^[0-9]+ \(.*\) [A-Za-z] ([0-9]+).*/\1/' "$d/stat" 2>/dev/null) == "$1" ]] && echo "${d#/proc/}"
  done
  return 0
}

# the second JVM of FIRST, waited for up to 5 s
second_of() {
  local first=$1 c i
  for i in $(seq 50); do
    c=$(children "$first" | head -1)
    [[ -n $c ]] && { echo "$c"; return 0; }
    sleep 0.1
  done
  return 1
}

# gone: no such process, or a zombie waiting to be reaped
gone() { [[ ! -d /proc/$1 ]] || [[ $(sed -E 's/^[0-9]+ \(.*\) ([A-Z]).*/\1/' "/proc/$1/stat" 2>/dev/null) == Z ]]; }

# 1. output, errors and exit codes pass through
out=$(java -jar "$jar" --version) || fail "--version exited $?"
[[ $out == PodForge* ]] || fail "--version printed '$out'"
set +e
java -jar "$jar" validate "$tmp/missing.podforge.json" > "$tmp/out" 2> "$tmp/err"
code=$?
set -e
[[ $code == 2 ]] || fail "validate of a missing file exited $code, not 2"
grep -q "no such file" "$tmp/err" || fail "the error did not reach standard error: $(cat "$tmp/err")"
[[ ! -s $tmp/out ]] || fail "validate of a missing file wrote to standard output: $(cat "$tmp/out")"

# 2. a long command runs in a second JVM with the archive, C1 only and the user's -Xmx
java -Dpodforge.selfstart=false -jar "$jar" generate --gpus 131072 -o "$tmp/c.podforge.json" > /dev/null
java -Xmx700m -jar "$jar" export "$tmp/c.podforge.json" --csv "$tmp/csv" > /dev/null 2>&1 &
first=$!
pids+=("$first")
second=$(second_of "$first") || fail "no second JVM under the first"
pids+=("$second")
args=$(tr '\0' ' ' < "/proc/$second/cmdline")
for want in "-Xmx700m" "-XX:SharedArchiveFile=$(pwd)/target/podforge.jsa" "-XX:TieredStopAtLevel=1" "-Dpodforge.selfstart=$first" "-jar $jar export"; do
  [[ $args == *"$want"* ]] || fail "the second JVM's command line lacks '$want': $args"
done

# 3. killing the first outright stops the second (it halts, as one JVM killed that way would)
kill -9 "$first"
wait "$first" 2>/dev/null || true
for i in $(seq 50); do gone "$second" && break; sleep 0.1; done
gone "$second" || fail "the second JVM ($second) still runs 5 s after the first was killed"

# 4. a signal that lets the first shut down stops the second too
java -jar "$jar" export "$tmp/c.podforge.json" --csv "$tmp/csv2" > /dev/null 2>&1 &
first=$!
pids+=("$first")
second=$(second_of "$first") || fail "no second JVM under the first (second start)"
pids+=("$second")
kill -TERM "$first"
wait "$first" 2>/dev/null || true
for i in $(seq 50); do gone "$second" && break; sleep 0.1; done
gone "$second" || fail "the second JVM ($second) still runs 5 s after the first was stopped with SIGTERM"

# 5. -Dpodforge.selfstart=false: one JVM
java -Dpodforge.selfstart=false -jar "$jar" export "$tmp/c.podforge.json" --csv "$tmp/csv3" > /dev/null 2>&1 &
first=$!
pids+=("$first")
sleep 1.5
[[ -z $(children "$first") ]] || fail "-Dpodforge.selfstart=false still started a second JVM"
kill -9 "$first" 2>/dev/null || true
wait "$first" 2>/dev/null || true

echo "selfstart check passed in $((SECONDS - t0)) s: output and exit codes pass through; the second JVM has the archive, C1 only and -Xmx; kill -9 and SIGTERM of the first stop it; -Dpodforge.selfstart=false keeps one JVM"
