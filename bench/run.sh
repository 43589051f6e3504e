#!/usr/bin/env bash
# The performance kit (README, "Performance"). From the project root:
#
#   bench/run.sh              cold start (alternating with the Node.js peer and the JVM floor), peak RSS,
#                             jar size, classes loaded, warm JMH latency; about 3-4 minutes on 2 cores
#   bench/run.sh --levers     also the JVM-flag levers one by one (about 2 more minutes)
#   ROUNDS=30 bench/run.sh    more cold rounds (default 15)    NO_JMH=1  skip the warm benchmarks
#
# Needs a JDK 17+, Maven, Node.js 20+ and npm. Installs the Node peer (ask-sdk-core, pinned in
# bench/node/package.json) into bench/build/. Peak RSS needs GNU time (/usr/bin/time; Debian package
# `time`, installed if missing and possible). Writes bench/results/<date>.md and prints it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
BUILD=$ROOT/bench/build
ROUNDS=${ROUNDS:-15}
LEVERS=0
[[ ${1:-} == --levers ]] && LEVERS=1
JAR=$ROOT/target/back-relief-skill.jar
ENV_LAUNCH=$ROOT/bench/envelopes/launch.json
ENV_STEP=$ROOT/bench/envelopes/routine-step.json
mkdir -p "$BUILD" "$ROOT/bench/results"
export PROGRESS_DIR
PROGRESS_DIR=$(mktemp -d)            # any progress written by the measured requests goes here
trap 'rm -rf "$PROGRESS_DIR"' EXIT
export ORG_SLF4J_SIMPLELOGGER_DEFAULTLOGLEVEL=warn
log() { echo "bench: $*" >&2; }

# ---- tools ---------------------------------------------------------------------------------
if [[ ! -x /usr/bin/time ]] && command -v apt-get >/dev/null && [[ $(id -u) == 0 ]]; then
  log "installing GNU time (Debian package 'time') for peak RSS"
  apt-get install -y -qq time >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq time) >/dev/null 2>&1 || true
fi
HAVE_TIME=0; [[ -x /usr/bin/time ]] && HAVE_TIME=1

# ---- build ---------------------------------------------------------------------------------
log "building the skill jar"
mvn -B -q -DskipTests package >"$BUILD/mvn.log" 2>&1 || { cat "$BUILD/mvn.log"; exit 1; }
log "installing the Node.js peer"
mkdir -p "$BUILD/node"
cp bench/node/package.json bench/node/skill.js "$BUILD/node/"
(cd "$BUILD/node" && npm install --no-audit --no-fund --silent >/dev/null 2>&1)
log "compiling the JVM floor"
mkdir -p "$BUILD/floor" && javac -d "$BUILD/floor" bench/floor/Hello.java
log "making the static CDS archive (bin/invoke --make-archive)"
bin/invoke --make-archive
JSA_STATIC=${JAR%.jar}.static.jsa
if (( LEVERS )); then
  # the dynamic AppCDS archive bin/invoke shipped before issue 15.6 (same training run), for the levers
  JSA=${JAR%.jar}.jsa
  log "making the dynamic AppCDS archive for the levers (-XX:ArchiveClassesAtExit)"
  rm -f "$JSA"
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -XX:ArchiveClassesAtExit="$JSA" -cp "$JAR" \
    coach.backrelief.local.CdsTraining examples/launch.json </dev/null >/dev/null 2>&1
fi
# a JDK 25+ beside the default one (JAVA25=path, else Temurin 25 where Debian puts it): bin/invoke uses an AOT cache there
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
if [[ -x $JAVA25 ]]; then
  log "making the JDK 25 AOT cache (JAVA=$JAVA25 bin/invoke --make-archive)"
  JAVA=$JAVA25 bin/invoke --make-archive || JAVA25=
else
  JAVA25=
fi

