#!/usr/bin/env bash
# Fault benchmark (issue #8), against the packaged application on its embedded PostgreSQL:
#   1. kill -9 the application during a 1,000,000-row upload (through the console, the only HTTP path for files
#      above the API's 10,000 rows), crash its PostgreSQL too, restart, check with SQL, upload again;
#   2. kill -9 during publication (held mid-transaction by a table lock), restart, check, publish again;
#   3. stop PostgreSQL during load: errors, health and readiness, recovery when it returns.
# bench/faults.sh writes bench/results/faults-<date>.md; logs stay in /tmp/nhs-bench/faults.
source "$(dirname "$0")/lib.sh"
require psql curl jq wrk chromium chromedriver unshare
QUARTER=${QUARTER:-2025/26 Q3}
ROWS=${ROWS:-1000000}
PUBLISH_PERIOD=${PUBLISH_PERIOD:-2025/26 Q1}
PREPARER=preparer:$DEMO_PASSWORD
APPROVER=approver:$DEMO_PASSWORD
fresh_work
REPORT=$WORK/report.md
: > "$REPORT"
FAILURES=0
LOCKER=
UPLOADER=

cleanup() {
	stop_app
	local pid
	pid=$(postmaster_pid)
	[ -n "$pid" ] && kill -INT "$pid" || true
	[ -n "$LOCKER" ] && kill "$LOCKER" 2> /dev/null || true
	[ -n "$UPLOADER" ] && kill -- -"$UPLOADER" 2> /dev/null || true
	true
}
trap cleanup EXIT

say() { echo "$*" >> "$REPORT"; log "$*"; }

# expect NAME EXPECTED ACTUAL: one row of a check table
expect() {
	local verdict=PASS
	if [ "$2" != "$3" ]; then
		verdict=FAIL
		FAILURES=$((FAILURES + 1))
	fi
	echo "| $1 | $2 | $3 | $verdict |" >> "$REPORT"
	log "$verdict $1: expected $2, got $3"
}

check_header() {
	echo >> "$REPORT"
	echo "| check (SQL) | expected | actual | |" >> "$REPORT"
	echo "|---|---|---|---|" >> "$REPORT"
}

# No submission is half there: every one has its counted rows (or was loaded with none), no open transactions.
storage_invariants() {
	expect "sessions in an open transaction" 0 \
		"$(sql "select count(*) from pg_stat_activity where pid <> pg_backend_pid() and xact_start is not null")"
	expect "publications whose calculation is not PUBLISHED" 0 \
		"$(sql "select count(*) from publication p join calculation c on c.id = p.calculation_id where c.status <> 'PUBLISHED'")"
	expect "periods PUBLISHED without a publication" 0 \
		"$(sql "select count(*) from period_league l where l.status = 'PUBLISHED' and not exists (select 1 from publication p where p.period_code = l.period_code and p.league = l.league)")"
	expect "publications of a calculation without results" 0 \
		"$(sql "select count(*) from publication p where not exists (select 1 from organisation_result r where r.calculation_id = p.calculation_id)")"
}

# Kills the application and then its orphaned PostgreSQL with SIGKILL: a crash of the whole service.
crash_postgres() {
	local pid
	pid=$(postmaster_pid)
	if [ -n "$pid" ]; then
		kill -9 "$pid"
		while kill -0 "$pid" 2> /dev/null; do sleep 0.2; done
		# its backends end when the postmaster dies
		sleep 2
	fi
}

# Waits until every other PostgreSQL session is gone (a killed client's transaction is rolled back when its backend
# notices), at most 60 s.
wait_for_sessions_to_end() {
	for _ in $(seq 1 60); do
		[ "$(sql "select count(*) from pg_stat_activity where pid <> pg_backend_pid() and backend_type = 'client backend'")" = 0 ] && return
		sleep 1
	done
}

start_app
MARKER=$WORK/started
touch "$MARKER"

# ---------------------------------------------------------------------------------------------------------------------
say "## 1. kill -9 during a ${ROWS}-row upload"
say
say "There is no HTTP file-upload endpoint in the API: \`submitMetricValues\` takes at most 10,000 rows per request, and"
say "larger files are uploaded in the console (Vaadin Upload). So \`bench/java/ConsoleUpload.java\` uploads the file as a"
say "preparer does, in headless Chromium; the application is killed while the submission's transaction is writing."
log "generating the $ROWS-row CSV"
CSV=$WORK/upload.csv
sql "select code from organisation where league = 'ACUTE' order by code" > "$WORK/acute.txt"
awk -v rows="$ROWS" -v quarter="$QUARTER" 'NR == FNR { trusts[n++] = $1; next } END {
	print "period,organisation_code,metric_id,value,numerator,denominator,comment"
	for (row = 0; row < rows; row++) printf "%s,%s,OF0013,,%d,1000,generated row %d\n", quarter, trusts[row % n], row % 997, row
}' "$WORK/acute.txt" /dev/null > "$CSV"
log "classpath for Selenium"
(cd "$ROOT" && ./mvnw -o -q -B dependency:build-classpath -pl admin-ui -am -Dmdep.includeScope=test \
	-Dmdep.outputFile="$WORK/classpath.txt" > "$WORK/classpath.log" 2>&1)
