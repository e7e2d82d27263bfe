-- wrk script: GET /api/v1/people/{id}/eligibility?year=YEAR for a different
-- person each request (ids spread over 1..PEOPLE by a multiplicative step).
-- Usage: wrk ... -s bench/eligibility.lua http://127.0.0.1:PORT -- TOKEN PEOPLE YEAR

local token, people, year = "", 100000, 2025
local counter = 0
local next_thread_id = 0

function setup(thread)
  thread:set("thread_id", next_thread_id)
  next_thread_id = next_thread_id + 1
end

function init(args)
  token = args[1] or ""
  people = tonumber(args[2] or "100000")
  year = args[3] or "2025"
  counter = (thread_id or 0) * 7919
end

function request()
  counter = counter + 1
  local id = (counter * 48271) % people + 1
  return wrk.format("GET", "/api/v1/people/" .. id .. "/eligibility?year=" .. year, {
    ["Authorization"] = "Bearer " .. token,
    ["Accept"] = "application/json",
  })
end