# ---- cold runs -----------------------------------------------------------------------------
# name|command|stdin   (every command prints the response; outputs are checked once below)
SHIPPED="bin/invoke"
PLAIN="java -jar $JAR invoke"
CASES=(
  "floor|java -cp $BUILD/floor Hello|/dev/null"
  "node-launch|node $BUILD/node/skill.js|$ENV_LAUNCH"
  "java-launch|$SHIPPED|$ENV_LAUNCH"
  "node-step|node $BUILD/node/skill.js|$ENV_STEP"
  "java-step|$SHIPPED|$ENV_STEP"
  "java-step-plain|$PLAIN|$ENV_STEP"
)
if [[ -n $JAVA25 ]]; then
  CASES+=("java25-step|env JAVA=$JAVA25 bin/invoke|$ENV_STEP")
fi
if (( LEVERS )); then
  JSA=${JAR%.jar}.jsa
  Q="-Xlog:disable -Xlog:all=warning:stderr"
  CASES+=(
    "lever-c1|java -XX:TieredStopAtLevel=1 -jar $JAR invoke|$ENV_STEP"
    "lever-serial|java -XX:+UseSerialGC -jar $JAR invoke|$ENV_STEP"
    "lever-c1-serial|java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $JAR invoke|$ENV_STEP"
    "lever-xshare-off|java -Xshare:off -jar $JAR invoke|$ENV_STEP"
    "lever-appcds|java $Q -XX:SharedArchiveFile=$JSA -jar $JAR invoke|$ENV_STEP"
    "lever-appcds-c1|java $Q -XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1 -jar $JAR invoke|$ENV_STEP"
    "lever-appcds-c1-serial|java $Q -XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $JAR invoke|$ENV_STEP"
    "lever-appcds-c1-g1|java $Q -XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1 -XX:+UseG1GC -jar $JAR invoke|$ENV_STEP"
    "lever-static-c1-serial|java $Q -XX:SharedArchiveFile=$JSA_STATIC -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $JAR invoke|$ENV_STEP"
    "lever-static-c1-g1-arm0|java $Q -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -XX:SharedArchiveFile=$JSA_STATIC -XX:TieredStopAtLevel=1 -XX:+UseG1GC -jar $JAR invoke|$ENV_STEP"
  )
fi
for c in "${CASES[@]}"; do
  IFS='|' read -r name cmd input <<<"$c"
  if ! $cmd <"$input" 2>/dev/null | grep -q '"response"\|hello'; then
    log "$name did not answer: $cmd"; exit 1
  fi
done

RAW=$BUILD/cold.tsv; : >"$RAW"
log "cold start: $ROUNDS rounds of ${#CASES[@]} commands, alternating"
for ((r = 1; r <= ROUNDS; r++)); do
  for c in "${CASES[@]}"; do
    IFS='|' read -r name cmd input <<<"$c"
    rss=0
    t0=$(date +%s%N)
    if (( HAVE_TIME )); then
      /usr/bin/time -f %M -o "$BUILD/rss" $cmd <"$input" >/dev/null 2>/dev/null
      t1=$(date +%s%N); rss=$(tail -1 "$BUILD/rss")
    else
      $cmd <"$input" >/dev/null 2>/dev/null
      t1=$(date +%s%N)
    fi
    printf '%s\t%s\t%s\t%s\n' "$r" "$name" $(((t1 - t0) / 1000)) "$rss" >>"$RAW"
  done
done

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print "n/a"; exit} m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; print m}'; }
wall_ms() { awk -F'\t' -v n="$1" '$2==n {print $3/1000}' "$RAW" | median; }
rss_mib() { awk -F'\t' -v n="$1" '$2==n {print $4/1024}' "$RAW" | median; }
ratio() { # median over rounds of (a / b) in the same round
  awk -F'\t' -v a="$1" -v b="$2" '$2==a {x[$1]=$3} $2==b {y[$1]=$3} END {for (r in x) if (y[r]>0) print x[r]/y[r]}' "$RAW" | median; }
fmt() { awk -v v="$1" -v p="${2:-0}" 'BEGIN { if (v=="n/a") print v; else printf("%." p "f", v) }'; }