upload() {
	"$JAVA_HOME/bin/java" -cp "$(cat "$WORK/classpath.txt")" "$BENCH_DIR/java/ConsoleUpload.java" "$APP" preparer \
		"$DEMO_PASSWORD" "$QUARTER" "$CSV" "$1"
}
before_rows=$(sql "select count(*) from submission_row")
before_issues=$(sql "select count(*) from submission_issue")
before_submissions=$(sql "select count(*) from submission")
# in its own process group, so that Chromium and its driver end with it
setsid bash -c "$(declare -f upload); $(declare -p WORK JAVA_HOME BENCH_DIR APP DEMO_PASSWORD QUARTER CSV); upload 600" \
	> "$WORK/upload-killed.log" 2>&1 &
UPLOADER=$!
upload_started=$SECONDS
# the submission's transaction has written something once it has a transaction id
until [ "$(sql "select count(*) from pg_stat_activity where backend_xid is not null and pid <> pg_backend_pid()")" != 0 ]; do
	if [ $((SECONDS - upload_started)) -gt 300 ]; then
		cat "$WORK/upload-killed.log" >&2
		echo "the upload never reached the database" >&2
		exit 1
	fi
	sleep 0.2
done
sleep "${KILL_AFTER:-3}"
writing=$(sql "select now() - xact_start from pg_stat_activity where backend_xid is not null and pid <> pg_backend_pid()")
kill -9 "$APP_PID"
wait "$APP_PID" 2> /dev/null || true
say
say "Killed (SIGKILL) $((SECONDS - upload_started)) s after the upload started, the submission's transaction having written for $writing."
kill -- -"$UPLOADER" 2> /dev/null || true
wait_for_sessions_to_end
check_header
expect "submissions for $QUARTER, right after the kill (PostgreSQL still up)" 0 \
	"$(sql "select count(*) from submission where period_code = '$QUARTER'")"
expect "all submissions" "$before_submissions" "$(sql "select count(*) from submission")"
expect "all submission rows" "$before_rows" "$(sql "select count(*) from submission_row")"
expect "all validation findings" "$before_issues" "$(sql "select count(*) from submission_issue")"
storage_invariants
leftovers=$(find /tmp -maxdepth 2 -newer "$MARKER" -type f -size +1M -printf '%P (%s bytes)\n' | sort)
killed_pid=$APP_PID
crash_postgres
start_app
check_header
expect "spool files of the killed process left after the restart" 0 \
	"$(find /tmp/nhs-league-tables-uploads -name "submission-$killed_pid-*" 2> /dev/null | wc -l)"
expect "submissions for $QUARTER after a crash of the application and PostgreSQL and a restart" 0 \
	"$(sql "select count(*) from submission where period_code = '$QUARTER'")"
expect "all submission rows" "$before_rows" "$(sql "select count(*) from submission_row")"
storage_invariants
say
say "Temporary files the killed upload left in /tmp (the console's copy and the service's spool), before the restart deleted the spool's: ${leftovers:-none}."
upload_again=$SECONDS
upload 900 > "$WORK/upload-again.log" 2>&1 || { cat "$WORK/upload-again.log" >&2; FAILURES=$((FAILURES + 1)); }
say
say "Repeated upload: $(grep -h '^STORED' "$WORK/upload-again.log" || echo 'did not finish') ($((SECONDS - upload_again)) s, browser transfer included)."
check_header
expect "submissions for $QUARTER after the repeat" 1 "$(sql "select count(*) from submission where period_code = '$QUARTER'")"
expect "rows counted in it" "$ROWS" "$(sql "select row_count from submission where period_code = '$QUARTER'")"
expect "rows stored for it" "$ROWS" \
	"$(sql "select count(*) from submission_row r join submission s on s.id = r.submission_id where s.period_code = '$QUARTER'")"

