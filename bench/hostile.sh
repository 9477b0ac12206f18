#!/usr/bin/env bash
# Hostile input (issue #8): GraphQL depth and alias bombs, huge queries and variables, invalid UTF-8 and malformed
# bodies, oversized and malformed submissions, formula injection, SQL injection in every filter of `trusts`. Each case
# records its status code and time; it passes when it is refused clearly (4xx, or a GraphQL error that is not an
# INTERNAL_ERROR; never a redirect or 5xx) — or, for injection strings in a search, answered with no match, and for
# fragment bombs (which merge into a few fields) answered or refused — within
# BOUND seconds, the service is still ready afterwards, and nothing was stored. bench/hostile.sh writes bench/results/hostile-<date>.md.
source "$(dirname "$0")/lib.sh"
require curl jq psql
BOUND=${BOUND:-10}
PREPARER=preparer:$DEMO_PASSWORD
QUARTER=${QUARTER:-2025/26 Q3}
fresh_work
trap stop_app EXIT
start_app

ROWS_MD=$WORK/cases.md
: > "$ROWS_MD"
FAILURES=0
STORED_TABLES="submission submission_row submission_issue metric_value organisation publication calculation"
stored() { for table in $STORED_TABLES; do printf '%s=%s ' "$table" "$(sql "select count(*) from $table")"; done; }

# attempt NAME EXPECT AUTH CONTENT_TYPE BODY_FILE: POSTs the file to /graphql. EXPECT is "refused" (4xx, or a GraphQL
# error / userError), "no match" (no error, no trust found) or "stored with errors" (a submission whose report has
# errors: the one case allowed to store something).
attempt() {
	local name=$1 expect=$2 auth=$3 type=$4 file=$5 out=$WORK/response.json
	local -a args=(-s -m 60 -o "$out" -w '%{http_code} %{time_total} %{redirect_url}' -H "content-type: $type" --data-binary "@$file")
	[ -n "$auth" ] && args+=(-u "$auth")
	local before result code seconds size message verdict=PASS ready
	before=$(stored)
	rm -f "$out"
	result=$(curl "${args[@]}" "$APP/graphql") || true
	[ -f "$out" ] || : > "$out"
	code=${result%% *}
	seconds=${result#* }
	local redirect=${seconds#* }
	seconds=${seconds%% *}
	size=$(stat -c %s "$file")
	message=$(jq -r '[.errors[]?.message, (.. | objects | .userErrors? // empty | .[].message)] | first // empty' "$out" 2> /dev/null \
		| tr '\n|' ' /' | cut -c1-140)
	[ -n "$message" ] || message=$(head -c 140 "$out" | tr '\n|' ' /')
	[ -n "$redirect" ] && message="$message (redirect to $redirect)"
	case $expect in
		refused)
			if ! { [[ $code == 4* ]] || jq -e '(.errors | length > 0) or ([.. | objects | .userErrors? // empty | .[]] | length > 0)' "$out" > /dev/null 2>&1; }; then
				verdict="FAIL (not refused)"
			fi ;;
		"no match")
			if [ "$code" != 200 ] || ! jq -e '(.errors == null) and ([.. | objects | .totalCount? // empty] | all(. == 0)) and ([.. | objects | select(has("code"))] | length == 0)' "$out" > /dev/null 2>&1; then
				if ! { [[ $code == 4* ]] || jq -e '.errors | length > 0' "$out" > /dev/null 2>&1; }; then
					verdict="FAIL (matched or failed)"
				fi
			fi ;;
		bounded)
			# answered or refused, as long as it is within the bound and not an internal error (checked below)
			;;
		"stored with errors")
			jq -e '.data.submitMetricValues.submission.errorCount > 0' "$out" > /dev/null 2>&1 || verdict="FAIL (no errors)"
			before=$(stored) ;;
	esac
	[ -s "$out" ] && jq -e '[.errors[]?.extensions.classification] | index("INTERNAL_ERROR")' "$out" > /dev/null 2>&1 \
		&& verdict="FAIL (internal error, not a clear refusal)"
	[[ $code == 3* || $code == 5* || $code == 000 ]] && verdict="FAIL (status $code)"
	[ "$(echo "$seconds > $BOUND" | bc)" = 1 ] && verdict="FAIL (slower than $BOUND s)"
	ready=$(curl -s -m 30 -o /dev/null -w '%{http_code}' "$APP/actuator/health/readiness")
	[ "$ready" = 200 ] || verdict="FAIL (readiness $ready)"
	[ "$(stored)" = "$before" ] || verdict="FAIL (stored: $before -> $(stored))"
	[ "$verdict" = PASS ] || FAILURES=$((FAILURES + 1))
	printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$size" "$code" "$seconds" "$ready" "$message" "$verdict" >> "$ROWS_MD"
	log "$verdict $name: $code in $seconds s"
}

