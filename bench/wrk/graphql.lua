-- wrk script for the GraphQL benchmarks (bench/load.sh).
--   BODY_FILE  the JSON request body ({"query": ..., "variables": ...}) to POST
--   MODE       cached (the same body every time) or uncached (each request's document gets a unique alias, so
--              that no cache keyed by query text and variables can answer it); a file server gets cached
-- Responses are not read by the script: handing every 600 KB body to Lua costs wrk more CPU than nginx spends serving
-- it (nginx fell from 5,647 to 1,716 requests/s when it did), and wrk shares the machine's two cores. A response
-- counts as bad here when its status is not 2xx/3xx; GraphQL errors inside 200 responses are counted by load.sh from
-- the application's own metrics (graphql_request_seconds_count with an outcome other than SUCCESS).
-- done() prints one RESULT line that load.sh parses.

local file = assert(io.open(os.getenv("BODY_FILE"), "rb"))
local body = file:read("*a")
file:close()
local uncached = os.getenv("MODE") == "uncached"

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

-- The document's first "{" opens the operation's selection set: the unique alias goes right after it.
local query_start = assert(string.find(body, '"query":"', 1, true), "BODY_FILE has no query")
local selection = assert(string.find(body, "{", query_start, true), "the query has no selection set")
local before, after = string.sub(body, 1, selection), string.sub(body, selection + 1)

local threads = {}

function setup(thread)
	thread:set("id", #threads + 1)
	table.insert(threads, thread)
end

function init(args)
	sent = 0
end

function request()
	if not uncached then
		return wrk.format()
	end
	sent = sent + 1
	return wrk.format(nil, nil, nil, before .. " unique" .. id .. "x" .. sent .. ": __typename " .. after)
end

function done(summary, latency, requests)
	local e = summary.errors
	io.write(string.format(
		"RESULT requests=%d duration_s=%.2f rps=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f "
			.. "connect=%d read=%d write=%d timeout=%d non2xx=%d mb=%.1f\n",
		summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
		e.connect, e.read, e.write, e.timeout, e.status, summary.bytes / 1e6))
end
