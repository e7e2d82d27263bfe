-- wrk script for the soak (bench/soak.sh): a mix of reads and writes as an
-- agency's day has them. Of every 10 requests: 2 create a person
-- (POST /api/v1/people, a unique name per thread and request), 3 page the
-- people list, 3 search by name, 1 reads the unit tree, 1 the audit trail.
-- With WRITES "update" the two writes change the position of an existing
-- person instead (PATCH /api/v1/people/{id}, ids FIRST..LAST, each wrk thread
-- its own share so that no two requests race for one person): the people
-- table stays the same size, only the audit trail grows. With WRITES "none"
-- they are two more pages of the people list: nothing is written at all.
-- Usage: wrk ... -s bench/soak.lua http://127.0.0.1:PORT -- TOKEN UNIT_ID RUN [WRITES FIRST LAST THREADS]
local next_thread_id = 0

function setup(thread)
  thread:set("thread_id", next_thread_id)
  next_thread_id = next_thread_id + 1
end

local token, unit, run_tag, writes, first_id, last_id, threads
local counter = 0
local queries = { "nguyen%20van", "tran%20thi", "le", "pham%20duc", "hoang", "ngo" }

function init(args)
  token = args[1] or ""
  unit = args[2] or "1"
  run_tag = args[3] or "0"
  writes = args[4] or "create"
  first_id = tonumber(args[5] or "1")
  last_id = tonumber(args[6] or "1")
  threads = tonumber(args[7] or "1")
  counter = 0
end

-- The person a thread's n-th update changes: the thread's share of FIRST..LAST, in turn.
local function person_to_update()
  local share = math.max(1, math.floor((last_id - first_id + 1) / threads))
  return first_id + (thread_id or 0) * share + (counter % share)
end

local function get(path)
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end

function request()
  counter = counter + 1
  local slot = counter % 10
  if (slot == 0 or slot == 5) and writes == "none" then
    return get("/api/v1/people?page=" .. (counter % 40 + 1) .. "&page_size=50")
  elseif (slot == 0 or slot == 5) and writes == "update" then
    local body = string.format('{"position":"Chuyên viên (soak %s-%d)"}', run_tag, counter)
    return wrk.format("PATCH", "/api/v1/people/" .. person_to_update(), {
      ["Authorization"] = "Bearer " .. token,
      ["Content-Type"] = "application/json",
      ["Accept"] = "application/json",
    }, body)
  elseif slot == 0 or slot == 5 then
    local body = string.format('{"full_name":"Người thử soak %s-%d-%d","unit_id":%s}', run_tag, thread_id or 0,
      counter, unit)
    return wrk.format("POST", "/api/v1/people", {
      ["Authorization"] = "Bearer " .. token,
      ["Content-Type"] = "application/json",
      ["Accept"] = "application/json",
    }, body)
  elseif slot == 1 or slot == 2 or slot == 6 then
    return get("/api/v1/people?page=" .. (counter % 40 + 1) .. "&page_size=50")
  elseif slot == 3 or slot == 7 or slot == 8 then
    return get("/api/v1/people?q=" .. queries[counter % #queries + 1] .. "&page_size=50")
  elseif slot == 4 then
    return get("/api/v1/units")
  else
    return get("/api/v1/audit?limit=50")
  end
end
