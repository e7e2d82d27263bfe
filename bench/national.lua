-- wrk script for bench/national.sh: the requests come from FILE, one a line,
-- "GET /path" or "POST /path JSON-BODY" (written by bench/national_data.py).
-- Thread t of N starts at line t + 1 and steps by N, wrapping around, so the
-- threads send different lines. With WRK_PORTS="p1,p2,..." in the environment,
-- thread t is bound to 127.0.0.1:p((t mod #ports) + 1) (thread.addr), so one
-- wrk drives several servers sharing a database and reports one latency
-- distribution for all of them (use -t a multiple of the number of ports).
-- A response other than 200 or 201 (a redirect to the login page included) is
-- counted and printed at the end as "unexpected status: N (first: S)".
-- Usage: [WRK_PORTS=p1,p2] wrk -tN -cC -dD -s bench/national.lua http://127.0.0.1:PORT -- TOKEN FILE

local threads = {}
local ports = {}
for p in string.gmatch(os.getenv("WRK_PORTS") or "", "[^,]+") do table.insert(ports, p) end

-- Runs in the main state, once per thread before it starts.
function setup(thread)
  local id = #threads
  thread:set("thread_id", id)
  if #ports > 0 then
    local port = ports[(id % #ports) + 1]
    thread.addr = wrk.lookup("127.0.0.1", port)[1]
  end
  table.insert(threads, thread)
end

local token, lines, at, step = "", {}, 1, 1
bad, first_bad = 0, ""

function init(args)
  token = args[1] or ""
  local file = assert(io.open(args[2], "r"))
  for line in file:lines() do
    if #line > 0 then table.insert(lines, line) end
  end
  file:close()
  assert(#lines > 0, "no requests in " .. args[2])
  step = tonumber(args[3] or "1")
  at = ((thread_id or 0) % #lines) + 1
end

local headers = nil

function request()
  if headers == nil then
    headers = {["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json"}
  end
  local line = lines[at]
  at = at + step
  if at > #lines then at = ((at - 1) % #lines) + 1 end
  local method, path, body = string.match(line, "^(%S+) (%S+) ?(.*)$")
  if method == "POST" then
    return wrk.format("POST", path, {
      ["Authorization"] = headers["Authorization"],
      ["Accept"] = "application/json",
      ["Content-Type"] = "application/json",
    }, body)
  end
  return wrk.format(method, path, headers)
end

function response(status, hdrs, body)
  if status ~= 200 and status ~= 201 then
    bad = bad + 1
    if first_bad == "" then first_bad = tostring(status) end
  end
end

function done(summary, latency, requests)
  local total, first = 0, ""
  for _, t in ipairs(threads) do
    total = total + (t:get("bad") or 0)
    if first == "" then first = t:get("first_bad") or "" end
  end
  io.write(string.format("unexpected status: %d (first: %s)\n", total, first == "" and "-" or first))
  io.write(string.format("p99.9: %.2fms\n", latency:percentile(99.9) / 1000))
end
