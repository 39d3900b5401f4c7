-- wrk script: closed-loop maximum throughput over the same request files as openloop.js.
-- Environment: BENCH_TOKENS (file), BENCH_REQUESTS ("a.tsv:weight,b.tsv:weight").
local tokens = {}
local pool = {}
local cumulative = {}
local total = 0

local function lines(file)
  local t = {}
  for line in io.lines(file) do if #line > 0 then t[#t + 1] = line end end
  return t
end

function init(args)
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8), 16) or 0))
  for _, t in ipairs(lines(os.getenv("BENCH_TOKENS"))) do tokens[#tokens + 1] = t end
  for spec in string.gmatch(os.getenv("BENCH_REQUESTS"), "[^,]+") do
    local file, weight = spec:match("^([^:]+):?(%d*)$")
    weight = tonumber(weight) or 1
    local reqs = {}
    for _, l in ipairs(lines(file)) do
      local method, path, user, body = l:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t?(.*)$")
      local headers = { ["Authorization"] = "Bearer " .. tokens[tonumber(user) + 1], ["Accept"] = "application/json" }
      if body == "" or body == "\\N" then body = nil else headers["Content-Type"] = "application/json" end
      reqs[#reqs + 1] = wrk.format(method, path, headers, body)
    end
    total = total + weight
    pool[#pool + 1] = reqs
    cumulative[#cumulative + 1] = total
  end
end

function request()
  local r = math.random() * total
  local reqs = pool[#pool]
  for i = 1, #cumulative do if r < cumulative[i] then reqs = pool[i]; break end end
  return reqs[math.random(#reqs)]
end

function done(summary, latency, requests)
  io.write(string.format('WRKJSON {"requests":%d,"duration_us":%d,"non2xx3xx":%d,"errors_connect":%d,"errors_read":%d,"errors_write":%d,"errors_timeout":%d,"errors_status":%d,"p50_us":%d,"p99_us":%d,"max_us":%d}\n',
    summary.requests, summary.duration, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout, summary.errors.status,
    latency:percentile(50), latency:percentile(99), latency.max))
end
