#!/usr/bin/env bash
# Load benchmark (issues #5 and #8): the ACUTE league table with every metric score, and an organisation's history,
# through GraphQL on the packaged application, at 64 and 256 connections, cached (the same request every time) and
# uncached (a unique alias per request), side by side with Debian nginx serving the same JSON response as a file.
#   bench/load.sh                      full run: 60 s per measurement (DURATION), plus 64 connections for 30 s
#   DURATION=10 SHORT=5 bench/load.sh  a quick try
# Writes bench/results/load-<date>.md; the wrk output and the application's log stay in /tmp/nhs-bench/load.
source "$(dirname "$0")/lib.sh"
require wrk nginx curl jq
DURATION=${DURATION:-60}
SHORT=${SHORT:-30}
NGINX_PORT=${NGINX_PORT:-18081}
CONNECTIONS=${CONNECTIONS:-"64 256"}
fresh_work
trap 'stop_app; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2> /dev/null; true' EXIT

start_app

mkdir -p "$WORK/static"
for query in league-table history; do
	gql "" "$(cat "$BENCH_DIR/queries/$query.json")" > "$WORK/static/$query.json"
	if jq -e '.errors or (.data | .. | nulls)' "$WORK/static/$query.json" > /dev/null 2>&1 \
		&& ! jq -e '.data | [.. | objects] | length > 1' "$WORK/static/$query.json" > /dev/null; then
		echo "$query returned no data: $(head -c 500 "$WORK/static/$query.json")" >&2
		exit 1
	fi
done

cat > "$WORK/nginx.conf" << CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx-body;
    proxy_temp_path $WORK/nginx-proxy;
    fastcgi_temp_path $WORK/nginx-fastcgi;
    uwsgi_temp_path $WORK/nginx-uwsgi;
    scgi_temp_path $WORK/nginx-scgi;
    default_type application/json;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/static;
        # the same POST as the application gets; a static file answers POST with 405 unless told otherwise
        location / { error_page 405 =200 \$uri; }
    }
}
CONF
nginx -c "$WORK/nginx.conf"
log "nginx serving $WORK/static on :$NGINX_PORT"

ROWS=$WORK/rows.md
: > "$ROWS"
# Waits until the application has finished the requests that the last run left in flight (wrk does not wait for
# them): until it uses less than a tenth of a core over two seconds, at most 120 s.
settle() {
	local ticks=$(getconf CLK_TCK) before after waited=0
	while [ $waited -lt 120 ]; do
		before=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
		sleep 2
		after=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
		waited=$((waited + 2))
		[ $((after - before)) -lt $((ticks / 5)) ] && return
	done
	log "the application was still busy after 120 s"
	BUSY=$((BUSY + 1))
}
BUSY=0

# GraphQL responses with errors so far (wrk does not read bodies; see wrk/graphql.lua).
graphql_errors() {
	curl -s -u "admin:$DEMO_PASSWORD" "$APP/actuator/prometheus" \
		| awk '/^graphql_request_seconds_count/ && !/graphql_outcome="SUCCESS"/ {sum += $2} END {printf "%d", sum}'
}

