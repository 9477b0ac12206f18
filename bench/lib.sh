# Shared by the bench scripts: the packaged application on its own port, data directory and embedded PostgreSQL port,
# so that a benchmark never touches ~/.nhs-league-tables or a service on :8080. Source it; do not run it.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=${JAR:-$ROOT/admin-ui/target/nhs-league-tables.jar}
APP_PORT=${APP_PORT:-18080}
PG_PORT=${PG_PORT:-15432}
# Each script keeps its application's data (and logs) in its own folder, wiped at start unless KEEP_DATA=1.
WORK=${WORK:-/tmp/nhs-bench/$(basename "$0" .sh)}
PG_DATA=$WORK/postgres
RESULTS=$BENCH_DIR/results
APP="http://127.0.0.1:$APP_PORT"
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
# Demo users (password "demo") exist because the application runs on its embedded database.
DEMO_PASSWORD=${LEAGUE_TABLES_DEMO_PASSWORD:-demo}

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

require() {
	for tool in "$@"; do
		command -v "$tool" > /dev/null || { echo "missing $tool: apt-get install -y $tool" >&2; exit 1; }
	done
	[ -f "$JAR" ] || { echo "no $JAR: build it with ./mvnw -B -Pproduction package -DskipTests" >&2; exit 1; }
}

fresh_work() {
	if [ "${KEEP_DATA:-0}" != 1 ]; then
		rm -rf "$WORK"
	fi
	mkdir -p "$WORK" "$RESULTS"
}

# Starts the application in the background (extra arguments go to Spring Boot) and waits until it is ready and its
# demo data is loaded. Sets APP_PID.
start_app() {
	log "starting the application on :$APP_PORT (embedded PostgreSQL :$PG_PORT, data $PG_DATA)"
	# a previous run's application may still be shutting down
	for _ in $(seq 1 60); do
		ss -Hltn "sport = :$APP_PORT or sport = :$PG_PORT" | grep -q . || break
		sleep 1
	done
	nohup "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -jar "$JAR" --server.port="$APP_PORT" \
		--league-tables.embedded-postgres.port="$PG_PORT" \
		--league-tables.embedded-postgres.data-directory="$PG_DATA" "$@" >> "$WORK/app.log" 2>&1 &
	APP_PID=$!
	local started=$SECONDS
	until grep -q "NHS League Tables is running" "$WORK/app.log" 2> /dev/null \
		&& [ "$(curl -s -o /dev/null -w '%{http_code}' "$APP/actuator/health/readiness")" = 200 ]; do
		if ! kill -0 "$APP_PID" 2> /dev/null; then
			tail -30 "$WORK/app.log" >&2
			echo "the application stopped while starting" >&2
			exit 1
		fi
		if [ $((SECONDS - started)) -gt 300 ]; then
			echo "the application was not ready within 300 s" >&2
			exit 1
		fi
		sleep 1
	done
	log "ready after $((SECONDS - started)) s (pid $APP_PID)"
}

# Stops the application gracefully (its embedded PostgreSQL stops with it).
stop_app() {
	if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2> /dev/null; then
		kill "$APP_PID"
		wait "$APP_PID" 2> /dev/null || true
	fi
	APP_PID=
}

# The PID of the embedded PostgreSQL's postmaster, empty when it is not running.
postmaster_pid() {
	if [ -f "$PG_DATA/postmaster.pid" ]; then
		local pid
		pid=$(head -1 "$PG_DATA/postmaster.pid")
		if kill -0 "$pid" 2> /dev/null; then
			echo "$pid"
		fi
	fi
}

# psql against the application's PostgreSQL: sql 'select 1' prints unaligned, tuples only.
sql() {
	PGPASSWORD=postgres psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -XAtq -c "$1"
}

# POSTs a GraphQL document: gql 'user:password|' '{"query": ...}' prints the response body.
gql() {
	local auth=$1 body=$2
	if [ -n "$auth" ]; then
		curl -s -u "$auth" "$APP/graphql" -H 'content-type: application/json' -d "$body"
	else
		curl -s "$APP/graphql" -H 'content-type: application/json' -d "$body"
	fi
}

# The markdown header of a results file: when, on what, which commit.
machine_header() {
	cat << HEADER
- Date: $(date -u '+%Y-%m-%d %H:%M UTC')
- Machine: $(hostname), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(uname -sr)
- Java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- backend admin-ui db || echo ' (with uncommitted changes)')
- Figures are indicative: a 2-core machine shared with other agents' builds; the load generator runs on the same cores.
HEADER
}