# graphql NAME EXPECT AUTH QUERY [VARIABLES_JSON]: a JSON request built by jq, from files so that it may be huge.
graphql() {
	local name=$1 expect=$2 auth=$3
	printf '%s' "$4" > "$WORK/query.graphql"
	printf '%s' "${5:-{\}}" > "$WORK/variables.json"
	jq -n --rawfile query "$WORK/query.graphql" --slurpfile variables "$WORK/variables.json" \
		'{query: $query, variables: $variables[0]}' > "$WORK/body.json"
	attempt "$name" "$expect" "$auth" application/json "$WORK/body.json"
}

repeat() { local out=; for _ in $(seq 1 "$2"); do out+=$1; done; printf '%s' "$out"; }

log "GraphQL documents"
graphql "depth 20 (trust.successor…)" refused "" "{ trust(code: \"RJ1\") { $(repeat 'successor { ' 20)code$(repeat ' }' 20) } }"
graphql "depth 2,000 (parser)" refused "" "{ trust(code: \"RJ1\") { $(repeat 'successor { ' 2000)code$(repeat ' }' 2000) } }"
graphql "1,000 aliases of trusts(first: 500)" refused "" "{ $(for i in $(seq 1 1000); do printf 'a%d: trusts(first: 500) { nodes { code name } } ' "$i"; done)}"
graphql "100,000 repeated fields" refused "" "{ $(repeat '__typename ' 100000)}"
# A fragment bomb merges into one field per level (the spreads select the same fields), so it may be answered: what
# matters is that validating and running it stays within the bound.
for levels in 10 20 30; do
	graphql "fragment bomb ($levels levels, 2^$levels spreads)" bounded "" "{ trusts(first: 500) { nodes { ...f$levels } } } fragment f0 on Trust { code name } $(for i in $(seq 1 "$levels"); do printf 'fragment f%d on Trust { ...f%d successor { ...f%d } } ' "$i" $((i - 1)) $((i - 1)); done)"
done
graphql "fragment cycle" refused "" "{ trusts { nodes { ...a } } } fragment a on Trust { ...b } fragment b on Trust { ...a }"
graphql "introspection nested 10 times" refused "" "{ __schema { types { $(repeat 'fields { type { ' 10)name$(repeat ' } }' 10) } } }"
graphql "5 MB query of whitespace" refused "" "{ $(head -c 5000000 /dev/zero | tr '\0' ' ')__typename } }"
graphql "10 MB variable" refused "" 'query($search: String) { trusts(search: $search, first: 1) { totalCount } }' \
	"{\"search\": \"$(head -c 10000000 /dev/zero | tr '\0' 'A')\"}"
graphql "1,000,000-element variable list" refused "" 'query($codes: [String]) { __typename }' \
	"{\"codes\": [$(yes '"RJ1"' | head -n 1000000 | paste -sd,)]}"
graphql "first: 1000000" refused "" '{ trusts(first: 1000000) { totalCount } }'
graphql "first: -1" refused "" '{ trusts(first: -1) { totalCount } }'

log "malformed bodies"
printf '{"query":"{ trusts(search: \\"\xff\xfe\xc3\x28\\") { totalCount } }"}' > "$WORK/invalid-utf8.json"
attempt "invalid UTF-8 in the JSON body" refused "" application/json "$WORK/invalid-utf8.json"
printf '{"query":"{ trusts { totalCount } }"' > "$WORK/truncated.json"
attempt "truncated JSON" refused "" application/json "$WORK/truncated.json"
printf '[{"query":"{ __typename }"},{"query":"{ __typename }"}]' > "$WORK/batch.json"
attempt "JSON array (batch)" refused "" application/json "$WORK/batch.json"
printf '{"query":"{ __typename }"}' > "$WORK/plain.json"
attempt "text/plain content type" refused "" text/plain "$WORK/plain.json"
head -c 1000000 /dev/urandom > "$WORK/random.bin"
attempt "1 MB of random bytes" refused "" application/json "$WORK/random.bin"
head -c 50000000 /dev/zero | tr '\0' ' ' > "$WORK/spaces.json"
attempt "50 MB body of spaces" refused "" application/json "$WORK/spaces.json"