# measure QUERY SERVER MODE CONNECTIONS SECONDS
measure() {
	local query=$1 server=$2 mode=$3 connections=$4 seconds=$5 url
	if [ "$server" = nginx ]; then url="http://127.0.0.1:$NGINX_PORT/$query.json"; else url="$APP/graphql"; fi
	settle
	log "$query on $server, $mode, $connections connections, $seconds s"
	local output errors_before=0 graphql_errors_seen=0
	[ "$server" = application ] && errors_before=$(graphql_errors)
	output=$(BODY_FILE="$BENCH_DIR/queries/$query.json" MODE=$mode wrk -t2 -c"$connections" -d"${seconds}s" \
		--timeout 30s -s "$BENCH_DIR/wrk/graphql.lua" "$url" 2>&1)
	[ "$server" = application ] && graphql_errors_seen=$(($(graphql_errors) - errors_before))
	printf '### %s %s %s %s %s\n%s\n\n' "$query" "$server" "$mode" "$connections" "$seconds" "$output" >> "$WORK/wrk.log"
	local result
	result=$(grep '^RESULT' <<< "$output") || { echo "wrk failed: $output" >&2; exit 1; }
	declare -A r
	for pair in ${result#RESULT }; do r[${pair%%=*}]=${pair#*=}; done
	local sockets=$((r[connect] + r[read] + r[write] + r[timeout]))
	printf '| %s | %s | %s | %s | %s | %s | **%s** | %s | %s | %s | %s | %s |\n' "$query" "$server" "$mode" \
		"$connections" "$seconds" "${r[requests]}" "${r[rps]}" "${r[p50_ms]}" "${r[p99_ms]}" "${r[max_ms]}" \
		"$((sockets + r[non2xx] + graphql_errors_seen))" \
		"${r[connect]}/${r[read]}/${r[write]}/${r[timeout]}/${r[non2xx]}/$graphql_errors_seen" \
		>> "$ROWS"
}

for query in league-table history; do
	log "warming up with $query"
	BODY_FILE="$BENCH_DIR/queries/$query.json" MODE=uncached wrk -t2 -c8 -d15s --timeout 30s \
		-s "$BENCH_DIR/wrk/graphql.lua" "$APP/graphql" > /dev/null
	for connections in $CONNECTIONS; do
		measure "$query" application cached "$connections" "$DURATION"
		measure "$query" application uncached "$connections" "$DURATION"
		measure "$query" nginx file "$connections" "$DURATION"
	done
done
# issue #5: the ACUTE league table, 64 connections, 30 s
measure league-table application cached 64 "$SHORT"
measure league-table application uncached 64 "$SHORT"

readiness=$(curl -s "$APP/actuator/health/readiness")
pool_timeouts=$(grep -c "Connection is not available, request timed out" "$WORK/app.log" || true)
rss=$(ps -o rss= -p "$APP_PID")
OUT=$RESULTS/load-$STAMP.md
{
	echo "# Load benchmark, $STAMP"
	echo
	echo "Command: \`bench/load.sh\` (DURATION=$DURATION, SHORT=$SHORT). wrk 2 threads, POST with the JSON bodies in"
	echo "\`bench/queries/\`, timeout 30 s; loopback only."
	echo
	machine_header
	echo "- Response sizes: league-table $(stat -c %s "$WORK/static/league-table.json") bytes (ACUTE, $(jq '.data.leagueTable.rows | length' "$WORK/static/league-table.json") rows with every metric), history $(stat -c %s "$WORK/static/history.json") bytes (\`Trust.history\` of one organisation over four quarters with every metric); no compression (wrk sends no Accept-Encoding)."
	echo "- cached = the same request each time (answered from the response cache after the first); uncached = each request's document has a unique alias, so no cache keyed by the query text can answer and every request is executed against PostgreSQL."
	echo "- wrk does not read response bodies (see \`wrk/graphql.lua\`), for the application as for nginx; GraphQL errors in 200 responses come from the application's metrics."
	echo "- nginx = Debian nginx ($(nginx -v 2>&1 | cut -d/ -f2)) serving the application's own response as a static file on :$NGINX_PORT: the ceiling of this machine for a response of that size."
	echo "- After the run: readiness $readiness, application RSS $((rss / 1024)) MB, log $(du -h "$WORK/app.log" | cut -f1) with $pool_timeouts database pool time-outs (\"Connection is not available\"); $BUSY runs started while the application was still busy with the previous run's abandoned requests after 120 s."
	echo
	echo "| query | server | mode | connections | seconds | requests | req/s | p50 ms | p99 ms | max ms | errors | connect/read/write/timeout/non-2xx/GraphQL errors |"
	echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
	cat "$ROWS"
	echo
	echo "errors = socket errors + responses that were not 2xx/3xx + GraphQL responses with errors (application only)."
} > "$OUT"
log "wrote $OUT"
cat "$OUT"
