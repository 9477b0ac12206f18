-- wrk script for the GraphQL benchmarks (bench/load.sh).
--   BODY_FILE  the JSON request body ({"query": ..., "variables": ...}) to POST
--   MODE       cached (the same body every time), uncached (each request's document gets a unique alias, so that
--              no cache keyed by query text and variables can answer it) or static (a file server: the same body,
--              and responses are not read, since reading them costs wrk more than nginx spends serving them)
-- A response counts as bad when its status is not 200 or (not static) its body has an "errors" entry.
-- done() prints one RESULT line that load.sh parses.

local file = assert(io.open(os.getenv("BODY_FILE"), "rb"))
local body = file:read("*a")
file:close()
local uncached = os.getenv("MODE") == "uncached"
local static = os.getenv("MODE") == "static"

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
	errors = 0
end

function request()
	if not uncached then
		return wrk.format()
	end
	sent = sent + 1
	return wrk.format(nil, nil, nil, before .. " unique" .. id .. "x" .. sent .. ": __typename " .. after)
end

if not static then
	function response(status, headers, response_body)
		if status ~= 200 or string.find(response_body, '"errors":', 1, true) then
			errors = errors + 1
		end
	end
end

function done(summary, latency, requests)
	local e = summary.errors
	local failed = 0
	for _, thread in ipairs(threads) do
		failed = failed + thread:get("errors")
	end
	if static then
		failed = e.status
	end
	io.write(string.format(
		"RESULT requests=%d duration_s=%.2f rps=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f "
			.. "connect=%d read=%d write=%d timeout=%d non2xx=%d bad_responses=%d mb=%.1f\n",
		summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
		e.connect, e.read, e.write, e.timeout, e.status, failed, summary.bytes / 1e6))
end