# ---- classes loaded, jar size --------------------------------------------------------------
CL=$BUILD/classload.log
java -Xlog:class+load:file="$CL" -jar "$JAR" invoke <"$ENV_STEP" >/dev/null 2>&1
CLASSES=$(grep -c 'source:' "$CL")
CLASSES_JAR=$(grep -c 'source: .*back-relief-skill.jar' "$CL" || true)
java -Xlog:class+load:file="$CL" -XX:SharedArchiveFile="$JSA_STATIC" -XX:TieredStopAtLevel=1 -XX:+UseG1GC \
  -jar "$JAR" invoke <"$ENV_STEP" >/dev/null 2>&1
CLASSES_CDS_ALL=$(grep -c 'source: shared objects file' "$CL" || true)
CLASSES_CDS_TOTAL=$(grep -c 'source:' "$CL" || true)
CLASSES_CDS_JAR=$(grep -c 'source: .*back-relief-skill.jar' "$CL" || true)
JAR_BYTES=$(stat -c %s "$JAR")
JAR_MB=$(awk -v b="$JAR_BYTES" 'BEGIN {printf "%.1f", b/1e6}')
STEP_BYTES=$(java -jar "$JAR" invoke <"$ENV_STEP" 2>/dev/null | wc -c)

# ---- warm latency (JMH) --------------------------------------------------------------------
JMH_ROWS=""
if [[ -z ${NO_JMH:-} ]]; then
  log "warm latency: JMH (SampleTime, 1 fork, 3x1 s warm-up, 5x1 s measurement per benchmark)"
  mvn -B -q -f bench/jmh/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
    >"$BUILD/mvn-jmh.log" 2>&1 || { cat "$BUILD/mvn-jmh.log"; exit 1; }
  java -cp "bench/jmh/target/classes:$(cat bench/jmh/target/cp.txt)" org.openjdk.jmh.Main \
    -f 1 -wi 3 -w 1s -i 5 -r 1s -rf csv -rff "$BUILD/jmh.csv" \
    -jvmArgsAppend "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn" >"$BUILD/jmh.log" 2>&1 \
    || { tail -30 "$BUILD/jmh.log"; exit 1; }
  pct() { awk -F, -v b="\"coach.backrelief.bench.$1:p$2\"" '$1==b {print $5}' "$BUILD/jmh.csv" \
    | sed 's/"//g'; }
  for b in RequestBenchmark.question RequestBenchmark.routineStep RequestBenchmark.routineStepWithProgress \
      TriageBenchmark.flagInPassing TriageBenchmark.negated TriageBenchmark.question; do
    JMH_ROWS+="| $b | $(fmt "$(pct $b 0.50)" 1) µs | $(fmt "$(pct $b 0.99)" 1) µs | $(fmt "$(pct $b 0.999)" 1) µs |"$'\n'
  done
fi