# ---------------------------------------------------------------------------------------------------------------------
say
say "## 2. kill -9 during publication"
say
PERIOD_JSON=$(jq -n --arg period "$PUBLISH_PERIOD" '{period: $period, league: "ACUTE"}')
gql "$PREPARER" "$(jq -n --argjson input "$PERIOD_JSON" '{query: "mutation($input: TableInput!) { lockPeriodData(input: $input) { status userErrors { message } } }", variables: {input: $input}}')" > "$WORK/lock.json"
gql "$PREPARER" "$(jq -n --argjson input "$PERIOD_JSON" '{query: "mutation($input: TableInput!) { calculateLeagueTable(input: $input) { calculation { id } userErrors { message } } }", variables: {input: $input}}')" > "$WORK/calculate.json"
CALCULATION=$(jq -r '.data.calculateLeagueTable.calculation.id // empty' "$WORK/calculate.json")
[ -n "$CALCULATION" ] || { cat "$WORK/lock.json" "$WORK/calculate.json" >&2; exit 1; }
PUBLISH=$(jq -n --arg id "$CALCULATION" '{query: "mutation($id: ID!) { approveAndPublishTable(input: {calculationId: $id}) { status publication { revision } userErrors { message } } }", variables: {id: $id}}')
say "Calculated $PUBLISH_PERIOD ACUTE as calculation #$CALCULATION. A psql session holds a lock on \`publication\`, so the"
say "approver's publication stops inside its transaction, after it has moved the period to PUBLISHED and before it"
say "inserts the publication; the application is killed there."
PGPASSWORD=postgres psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Xq \
	-c "begin; lock table publication in share row exclusive mode; select pg_sleep(600);" > /dev/null 2>&1 &
LOCKER=$!
sleep 1
gql "$APPROVER" "$PUBLISH" > "$WORK/publish-killed.json" &
until [ "$(sql "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query ilike 'insert into%publication%'")" != 0 ]; do
	sleep 0.2
done
blocked_after=$(sql "select status from period_league where period_code = '$PUBLISH_PERIOD' and league = 'ACUTE'")
kill -9 "$APP_PID"
wait "$APP_PID" 2> /dev/null || true
sql "select pg_terminate_backend(pid) from pg_stat_activity where query like '%pg_sleep(600)%' and pid <> pg_backend_pid()" > /dev/null
wait "$LOCKER" 2> /dev/null || true
LOCKER=
wait_for_sessions_to_end
check_header
expect "status of $PUBLISH_PERIOD ACUTE seen outside the killed transaction" CALCULATED "$blocked_after"
expect "status after the kill" CALCULATED \
	"$(sql "select status from period_league where period_code = '$PUBLISH_PERIOD' and league = 'ACUTE'")"
expect "publications of $PUBLISH_PERIOD ACUTE" 0 \
	"$(sql "select count(*) from publication where period_code = '$PUBLISH_PERIOD' and league = 'ACUTE'")"
expect "calculation #$CALCULATION" DRAFT "$(sql "select status from calculation where id = $CALCULATION")"
expect "TABLE_PUBLISHED audit entries for it" 0 \
	"$(sql "select count(*) from audit_event where action = 'TABLE_PUBLISHED' and after_state ->> 'calculation' = '$CALCULATION'")"
storage_invariants
crash_postgres
start_app
gql "$APPROVER" "$PUBLISH" > "$WORK/publish-again.json"
check_header
expect "the repeated approveAndPublishTable" "PUBLISHED 1" \
	"$(jq -r '.data.approveAndPublishTable | "\(.status) \(.publication.revision)"' "$WORK/publish-again.json")"
expect "publications of $PUBLISH_PERIOD ACUTE" 1 \
	"$(sql "select count(*) from publication where period_code = '$PUBLISH_PERIOD' and league = 'ACUTE'")"
expect "public leagueTable($PUBLISH_PERIOD, ACUTE) revision" 1 \
	"$(gql "" "{\"query\": \"{ leagueTable(period: \\\"$PUBLISH_PERIOD\\\", league: ACUTE) { revision } }\"}" | jq -r '.data.leagueTable.revision')"
storage_invariants

# ---------------------------------------------------------------------------------------------------------------------
say
say "## 3. PostgreSQL stopped during load"
say
LOAD_SECONDS=${LOAD_SECONDS:-120}
STOP_AT=${STOP_AT:-15}
START_AT=${START_AT:-75}
say "wrk (2 threads, 16 connections, $LOAD_SECONDS s, uncached ACUTE league table) runs while PostgreSQL is stopped"
say "(fast shutdown, SIGINT to the postmaster) at ${STOP_AT} s and started again (same data directory and options) at"
say "${START_AT} s. Probes run side by side: readiness, liveness and a small GraphQL query, each with a 40 s limit."
publications_before=$(sql "select count(*) from publication")
BODY_FILE="$BENCH_DIR/queries/league-table.json" MODE=uncached wrk -t2 -c16 -d"${LOAD_SECONDS}s" --timeout 40s \
	-s "$BENCH_DIR/wrk/graphql.lua" "$APP/graphql" > "$WORK/wrk-outage.log" 2>&1 &