log "submissions (as the demo preparer)"
SUBMIT='mutation($input: SubmitMetricValuesInput!) { submitMetricValues(input: $input) { submission { id status errorCount } userErrors { code message } } }'
rows() { # N ORGANISATION METRIC VALUE COMMENT
	jq -n --argjson n "$1" --arg organisation "$2" --arg metric "$3" --arg value "$4" --arg comment "$5" --arg period "$QUARTER" \
		'{input: {period: $period, rows: [range($n) | {organisationCode: $organisation, metricId: $metric, value: $value, comment: $comment}]}}'
}
graphql "10,001 rows (limit 10,000)" refused "$PREPARER" "$SUBMIT" "$(rows 10001 RJ1 OF0013 1 x)"
graphql "200,000 rows (~20 MB)" refused "$PREPARER" "$SUBMIT" "$(rows 200000 RJ1 OF0013 1 x)"
graphql "submission for a period that does not exist" refused "$PREPARER" "$SUBMIT" \
	"$(rows 1 RJ1 OF0013 1 x | jq '.input.period = "2030/31 Q9"')"
graphql "anonymous submission" refused "" "$SUBMIT" "$(rows 1 RJ1 OF0013 1 x)"

log "formula injection (stored as a submission with errors: its validation report must be safe in a spreadsheet)"
graphql "formula injection in value and comment" "stored with errors" "$PREPARER" "$SUBMIT" \
	"$(rows 1 RJ1 OF0013 '=HYPERLINK("http://example.invalid","x")' '=1+cmd|'"'"' /C calc'"'"'!A0' \
		| jq '.input.rows += [{organisationCode: "@SUM(1+1)", metricId: "+OF0013", value: "-2+3"}]')"

log "SQL injection in every filter of trusts, and in trust(code) and leagueTable(period)"
INJECTIONS=("' OR '1'='1" "'; DROP TABLE organisation; --" "RJ1' UNION SELECT code, name FROM app_user --" "%' OR 1=1 --" "\\'; SELECT pg_sleep(20); --" "RJ1\u0000")
for injection in "${INJECTIONS[@]}"; do
	variables=$(jq -n --arg s "$injection" '{s: ($s | gsub("\\\\u0000"; "\u0000"))}')
	for filter in region icb search; do
		graphql "trusts($filter: \"$injection\")" "no match" "" "query(\$s: String) { trusts($filter: \$s) { totalCount nodes { code } } }" "$variables"
	done
	graphql "trusts(after: \"$injection\")" refused "" 'query($s: String) { trusts(after: $s) { totalCount } }' "$variables"
	graphql "trusts(league: \"$injection\")" refused "" 'query($s: League) { trusts(league: $s) { totalCount } }' "$variables"
	graphql "trusts(type: \"$injection\")" refused "" 'query($s: TrustType) { trusts(type: $s) { totalCount } }' "$variables"
	graphql "trusts(orderBy: \"$injection\")" refused "" 'query($s: OrganisationOrder) { trusts(orderBy: $s) { totalCount } }' "$variables"
	graphql "trust(code: \"$injection\")" "no match" "" 'query($s: String!) { trust(code: $s) { code } }' "$variables"
	graphql "leagueTable(period: \"$injection\")" "no match" "" 'query($s: String!) { leagueTable(period: $s, league: ACUTE) { revision } }' "$variables"
done

formula_submission=$(sql "select id from submission where period_code = '$QUARTER' order by id desc limit 1")
export_check="no submission was stored"
if [ -n "$formula_submission" ]; then
	curl -s -u "$PREPARER" "$APP/exports/submissions/$formula_submission/validation-report.csv" > "$WORK/report.csv"
	export_check="validation report of submission #$formula_submission: $(grep -c "^[^,]*,[^,]*,\"\?[=+@-]" "$WORK/report.csv" || true) cells start with = + - @ unescaped; value cells as exported: $(cut -d, -f3 "$WORK/report.csv" | tail -n +2 | head -4 | paste -sd' ')"
fi
ready=$(curl -s "$APP/actuator/health/readiness")
OUT=$RESULTS/hostile-$STAMP.md
{
	echo "# Hostile input, $STAMP"
	echo
	echo "Command: \`bench/hostile.sh\`. Bound per case: $BOUND s. After every case the readiness probe must answer 200 and"
	echo "the row counts of $STORED_TABLES must be unchanged (except where noted)."
	echo
	machine_header
	echo "- Result: $FAILURES failed cases; readiness at the end: $ready."
	echo "- Formula injection: $export_check."
	echo
	echo "| case | request bytes | status | seconds | readiness after | first error (or body) | verdict |"
	echo "|---|---|---|---|---|---|---|"
	cat "$ROWS_MD"
} > "$OUT"
log "wrote $OUT ($FAILURES failed cases)"
cat "$OUT"
