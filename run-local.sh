#!/usr/bin/env bash
# run-local.sh — run the whole Cishan system on this machine, without Docker.
#
# Starts a real single-node KRaft Kafka broker (module local-kafka), the three services and the
# gateway as plain `java -jar` processes against the host's PostgreSQL, loads the demo data set
# (demo/) through the gateway, restarts a process that dies, and stops everything again on Ctrl-C.
# See ./run-local.sh --help.
set -euo pipefail

cd "$(dirname "$0")"
readonly ROOT=$PWD
readonly VERSION=0.1.0-SNAPSHOT
readonly LOCAL=$ROOT/.local          # git-ignored: Kafka data, logs, pid files
readonly LOGS=$LOCAL/logs
readonly RUN=$LOCAL/run

readonly DB_HOST=${CISHAN_DB_HOST:-127.0.0.1}
readonly DB_PORT=${CISHAN_DB_PORT:-5432}
readonly DB_USER=${CISHAN_DB_USER:-postgres}
readonly DB_PASSWORD=${CISHAN_DB_PASSWORD:-}
readonly DATABASES=(cishan_donation cishan_project cishan_content cishan_identity)

readonly KAFKA_BROKERS=127.0.0.1:9092
readonly KAFKA_PORTS=(9092 9093)     # broker, controller (local-kafka/config/server.properties)
readonly KAFKA_CONFIG=local-kafka/config/server.properties
readonly KAFKA_CP="local-kafka/target/libs/*"
readonly KAFKA_LOG_OPTS=(-Dlog4j2.configurationFile=local-kafka/config/log4j2.properties
  "-Dkafka.logs.dir=$LOGS")

# The services in start order, with their ports (the conventions of every module).
readonly SERVICES=(identity-service donation-service project-service content-service gateway)
declare -A PORT=([identity-service]=8084 [donation-service]=8081 [project-service]=8082
  [content-service]=8083 [gateway]=8080)
readonly GATEWAY=http://127.0.0.1:8080

# Small heaps and the C1 compiler only: five JVMs start quickly side by side on two cores.
read -r -a SERVICE_JAVA_OPTS <<<"-Xmx384m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  -Daxoniq.update-checker.disabled=true -Dspring.output.ansi.enabled=never ${CISHAN_JAVA_OPTS:-}"
readonly START_TIMEOUT=${CISHAN_START_TIMEOUT:-180}
readonly MAX_RESTARTS=${CISHAN_MAX_RESTARTS:-5}  # in a row, per process
readonly STABLE_AFTER=300            # seconds up after which a process's restarts count afresh

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
LOAD_DEMO=1
BUILD=auto                           # auto | always | never
declare -A PID=()                    # name -> pid of every process this script started
declare -A DEMO_PROJECT=()           # demo project key (file name) -> projectId
EXAMPLE_PROJECT="<projectId>"        # a project id for the example requests
BUILT=""                             # set when this run built the jars
T0=$(date +%s%N)

usage() {
  cat <<EOF
Usage: ./run-local.sh [--no-demo] [--build | --no-build] [--help]

Runs Cishan locally without Docker: a KRaft Kafka broker on 127.0.0.1:9092, donation-service
(:8081), project-service (:8082), content-service (:8083), identity-service (:8084, with one demo
account per role, see README.md) and the gateway (:8080), against the
PostgreSQL on \$CISHAN_DB_HOST:\$CISHAN_DB_PORT. Ctrl-C (or kill -TERM <pid>) stops everything.

  1. checks Java 17+, curl and that PostgreSQL answers; creates the databases
     ${DATABASES[*]} if missing (needs psql)
  2. builds the jars with ./mvnw when they are missing or older than the sources
  3. starts Kafka (formats .local/kafka on the first run) and waits for it
  4. starts the services and waits for each /actuator/health/readiness to be UP
  5. loads demo/ through the gateway when the projects list is empty
  6. prints the gateway URL and example requests, then runs until stopped; a process that
     exits on its own is restarted after a back-off (2, 4, 8 … 60 s), at most
     \$CISHAN_MAX_RESTARTS times in a row (counted afresh after 5 minutes up); past that,
     everything stops

Options:
  --no-demo   do not load the demo data
  --build     build the jars even when they look fresh
  --no-build  start the jars as they are, even when sources are newer (they must exist)
  -h, --help  show this help

Environment (defaults in brackets):
  CISHAN_DB_HOST [127.0.0.1]  CISHAN_DB_PORT [5432]  CISHAN_DB_USER [postgres]
  CISHAN_DB_PASSWORD []       JAVA_HOME [java on the PATH]
  CISHAN_JAVA_OPTS            extra JVM options for the services
  CISHAN_START_TIMEOUT [180]  seconds to wait for the services to be ready
  CISHAN_MAX_RESTARTS [5]     restarts in a row of a process that exits on its own

Logs: .local/logs/<service>.log and .local/logs/kafka.log. Kafka data: .local/kafka (delete it,
and drop the databases, for a fresh start).
EOF
}

log() { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() {
  printf 'ERROR: %s\n' "$*" >&2
  exit 1
}
# Seconds since the script started, e.g. "31.4 s".
elapsed() {
  local ms=$((($(date +%s%N) - T0) / 1000000))
  printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100))
}

# True when something accepts TCP connections on 127.0.0.1:<port>.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---------------------------------------------------------------------------------------------
# Stopping: services first (so they leave their consumer groups cleanly), then Kafka.
# ---------------------------------------------------------------------------------------------

# SIGTERM the given processes, wait up to $1 seconds, then SIGKILL what is left.
stop_processes() {
  local timeout=$1 name pid deadline
  shift
  for name in "$@"; do kill -TERM "${PID[$name]}" 2>/dev/null || true; done
  deadline=$(($(date +%s) + timeout))
  for name in "$@"; do
    pid=${PID[$name]}
    while kill -0 "$pid" 2>/dev/null && (($(date +%s) < deadline)); do sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      warn "$name (pid $pid) did not stop within ${timeout} s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
    rm -f "$RUN/$name.pid"
    unset "PID[$name]"
  done
}

cleanup() {
  local rc=$?
  trap '' INT TERM # a second Ctrl-C must not cut the shutdown short
  trap - EXIT
  local services=() name
  for name in "${SERVICES[@]}"; do [[ -n ${PID[$name]:-} ]] && services+=("$name"); done
  if ((${#services[@]} > 0)) || [[ -n ${PID[kafka]:-} ]]; then
    log "Stopping ${services[*]} ${PID[kafka]:+kafka}"
    ((${#services[@]} > 0)) && stop_processes 30 "${services[@]}"
    [[ -n ${PID[kafka]:-} ]] && stop_processes 30 kafka
    log "Stopped."
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'echo; exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------

check_java() {
  command -v "$JAVA" >/dev/null || die "no java found. Install a JDK 17+, e.g.
  sudo apt-get install openjdk-17-jdk-headless      (Debian/Ubuntu)
or set JAVA_HOME."
  local version major
  version=$("$JAVA" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n1)
  major=${version%%.*}
  [[ $major == 1 ]] && major=$(cut -d. -f2 <<<"$version")
  if ! [[ $major =~ ^[0-9]+$ ]] || ((major < 17)); then
    die "Java 17+ is needed, found '${version:-unknown}' ($JAVA). Set JAVA_HOME to a JDK 17+."
  fi
}

check_tools() {
  command -v curl >/dev/null || die "curl is needed: sudo apt-get install curl"
}

postgres_answers() {
  if command -v pg_isready >/dev/null; then
    pg_isready -q -h "$DB_HOST" -p "$DB_PORT" -t 3
  else
    timeout 3 bash -c "exec 3<>/dev/tcp/$DB_HOST/$DB_PORT" 2>/dev/null
  fi
}

check_postgres() {
  postgres_answers && return
  {
    echo "ERROR: PostgreSQL does not answer on $DB_HOST:$DB_PORT."
    echo
    if command -v pg_lsclusters >/dev/null && [[ -n $(pg_lsclusters -h 2>/dev/null) ]]; then
      echo "PostgreSQL clusters on this machine (pg_lsclusters):"
      pg_lsclusters 2>/dev/null | sed 's/^/  /'
      pg_lsclusters -h 2>/dev/null | awk -v port="$DB_PORT" '
        $4 == "online" && $3 != port {
          printf "Cluster %s/%s answers on port %s:  CISHAN_DB_PORT=%s ./run-local.sh\n", $1, $2, $3, $3 }
        $4 != "online" {
          printf "Start cluster %s/%s (port %s):  sudo pg_ctlcluster %s %s start\n", $1, $2, $3, $1, $2 }'
      echo "(or start every cluster: sudo systemctl start postgresql)"
    elif command -v systemctl >/dev/null && systemctl list-unit-files postgresql.service \
      >/dev/null 2>&1; then
      echo "Start it:  sudo systemctl start postgresql"
    else
      echo "Install and start PostgreSQL 15+, e.g. on Debian/Ubuntu:"
      echo "  sudo apt-get install -y postgresql postgresql-client"
      echo "  sudo pg_ctlcluster \$(ls /etc/postgresql | sort -V | tail -n1) main start"
      echo "or on macOS:  brew install postgresql@15 && brew services start postgresql@15"
    fi
    echo
    echo "Cishan connects as \$CISHAN_DB_USER (postgres) over TCP; allow it in pg_hba.conf"
    echo "(trust for 127.0.0.1 on a development machine) or set CISHAN_DB_PASSWORD."
    echo "Another server: CISHAN_DB_HOST=<host> CISHAN_DB_PORT=<port> ./run-local.sh"
  } >&2
  exit 1
}

psql_run() {
  PGPASSWORD=$DB_PASSWORD PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" \
    -p "$DB_PORT" -U "$DB_USER" -d postgres -tA "$@"
}

ensure_databases() {
  if ! command -v psql >/dev/null; then
    warn "psql not found, so the databases cannot be checked or created. Install it
  (sudo apt-get install postgresql-client) or create them yourself: ${DATABASES[*]}"
    return
  fi
  local db exists
  for db in "${DATABASES[@]}"; do
    exists=$(psql_run -c "SELECT 1 FROM pg_database WHERE datname = '$db'" 2>&1) ||
      die "psql could not connect as $DB_USER to $DB_HOST:$DB_PORT:
  $exists
Check CISHAN_DB_USER / CISHAN_DB_PASSWORD and pg_hba.conf."
    if [[ $exists != 1 ]]; then
      log "Creating database $db"
      psql_run -c "CREATE DATABASE $db" >/dev/null
    fi
  done
}

# Refuses to start when a port is taken (often: a previous run that is still going).
check_ports_free() {
  local port busy=() name pid stale=()
  for name in "${SERVICES[@]}" kafka; do
    pid=$(cat "$RUN/$name.pid" 2>/dev/null || true)
    # Alive and still a JVM (not a pid that the system has since given to something else).
    [[ -n $pid && $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) == *java* ]] &&
      stale+=("$name=$pid")
  done
  ((${#stale[@]} == 0)) || die "a previous run is still going: ${stale[*]}
Stop it (Ctrl-C in its terminal, or kill ${stale[*]//*=/}) and try again."
  for port in "${PORT[@]}" "${KAFKA_PORTS[@]}"; do port_open "$port" && busy+=("$port"); done
  ((${#busy[@]} == 0)) || die "port(s) ${busy[*]} already in use on 127.0.0.1.
See what holds them:  ss -ltnp | grep -E ':($(IFS='|'; echo "${busy[*]}"))\b'"
}

# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------

jar_of() { echo "$1/target/$1-$VERSION.jar"; }

# Why the jars must be built, or nothing when they are fresh.
build_reason() {
  [[ $BUILD == always ]] && { echo "--build given"; return; }
  compgen -G "local-kafka/target/libs/kafka_2.13-*.jar" >/dev/null ||
    { echo "the Kafka broker's classpath is missing"; return; }
  [[ local-kafka/pom.xml -nt local-kafka/target/libs ]] &&
    { echo "local-kafka/pom.xml changed"; return; }
  local name jar oldest="" newer
  for name in "${SERVICES[@]}"; do
    jar=$(jar_of "$name")
    [[ -f $jar ]] || { echo "$jar is missing"; return; }
    [[ -z $oldest || $jar -ot $oldest ]] && oldest=$jar
  done
  # What goes into the jars: the poms and the main sources of the services and their libraries.
  local inputs=(pom.xml) module
  for module in contracts service-support "${SERVICES[@]}"; do
    inputs+=("$module/pom.xml" "$module/src/main")
  done
  newer=$(find "${inputs[@]}" -type f -newer "$oldest" -print -quit 2>/dev/null || true)
  [[ -z $newer ]] || echo "$newer is newer than $oldest"
}

build_if_needed() {
  local reason
  reason=$(build_reason)
  if [[ -z $reason ]]; then
    log "Jars are up to date"
    return
  fi
  if [[ $BUILD == never ]]; then
    [[ $reason == *missing* ]] && die "--no-build, but $reason"
    warn "--no-build: starting the jars as they are, though $reason"
    return
  fi
  log "Building the jars ($reason); the first build downloads dependencies and takes minutes"
  local modules
  modules=$(IFS=,; echo "${SERVICES[*]},local-kafka")
  local start=$SECONDS
  ./mvnw -B -q -ntp -DskipTests -pl "$modules" -am package || die "the build failed (see above)"
  BUILT="incl. a $((SECONDS - start)) s build"
}

# ---------------------------------------------------------------------------------------------
# Start
# ---------------------------------------------------------------------------------------------

# Runs "$@" in the background as process <name>, output to .local/logs/<name>.<ext>.
spawn() {
  local name=$1 out=$2
  shift 2
  [[ -f $out ]] && mv -f "$out" "$out.1" # keep the previous run's log
  "$@" >"$out" 2>&1 &
  PID[$name]=$!
  echo "${PID[$name]}" >"$RUN/$name.pid"
}

spawn_kafka() {
  spawn kafka "$LOGS/kafka.out" "$JAVA" -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    "${KAFKA_LOG_OPTS[@]}" -cp "$KAFKA_CP" kafka.Kafka "$KAFKA_CONFIG"
}

start_kafka() {
  if [[ ! -f $LOCAL/kafka/data/meta.properties ]]; then
    log "Formatting Kafka storage in .local/kafka (first run)"
    local cluster_id
    cluster_id=$("$JAVA" "${KAFKA_LOG_OPTS[@]}" -cp "$KAFKA_CP" kafka.tools.StorageTool random-uuid)
    "$JAVA" "${KAFKA_LOG_OPTS[@]}" -cp "$KAFKA_CP" kafka.tools.StorageTool format \
      -t "$cluster_id" -c "$KAFKA_CONFIG" >"$LOGS/kafka-format.log" 2>&1 ||
      die "formatting Kafka storage failed: $(cat "$LOGS/kafka-format.log")"
  fi
  log "Starting Kafka on $KAFKA_BROKERS"
  spawn_kafka
  local deadline=$(($(date +%s) + 60))
  until port_open 9092; do
    kill -0 "${PID[kafka]}" 2>/dev/null ||
      die "Kafka exited during start:
$(tail -n 20 "$LOGS/kafka.out" "$LOGS/kafka.log" 2>/dev/null)"
    (($(date +%s) < deadline)) || die "Kafka did not open port 9092 within 60 s; see .local/logs/kafka.log"
    sleep 0.2
  done
  log "Kafka is up after $(elapsed)"
}

# Starts service $1 (a fresh process; its previous log is kept as <name>.log.1).
start_service() {
  local name=$1
  spawn "$name" "$LOGS/$name.log" env \
    PORT="${PORT[$name]}" \
    CISHAN_DB_HOST="$DB_HOST" CISHAN_DB_PORT="$DB_PORT" \
    CISHAN_DB_USER="$DB_USER" CISHAN_DB_PASSWORD="$DB_PASSWORD" \
    CISHAN_KAFKA_BROKERS="$KAFKA_BROKERS" \
    CISHAN_DONATION_URI=http://127.0.0.1:8081 \
    CISHAN_PROJECT_URI=http://127.0.0.1:8082 \
    CISHAN_CONTENT_URI=http://127.0.0.1:8083 \
    CISHAN_DEMO_ACCOUNTS=true \
    "$JAVA" "${SERVICE_JAVA_OPTS[@]}" -jar "$(jar_of "$name")"
}

start_services() {
  local name
  for name in "${SERVICES[@]}"; do
    log "Starting $name on :${PORT[$name]}"
    start_service "$name"
  done
}

ready() {
  curl -fsS --max-time 2 "http://127.0.0.1:${PORT[$1]}/actuator/health/readiness" 2>/dev/null |
    grep -q '"status":"UP"'
}

wait_until_ready() {
  local waiting=("${SERVICES[@]}") still name deadline=$(($(date +%s) + START_TIMEOUT))
  while ((${#waiting[@]} > 0)); do
    still=()
    for name in "${waiting[@]}"; do
      if ready "$name"; then
        log "$name is ready after $(elapsed)"
      elif ! kill -0 "${PID[$name]}" 2>/dev/null; then
        die "$name exited during start. Last lines of .local/logs/$name.log:
$(tail -n 30 "$LOGS/$name.log")"
      else
        still+=("$name")
      fi
    done
    waiting=(${still[@]+"${still[@]}"})
    ((${#waiting[@]} == 0)) && break
    (($(date +%s) < deadline)) ||
      die "not ready after $START_TIMEOUT s: ${waiting[*]}; see .local/logs/<service>.log"
    sleep 0.5
  done
}

# ---------------------------------------------------------------------------------------------
# Demo data (demo/README.md): only into an empty system, so a restart never duplicates it.
# ---------------------------------------------------------------------------------------------

json_string() { sed -n "s/.*\"$1\" *: *\"\([^\"]*\)\".*/\1/p" <<<"$2" | head -n1; }
json_number() { sed -n "s/.*\"$1\" *: *\([0-9]*\).*/\1/p" <<<"$2" | head -n1; }

# POSTs JSON (stdin) to the gateway, with the bearer token $2 if given; prints the body, then the
# status code on the last line.
post_json() {
  local auth=()
  [[ -n ${2:-} ]] && auth=(-H "Authorization: Bearer $2")
  curl -sS --max-time 10 -X POST -H 'Content-Type: application/json' ${auth[@]+"${auth[@]}"} \
    --data-binary @- -w '\n%{http_code}' "$GATEWAY$1"
}

load_demo() {
  local projects total
  projects=$(curl -fsS --max-time 10 "$GATEWAY/api/projects?page=0&size=1") ||
    die "could not list the projects through the gateway"
  total=$(json_number totalItems "$projects")
  if [[ $total != 0 ]]; then
    log "Demo data not loaded: there are already ${total:-some} projects"
    EXAMPLE_PROJECT=$(json_string projectId "$projects")
    return
  fi
  log "Loading the demo data through the gateway (projects as the project officer, donations confirmed by finance)"
  local file key answer code id officer substitutions=()
  officer=$(sign_in project-officer)
  for file in demo/projects/*.json; do
    key=$(basename "$file" .json)
    key=${key#[0-9][0-9]-}
    answer=$(post_json /api/projects "$officer" <"$file") || die "POST /api/projects ($file) failed"
    code=${answer##*$'\n'}
    [[ $code == 201 ]] || die "POST /api/projects ($file) answered $code: ${answer%$'\n'*}"
    id=$(json_string projectId "$answer")
    DEMO_PROJECT[$key]=$id
    substitutions+=(-e "s/{{$key}}/$id/g")
    echo "    project  $id  $(json_string title "$answer")"
  done
  # A gift can be restricted only to a project the ledger knows; it learns them through Kafka.
  wait_for_ledger_projects
  local finance
  finance=$(sign_in finance)
  for file in demo/donations/*.json; do
    answer=$(sed "${substitutions[@]}" "$file" | post_json /api/donations) ||
      die "POST /api/donations ($file) failed"
    code=${answer##*$'\n'}
    [[ $code == 201 ]] || die "POST /api/donations ($file) answered $code: ${answer%$'\n'*}"
    id=$(json_string donationId "$answer")
    # The payment "settles": finance confirms the (pending) online gift, so its money counts.
    answer=$(post_json "/api/donations/$id/confirm" "$finance" <<<'{}') ||
      die "confirming donation $id failed"
    code=${answer##*$'\n'}
    [[ $code == 200 ]] || die "confirming donation $id answered $code: ${answer%$'\n'*}"
    echo "    donation $id  $(json_string donorName "$(sed "${substitutions[@]}" "$file")")  confirmed"
  done
  EXAMPLE_PROJECT=${DEMO_PROJECT[elderly-home]}
  wait_for_demo_effects
}

# Waits until the ledger (donation-service) has learned each demo project from project.project-events.
wait_for_ledger_projects() {
  local deadline=$(($(date +%s) + 30)) key
  for key in "${!DEMO_PROJECT[@]}"; do
    until curl -fsS -o /dev/null --max-time 5 "$GATEWAY/api/ledger/projects/${DEMO_PROJECT[$key]}"; do
      (($(date +%s) < deadline)) ||
        die "the ledger has not learned project $key after 30 s; see .local/logs/donation-service.log"
      sleep 0.5
    done
  done
}

# An access token of the demo account of role $1 (demo/sign-in.sh: the portal's sign-in flow).
sign_in() {
  CISHAN_IDENTITY_URL=http://127.0.0.1:${PORT[identity-service]} \
    demo/sign-in.sh "$1@demo.cishan.org" "demo-$1-pass" ||
    die "could not sign in as the demo $1; see .local/logs/identity-service.log"
}

# The donations reach project-service and the drafts reach content-service through Kafka (drafts
# are visible to editors only).
wait_for_demo_effects() {
  local deadline=$(($(date +%s) + 30)) donations drafts editor
  editor=$(sign_in editor)
  while (($(date +%s) < deadline)); do
    donations=$(json_number donationCount \
      "$(curl -fsS --max-time 5 "$GATEWAY/api/projects/${DEMO_PROJECT[elderly-home]}" || true)")
    drafts=$(json_number totalItems \
      "$(curl -fsS --max-time 5 -H "Authorization: Bearer $editor" \
        "$GATEWAY/api/content/articles?category=PROJECT_UPDATE&size=1" || true)")
    if ((${donations:-0} == 2 && ${drafts:-0} >= 3)); then
      log "Demo data is through Kafka: donations raised the projects, 3 draft articles written"
      return
    fi
    sleep 0.5
  done
  warn "the demo donations/drafts are not visible after 30 s; see .local/logs/*.log"
}

# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------

rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }

print_summary() {
  local name total=0 rss example=$EXAMPLE_PROJECT
  echo
  echo "Cishan is running — gateway: $GATEWAY   (ready after $(elapsed)${BUILT:+, $BUILT})"
  for name in kafka "${SERVICES[@]}"; do
    rss=$(rss_mb "${PID[$name]}")
    total=$((total + rss))
    printf '  %-17s pid %-7s %5s MB RSS   log .local/logs/%s\n' "$name" "${PID[$name]}" "$rss" \
      "$([[ $name == kafka ]] && echo kafka.log || echo "$name.log")"
  done
  printf '  %-17s %18s MB RSS\n' total "$total"
  cat <<EOF

Try:
  curl -s '$GATEWAY/api/projects?page=0&size=20'
  curl -s $GATEWAY/api/projects/$example
  curl -s -X POST $GATEWAY/api/donations -H 'Content-Type: application/json' \\
    -d '{"donationId":"'\$(cat /proc/sys/kernel/random/uuid)'","donorName":"张三","amount":{"minorUnits":10000,"currency":"CNY"},"projectId":"$example"}'
  curl -s $GATEWAY/api/donations/totals

Signed in (demo accounts in README.md; tokens last 5 minutes):
  EDITOR=\$(demo/sign-in.sh editor@demo.cishan.org demo-editor-pass)
  curl -s -H "Authorization: Bearer \$EDITOR" '$GATEWAY/api/content/articles?category=PROJECT_UPDATE&status=DRAFT'
  DONOR=\$(demo/sign-in.sh donor@demo.cishan.org demo-donor-pass)
  curl -s -H "Authorization: Bearer \$DONOR" $GATEWAY/api/donations/mine

Press Ctrl-C to stop everything.
EOF
}

# Restarts a process that exits on its own: after a back-off that doubles with each restart in a
# row (2, 4, 8 … up to 60 s), at most $MAX_RESTARTS times in a row; one that then stays up for
# $STABLE_AFTER seconds starts counting afresh. Past the limit, everything stops.
declare -A RESTARTS=()               # name -> restarts in a row
declare -A RESTART_AT=()             # name -> when (epoch s) a dead process is started again
declare -A STARTED_AT=()             # name -> when (epoch s) it was last started

# The process of $1 has ended: note it and schedule its restart (or give up).
schedule_restart() {
  local name=$1 rc=0 delay
  wait "${PID[$name]}" 2>/dev/null || rc=$?
  unset "PID[$name]"
  rm -f "$RUN/$name.pid"
  if (($(date +%s) - ${STARTED_AT[$name]:-0} >= STABLE_AFTER)); then RESTARTS[$name]=0; fi
  if ((${RESTARTS[$name]:-0} >= MAX_RESTARTS)); then
    die "$name exited (status $rc) after ${RESTARTS[$name]} restarts in a row; see .local/logs/ — stopping the rest"
  fi
  RESTARTS[$name]=$((${RESTARTS[$name]:-0} + 1))
  delay=$((2 ** RESTARTS[$name]))
  ((delay > 60)) && delay=60
  RESTART_AT[$name]=$(($(date +%s) + delay))
  warn "$(date +%T) $name exited unexpectedly (status $rc); restart ${RESTARTS[$name]}/$MAX_RESTARTS in $delay s (its log: .local/logs/$(log_of "$name").1)"
}

log_of() { [[ $1 == kafka ]] && echo kafka.out || echo "$1.log"; }

restart() {
  local name=$1
  unset "RESTART_AT[$name]"
  if [[ $name == kafka ]]; then spawn_kafka; else start_service "$name"; fi
  STARTED_AT[$name]=$(date +%s)
  log "$(date +%T) $name restarted (pid ${PID[$name]})"
}

# Runs until a signal arrives (the traps stop everything), restarting what dies.
supervise() {
  local name now
  for name in kafka "${SERVICES[@]}"; do STARTED_AT[$name]=$(date +%s); done
  while true; do
    sleep 1 # short, so that Ctrl-C (handled between commands) is prompt
    now=$(date +%s)
    for name in kafka "${SERVICES[@]}"; do
      if [[ -n ${RESTART_AT[$name]:-} ]]; then
        ((now >= RESTART_AT[$name])) && restart "$name"
      elif ! kill -0 "${PID[$name]}" 2>/dev/null; then
        schedule_restart "$name"
      fi
    done
  done
}

main() {
  while (($# > 0)); do
    case $1 in
      -h | --help) usage; exit 0 ;;
      --no-demo) LOAD_DEMO=0 ;;
      --build) BUILD=always ;;
      --no-build) BUILD=never ;;
      *) usage >&2; die "unknown option: $1" ;;
    esac
    shift
  done
  unset CISHAN_DB_NAME # each service uses its own database; a global override would merge them

  check_java
  check_tools
  check_postgres
  ensure_databases
  mkdir -p "$LOGS" "$RUN"
  check_ports_free
  build_if_needed
  start_kafka
  start_services
  wait_until_ready
  log "All services are ready after $(elapsed)${BUILT:+ ($BUILT)}"
  ((LOAD_DEMO)) && load_demo
  print_summary
  supervise
}

main "$@"