WRK=$!
T0=$(date +%s.%N)
elapsed() { echo "$(date +%s.%N) - $T0" | bc | xargs printf '%.1f'; }
# probe NAME URL [BODY]: one line per probe: start second, status code, seconds taken, body (cut)
probe() {
	local name=$1 url=$2 body=${3:-}
	while [ "$(echo "$(date +%s.%N) - $T0 < $LOAD_SECONDS" | bc)" = 1 ]; do
		local at response
		at=$(elapsed)
		if [ -n "$body" ]; then
			response=$(curl -s -m 40 -w '\n%{http_code} %{time_total} %{redirect_url}' "$url" -H 'content-type: application/json' -d "$body")
		else
			response=$(curl -s -m 40 -w '\n%{http_code} %{time_total} %{redirect_url}' "$url")
		fi
		local status text
		status=$(tail -1 <<< "$response")
		text=$(head -n -1 <<< "$response" | tr -d '\n|' | cut -c1-160)
		[ -n "${status#* * }" ] && text="$text (redirect to ${status#* * })"
		status=${status% *}
		# a GraphQL error comes with 200: it starts a run of its own
		[[ $text == '{"errors"'* ]] && status="${status%% *}+errors ${status#* }"
		printf '%s %s %s\n' "$at" "$status" "${text:-(empty body)}" >> "$WORK/probe-$name.txt"
		sleep 1
	done
}
probe readiness "$APP/actuator/health/readiness" &
PROBES=$!
probe liveness "$APP/actuator/health/liveness" &
PROBES="$PROBES $!"
probe graphql "$APP/graphql" '{"query":"{ trusts(league: ACUTE, first: 1) { totalCount } }"}' &
PROBES="$PROBES $!"
sleep "$STOP_AT"
eval "set -- $(cat "$PG_DATA/postmaster.opts")"
kill -INT "$(postmaster_pid)"
stopped_at=$(elapsed)
log "PostgreSQL stopped at $stopped_at s"
sleep "$(echo "$START_AT - $stopped_at" | bc)"
# as the embedded server does: in a user namespace, where root is not root, since PostgreSQL refuses to run as root
(setsid unshare -U "$@" > "$WORK/postgres-restarted.log" 2>&1 < /dev/null &)
started_at=$(elapsed)
log "PostgreSQL started again at $started_at s"
wait "$WRK" || true
# shellcheck disable=SC2086
wait $PROBES
# each probe's lines compressed to runs of the same status code
{
	echo
	echo "PostgreSQL stopped at $stopped_at s, started again at $started_at s."
	echo
	echo "| probe | from–to (probe start) | probes | time taken | first response of the run (status code is the run's) |"
	echo "|---|---|---|---|---|"
	for name in readiness liveness graphql; do
		awk '{ print $1, $2, $3, substr($0, index($0, $4)) }' "$WORK/probe-$name.txt" | awk -v name="$name" '
			{ if ($2 != last) { if (NR > 1) printf "| %s %s | %s–%s s | %d | %.2f–%.2f s | %s |\n", name, last, from, prev, n, min, max, text; from = $1; n = 0; min = 1e9; max = 0; last = $2; text = $4; for (i = 5; i <= NF; i++) text = text " " $i }
			  prev = $1; n++; if ($3 < min) min = $3; if ($3 > max) max = $3 }
			END { printf "| %s %s | %s–%s s | %d | %.2f–%.2f s | %s |\n", name, last, from, prev, n, min, max, text }'
	done
	echo
	echo "wrk during the outage: $(grep -E 'requests in|Non-2xx|Socket errors' "$WORK/wrk-outage.log" | xargs) $(grep '^RESULT' "$WORK/wrk-outage.log")"
} >> "$REPORT"
check_header
expect "readiness once PostgreSQL is back" UP "$(curl -s "$APP/actuator/health/readiness" | jq -r .status)"
expect "publications (nothing lost or added)" "$publications_before" "$(sql "select count(*) from publication")"
storage_invariants
stop_app

OUT=$RESULTS/faults-$STAMP.md
{
	echo "# Faults, $STAMP"
	echo
	echo "Command: \`bench/faults.sh\`. The application runs from the packaged jar on its embedded PostgreSQL 17"
	echo "(data in $PG_DATA); the checks are SQL through psql against that server."
	echo
	machine_header
	echo "- Result: $FAILURES failed checks."
	echo
	cat "$REPORT"
} > "$OUT"
log "wrote $OUT ($FAILURES failed checks)"
cat "$OUT"
exit $((FAILURES > 0))