# ---- report --------------------------------------------------------------------------------
DATE=$(date -u +%Y-%m-%d)
CPU=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown)
MACHINE="$(nproc) cores ($CPU), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sm)"
JAVA_V=$(java -version 2>&1 | head -1)
NODE_V=$(node --version)
OUT=$ROOT/bench/results/$DATE.md
{
  echo "# Benchmark results, $DATE"
  echo
  echo "Machine: $MACHINE. Java: $JAVA_V. Node.js $NODE_V, ask-sdk-core 2.14.0 (the peer)."
  echo "Command: \`bench/run.sh$( ((LEVERS)) && echo ' --levers')\`, $ROUNDS alternating rounds; wall time from process start to exit"
  echo "(response printed), medians; ratios are medians of per-round ratios."
  echo
  echo "## Cold start: one request, whole process"
  echo
  echo "| what | wall | peak RSS | vs the Node peer (same round) |"
  echo "| --- | --- | --- | --- |"
  echo "| JVM floor: bare hello world | $(fmt "$(wall_ms floor)") ms | $(fmt "$(rss_mib floor)") MiB | $(fmt "$(ratio floor node-launch)" 2)× |"
  echo "| Node.js peer, LaunchRequest | $(fmt "$(wall_ms node-launch)") ms | $(fmt "$(rss_mib node-launch)") MiB | 1 |"
  echo "| Node.js peer, routine step | $(fmt "$(wall_ms node-step)") ms | $(fmt "$(rss_mib node-step)") MiB | 1 |"
  echo "| \`bin/invoke\` (shipped flags), LaunchRequest | $(fmt "$(wall_ms java-launch)") ms | $(fmt "$(rss_mib java-launch)") MiB | $(fmt "$(ratio java-launch node-launch)" 2)× |"
  echo "| \`bin/invoke\` (shipped flags), routine step | $(fmt "$(wall_ms java-step)") ms | $(fmt "$(rss_mib java-step)") MiB | **$(fmt "$(ratio java-step node-step)" 2)×** |"
  echo "| \`java -jar … invoke\` (JVM defaults), routine step | $(fmt "$(wall_ms java-step-plain)") ms | $(fmt "$(rss_mib java-step-plain)") MiB | $(fmt "$(ratio java-step-plain node-step)" 2)× |"
  if [[ -n $JAVA25 ]]; then
    echo "| \`bin/invoke\` on JDK 25 (AOT cache), routine step | $(fmt "$(wall_ms java25-step)") ms | $(fmt "$(rss_mib java25-step)") MiB | $(fmt "$(ratio java25-step node-step)" 2)× |"
  fi
  if (( LEVERS )); then
    echo
    echo "## Levers, one by one (routine step, \`java -jar … invoke\`)"
    echo
    echo "| flags | wall | peak RSS | vs JVM defaults (same round) |"
    echo "| --- | --- | --- | --- |"
    echo "| (defaults) | $(fmt "$(wall_ms java-step-plain)") ms | $(fmt "$(rss_mib java-step-plain)") MiB | 1 |"
    for l in c1:"-XX:TieredStopAtLevel=1" serial:"-XX:+UseSerialGC" c1-serial:"C1 + SerialGC" xshare-off:"-Xshare:off (no JDK CDS)" \
             appcds:"AppCDS archive" appcds-c1:"AppCDS + C1" appcds-c1-serial:"AppCDS + C1 + SerialGC (shipped before 15.6)" \
             appcds-c1-g1:"AppCDS + C1 + G1" static-c1-serial:"static CDS + C1 + SerialGC (no archived heap)" \
             static-c1-g1-arm0:"static CDS + C1 + G1 + ArchiveRelocationMode=0"; do
      n=lever-${l%%:*}
      echo "| ${l#*:} | $(fmt "$(wall_ms $n)") ms | $(fmt "$(rss_mib $n)") MiB | $(fmt "$(ratio $n java-step-plain)" 2)× |"
    done
    echo "| static CDS + C1 + G1 (\`bin/invoke\`, shipped) | $(fmt "$(wall_ms java-step)") ms | $(fmt "$(rss_mib java-step)") MiB | $(fmt "$(ratio java-step java-step-plain)" 2)× |"
  fi
  echo
  echo "## Size and class loading"
  echo
  echo "| what | value |"
  echo "| --- | --- |"
  echo "| shaded jar (\`target/back-relief-skill.jar\`, DynamoDB support included) | $JAR_MB MB ($JAR_BYTES bytes) |"
  echo "| classes loaded by one cold routine-step \`invoke\` (JVM defaults) | $CLASSES ($CLASSES_JAR from the jar) |"
  echo "| same with \`bin/invoke\`'s static CDS archive (C1, G1) | $CLASSES_CDS_TOTAL loaded, $CLASSES_CDS_ALL from the archive, $CLASSES_CDS_JAR still parsed from the jar |"
  echo "| routine-step response | $STEP_BYTES bytes |"
  if [[ -n $JMH_ROWS ]]; then
    echo
    echo "## Warm: one request through the stream handler, and the free-text triage on a 40-word sentence (JMH SampleTime, after warm-up)"
    echo
    echo "| request | median | p99 | p99.9 |"
    echo "| --- | --- | --- | --- |"
    printf '%s' "$JMH_ROWS"
  fi
} >"$OUT"
cat "$OUT"
log "written to ${OUT#$ROOT/}"
