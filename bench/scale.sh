#!/usr/bin/env bash
# Scale (issue #8): 10 years of quarterly history (40 published ACUTE tables) and a synthetic league of up to 10,000
# organisations, loaded through the real pipeline over GraphQL (submit, accept, lock, calculate, approve and publish);
# how calculation time and query latency grow with organisations and with periods.
# bench/scale.sh writes bench/results/scale-<date>.md and scale-<date>.svg; logs stay in /tmp/nhs-bench/scale.
source "$(dirname "$0")/lib.sh"
require curl jq psql gnuplot
PREPARER=preparer:$DEMO_PASSWORD
APPROVER=approver:$DEMO_PASSWORD
TEMPLATE=${TEMPLATE:-$ROOT/db/seed/demo/submission-2024-25-Q4.csv}
SYNTHETIC_STEPS=${SYNTHETIC_STEPS:-"1000 2500 5000 10000"}
HISTORY_FROM=${HISTORY_FROM:-2015}
TEMPLATE_PERIOD="2024/25 Q4"
PIPELINE_FAILED=
SUBMIT_FAILURE=
fresh_work
trap stop_app EXIT
start_app

# mutation NAME AUTH VARIABLES_JSON: runs one of the workflow mutations and prints "seconds response"
declare -A MUTATIONS=(
	[submit]='mutation($input: SubmitMetricValuesInput!) { submitMetricValues(input: $input) { submission { id errorCount issues { rule severity message } } userErrors { message } } }'
	[accept]='mutation($input: AcceptSubmissionInput!) { acceptSubmission(input: $input) { submission { status } userErrors { message } } }'
	[lock]='mutation($input: TableInput!) { lockPeriodData(input: $input) { status userErrors { message } } }'
	[calculate]='mutation($input: TableInput!) { calculateLeagueTable(input: $input) { calculation { id } userErrors { message } } }'
	[publish]='mutation($input: ApproveInput!) { approveAndPublishTable(input: $input) { status userErrors { message } } }'
)
mutation() {
	jq -n --arg query "${MUTATIONS[$1]}" --slurpfile input "$3" '{query: $query, variables: {input: $input[0]}}' > "$WORK/request.json"
	local timing
	rm -f "$WORK/response.json"
	timing=$(curl -s -m "${REQUEST_LIMIT:-120}" -u "$2" -o "$WORK/response.json" -w '%{time_total}' "$APP/graphql" \
		-H 'content-type: application/json' --data-binary "@$WORK/request.json") || true
	[ -s "$WORK/response.json" ] || echo '{"errors": [{"message": "no response"}]}' > "$WORK/response.json"
	if jq -e '(.errors | length > 0) or ([.. | objects | .userErrors? // empty | .[]] | length > 0) or ([.. | objects | .errorCount? // 0] | add > 0)' \
		"$WORK/response.json" > /dev/null; then
		echo "$1 failed after $timing s: $(jq -c "[.. | objects | select(has(\"severity\")) | select(.severity == \"ERROR\")] | unique_by(.rule) | .[:5]" "$WORK/response.json") $(head -c 600 "$WORK/response.json")" >&2
		echo "$timing"
		return 1
	fi
	echo "$timing"
}

open_period() { # CODE (e.g. 2016/17 Q2): ACUTE opened under the current framework
	local year=${1:0:4} quarter=${1: -1}
	sql "insert into reporting_period (code, financial_year_start, quarter, start_date, end_date, framework_code)
		select '$1', $year, $quarter, d, (d + interval '3 months' - interval '1 day')::date, 'NOF-2025/26'
		from (select make_date($year, 4, 1) + make_interval(months => 3 * ($quarter - 1)) as d) start
		on conflict do nothing;
		insert into period_league (period_code, league) values ('$1', 'ACUTE') on conflict do nothing" > /dev/null
}

# The template's ACUTE rows, as TSV: organisation, metric, value, numerator, denominator, category, score, status
awk -F, 'NR > 1 { print $2 "\t" $3 "\t" $4 "\t" $5 "\t" $6 "\t" $7 "\t" $8 "\t" $9 }' "$TEMPLATE" > "$WORK/template-all.tsv"
sql "select code from organisation where league = 'ACUTE' order by code" > "$WORK/acute.txt"
awk -F'\t' 'NR == FNR { acute[$1] = 1; next } $1 in acute' "$WORK/acute.txt" "$WORK/template-all.tsv" > "$WORK/template.tsv"

# submit_period CODE ROWS_TSV: submits the rows (10,000 a request) and accepts them. Sets SUBMIT_S (all requests).
submit_period() {
	local period=$1 rows=$2 seconds
	SUBMIT_S=0
	open_period "$period"
	rm -f "$WORK"/chunk-*
	split -l 10000 "$rows" "$WORK/chunk-"
	for chunk in "$WORK"/chunk-*; do
		jq -R -s --arg period "$period" 'def v: if . == "" then null else . end;
			{period: $period, rows: [split("\n")[] | select(length > 0) | split("\t")
			| {organisationCode: .[0], metricId: .[1], value: (.[2] | v), numerator: (.[3] | v), denominator: (.[4] | v),
			   category: (.[5] | v), score: (.[6] | v), status: (.[7] | v), comment: "bench/scale.sh: copied demo value"}]}' "$chunk" > "$WORK/input.json"
		seconds=$(mutation submit "$PREPARER" "$WORK/input.json") || {
			SUBMIT_S=$seconds
			SUBMIT_FAILURE=$(jq -r '[.errors[]?.message, (.. | objects | .userErrors? // empty | .[].message)] | first // "errors in the rows"' "$WORK/response.json" | cut -c1-200)
			return 1
		}
		SUBMIT_S=$(echo "$SUBMIT_S + $seconds" | bc)
		jq '{submissionId: .data.submitMetricValues.submission.id, acknowledgeWarnings: true}' "$WORK/response.json" > "$WORK/accept.json"
		seconds=$(mutation accept "$PREPARER" "$WORK/accept.json") || return 1
		SUBMIT_S=$(echo "$SUBMIT_S + $seconds" | bc)
	done
}

# copy_period CODE: the values accepted for $TEMPLATE_PERIOD of the ACUTE trusts open in the quarter, stored by SQL as one
# accepted submission (what submit_period would store, without its validation).
copy_period() {
	open_period "$1"
	sql "with copy as (insert into submission (period_code, source, format, file_name, checksum_sha256, uploaded_by, row_count, status, decided_by, decided_at)
			values ('$1', 'API', 'ROWS', 'bench/scale.sh', encode(sha256('$1'::bytea), 'hex'), 'preparer', 0, 'ACCEPTED', 'preparer', now()) returning id)
		insert into metric_value (submission_id, period_code, organisation_code, framework_code, metric_code, status, value, numerator, denominator, category, manual_score, comment)
		select copy.id, '$1', v.organisation_code, v.framework_code, v.metric_code, v.status, v.value, v.numerator, v.denominator, v.category, v.manual_score, v.comment
		from copy, current_metric_value v join organisation o on o.code = v.organisation_code
		where v.period_code = '$TEMPLATE_PERIOD' and o.league = 'ACUTE' and o.code !~ '^X'
		  and (o.open_date is null or o.open_date <= (select end_date from reporting_period where code = '$1'))
		  and (o.close_date is null or o.close_date >= (select end_date from reporting_period where code = '$1'))" > /dev/null
}

# copy_synthetic CODE: copy_period, plus for each synthetic organisation X… the values of the real trust at its number
# modulo the number of real ones.
copy_synthetic() {
	copy_period "$1"
	sql "with real as (select row_number() over (order by code) - 1 as i, code from organisation where league = 'ACUTE' and code !~ '^X'),
		copy as (select id from submission where period_code = '$1' and file_name = 'bench/scale.sh')
		insert into metric_value (submission_id, period_code, organisation_code, framework_code, metric_code, status, value, numerator, denominator, category, manual_score, comment)
		select copy.id, '$1', o.code, v.framework_code, v.metric_code, v.status, v.value, v.numerator, v.denominator, v.category, v.manual_score, v.comment
		from copy, organisation o
		join real on real.i = substr(o.code, 2)::int % (select count(*) from real)
		join current_metric_value v on v.organisation_code = real.code and v.period_code = '$TEMPLATE_PERIOD'
		where o.code ~ '^X' and o.open_date <= (select end_date from reporting_period where code = '$1')" > /dev/null
}

# publish_period CODE: locks, calculates and publishes ACUTE. Sets CALCULATE_S and PUBLISH_S.
publish_period() {
	local period=$1
	jq -n --arg period "$period" '{period: $period, league: "ACUTE"}' > "$WORK/table.json"
	mutation lock "$PREPARER" "$WORK/table.json" > /dev/null || exit 1
	CALCULATE_S=$(mutation calculate "$PREPARER" "$WORK/table.json") || exit 1
	jq '{calculationId: .data.calculateLeagueTable.calculation.id}' "$WORK/response.json" > "$WORK/approve.json"
	PUBLISH_S=$(mutation publish "$APPROVER" "$WORK/approve.json") || exit 1
}

latency() { # BODY [N]: the median of N requests, each with a unique alias so that no cached answer is measured
	local body=$1 n=${2:-5}
	for i in $(seq 1 "$n"); do
		jq --arg alias "uncached$RANDOM$i" '.query |= sub("\\{"; "{ \($alias): __typename ")' "$body" > "$WORK/latency-body.json"
		curl -s -o "$WORK/latency.json" -w '%{time_total}\n' "$APP/graphql" -H 'content-type: application/json' \
			--data-binary "@$WORK/latency-body.json"
	done | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'
}
table_query() { # PERIOD: the load benchmark's league-table query for that period
	jq --arg period "$1" '.variables.period = $period' "$BENCH_DIR/queries/league-table.json" > "$WORK/table-query.json"
}

# --- 10 years of history ------------------------------------------------------------------------------------------
PERIODS=()
for year in $(seq "$HISTORY_FROM" 2024); do
	for quarter in 1 2 3 4; do PERIODS+=("$year/$(printf '%02d' $(((year + 1) % 100))) Q$quarter"); done
done
table_query "2024/25 Q4"
table_before=$(latency "$WORK/table-query.json")
HISTORY_ROWS=$WORK/history-rows.md
: > "$HISTORY_ROWS"
for period in "${PERIODS[@]}"; do
	if [ "$(sql "select count(*) from publication where period_code = '$period' and league = 'ACUTE'")" = 0 ]; then
		end=$(sql "select (make_date(${period:0:4}, 4, 1) + make_interval(months => 3 * ${period: -1}))::date - 1")
		sql "select code from organisation where league = 'ACUTE' and (open_date is null or open_date <= '$end') and (close_date is null or close_date >= '$end')" > "$WORK/open.txt"
		awk -F'\t' 'NR == FNR { open[$1] = 1; next } $1 in open' "$WORK/open.txt" "$WORK/template.tsv" > "$WORK/period.tsv"
		how="pipeline"
		if [ -z "$PIPELINE_FAILED" ]; then
			log "history: submitting $period ($(wc -l < "$WORK/period.tsv") rows)"
			if ! submit_period "$period" "$WORK/period.tsv"; then
				PIPELINE_FAILED="$period (submitMetricValues of $(wc -l < "$WORK/period.tsv") rows after ${SUBMIT_S} s: $SUBMIT_FAILURE)"
				log "the pipeline failed for $PIPELINE_FAILED: copying this and the remaining quarters by SQL"
			fi
		fi
		if [ -n "$PIPELINE_FAILED" ]; then
			how="SQL copy"
			SUBMIT_S="–"
			log "history: copying $period by SQL"
			# a submission the pipeline stored after its request timed out may be waiting undecided: it is left alone
			copy_period "$period"
		fi
		publish_period "$period"
		echo "| $period | $(wc -l < "$WORK/open.txt") | $how | $SUBMIT_S | $CALCULATE_S | $PUBLISH_S |" >> "$HISTORY_ROWS"
	fi
done
table_query "2024/25 Q4"
table_after=$(latency "$WORK/table-query.json")

# history of one organisation over the last N periods: Trust.history once it exists, else N aliased league tables
HISTORY_FIELD=$(gql "" '{"query":"{ __type(name: \"Trust\") { fields { name } } }"}' | jq -r '[.data.__type.fields[].name] | index("history") != null')
history_query() {
	local n=$1 first=${PERIODS[${#PERIODS[@]} - $1]} last=${PERIODS[${#PERIODS[@]} - 1]}
	if [ "$HISTORY_FIELD" = true ]; then
		jq -n --arg from "$first" --arg to "$last" '{query: "query($from: String!, $to: String!) { trust(code: \"RJ1\") { history(from: $from, to: $to) { period rank segment averageScore metrics { metricId value score rank } } } }", variables: {from: $from, to: $to}}'
	else
		local document="{" i
		for i in $(seq $((${#PERIODS[@]} - n)) $((${#PERIODS[@]} - 1))); do
			document+=" p$i: leagueTable(period: \"${PERIODS[$i]}\", league: ACUTE) { rows { segment averageScore organisation { code } metrics { score } } }"
		done
		jq -n --arg query "$document }" '{query: $query}'
	fi > "$WORK/history-query.json"
}
LATENCY_ROWS=$WORK/latency.dat
: > "$LATENCY_ROWS"
HISTORY_TABLE=$WORK/history-latency.md
: > "$HISTORY_TABLE"
for n in 1 4 8 20 40; do
	[ "$n" -le "${#PERIODS[@]}" ] || continue
	history_query "$n"
	seconds=$(latency "$WORK/history-query.json")
	errors=$(jq -r '.errors[0].message // "none"' "$WORK/latency.json" | cut -c1-120)
	echo "| $n | $seconds | $(stat -c %s "$WORK/latency.json") | $errors |" >> "$HISTORY_TABLE"
	echo "$n $seconds" >> "$WORK/history.dat"
done

# --- a synthetic league of up to 10,000 organisations ------------------------------------------------------------
# Organisations X0000… (acute trusts copying the region and ICB of a real one) open in steps one financial year apart,
# so that each step's quarter has the real ACUTE trusts plus all synthetic ones opened so far; each copies the
# template values of a real trust.
SCALE_ROWS=$WORK/scale-rows.md
: > "$SCALE_ROWS"
opened=0
year=2040
for total in $SYNTHETIC_STEPS; do
	sql "insert into organisation (code, kind, name, trust_type, region_code, icb_code, open_date)
		select 'X' || lpad(n::text, 4, '0'), 'TRUST', 'Synthetic acute trust ' || n, 'ACUTE', t.region_code, t.icb_code, make_date($year, 4, 1)
		from generate_series($opened, $total - 1) n
		join (select row_number() over (order by code) - 1 as i, region_code, icb_code from organisation where league = 'ACUTE' and code !~ '^X') t
		  on t.i = n % (select count(*) from organisation where league = 'ACUTE' and code !~ '^X')
		on conflict do nothing" > /dev/null
	opened=$total
	period="$year/$(printf '%02d' $(((year + 1) % 100))) Q1"
	sql "select code from organisation where league = 'ACUTE' order by code" > "$WORK/league.txt"
	# each organisation takes the rows of the real trust at its position modulo the number of real trusts
	awk -F'\t' -v OFS='\t' 'NR == FNR { if (!($1 in seen)) { seen[$1] = 1; real[n++] = $1 } rows[$1] = rows[$1] $0 "\n"; next }
		{ template = ($1 in rows) ? $1 : real[substr($1, 2) % n]; split(rows[template], lines, "\n")
		  for (i = 1; lines[i] != ""; i++) { sub(/^[^\t]*/, $1, lines[i]); print lines[i] } }' \
		"$WORK/template.tsv" "$WORK/league.txt" > "$WORK/synthetic.tsv"
	organisations=$(wc -l < "$WORK/league.txt")
	log "synthetic league: $organisations organisations in $period ($(wc -l < "$WORK/synthetic.tsv") rows)"
	how="pipeline"
	if [ -n "$PIPELINE_FAILED" ] || ! submit_period "$period" "$WORK/synthetic.tsv"; then
		[ -n "$PIPELINE_FAILED" ] || PIPELINE_FAILED="$period (submitMetricValues of 10,000 rows after ${SUBMIT_S} s: $SUBMIT_FAILURE)"
		how="SQL copy"
		SUBMIT_S="–"
		copy_synthetic "$period"
	fi
	publish_period "$period"
	table_query "$period"
	seconds=$(latency "$WORK/table-query.json" 3)
	size=$(stat -c %s "$WORK/latency.json")
	echo "| $organisations | $period | $(wc -l < "$WORK/synthetic.tsv") | $how | $SUBMIT_S | $CALCULATE_S | $PUBLISH_S | $seconds | $size |" >> "$SCALE_ROWS"
	echo "$organisations $CALCULATE_S $seconds" >> "$WORK/scale.dat"
	year=$((year + 1))
done

SVG=$RESULTS/scale-$STAMP.svg
gnuplot << PLOT
set terminal svg size 1000,420 dynamic font "sans,12"
set output "$SVG"
set multiplot layout 1,2 title "NHS League Tables: scale ($STAMP, 2 cores, indicative)"
set grid
set key left top
set xlabel "organisations in the league"
set ylabel "seconds"
plot "$WORK/scale.dat" using 1:2 with linespoints title "calculateLeagueTable", \
     "$WORK/scale.dat" using 1:3 with linespoints title "leagueTable query (all metric scores)"
set xlabel "periods of history"
plot "$WORK/history.dat" using 1:2 with linespoints title "history of one organisation"
unset multiplot
PLOT

OUT=$RESULTS/scale-$STAMP.md
{
	echo "# Scale, $STAMP"
	echo
	echo "Command: \`bench/scale.sh\`. Data is loaded through GraphQL as a preparer and an approver would (submit in"
	echo "requests of at most 10,000 rows, accept, lock, calculate, approve and publish) until a submission fails (no answer"
	echo "within the 30 s request time-out, or refused); from then on each quarter's values are copied by SQL (column \"data\") and"
	echo "the quarter is still locked, calculated and published through GraphQL. Times are curl's total per request,"
	echo "latencies the median of 5 (3 for the synthetic league) sequential requests, each with a unique alias so that none is answered from the cache. Plot: \`$(basename "$SVG")\`."
	echo
	machine_header
	echo
	echo "## Synthetic league (real ACUTE trusts plus X0000…, values copied from the $(basename "$TEMPLATE") of a real trust)"
	echo
	echo "| organisations | period | rows | data | submit + accept s | calculate s | publish s | leagueTable query s | response bytes |"
	echo "|---|---|---|---|---|---|---|---|---|"
	cat "$SCALE_ROWS"
	echo
	echo "## 10 years of quarterly history (ACUTE, ${#PERIODS[@]} quarters from ${PERIODS[0]})"
	echo
	if [ -n "$PIPELINE_FAILED" ]; then
		echo "**The submission pipeline failed at $PIPELINE_FAILED**; the remaining quarters' values were copied by SQL"
		echo "from $TEMPLATE_PERIOD (one accepted submission each) and then locked, calculated and published through GraphQL."
		echo
	fi
	echo "The ACUTE league table of 2024/25 Q4 (query of the load benchmark): ${table_before} s before the history was loaded, ${table_after} s after."
	echo
	if [ "$HISTORY_FIELD" = true ]; then
		echo "History of RJ1 through \`Trust.history(from, to)\`:"
	else
		echo "\`Trust.history\` is not in the schema yet: the history of one organisation is read as N aliased ACUTE league tables"
		echo "(segment, average score, code and metric scores of every row), which is what a client has to do today."
	fi
	echo
	echo "| periods | median seconds | response bytes | error |"
	echo "|---|---|---|---|"
	cat "$HISTORY_TABLE"
	echo
	echo "Loading the history, per quarter:"
	echo
	echo "| period | open ACUTE trusts | data | submit + accept s | calculate s | publish s |"
	echo "|---|---|---|---|---|---|"
	cat "$HISTORY_ROWS"
} > "$OUT"
log "wrote $OUT and $SVG"
cat "$OUT"
