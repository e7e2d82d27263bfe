-- wrk script: the registration write path. Each request creates the
-- individual registration of a distinct person (3 targets, 1 initiative):
-- POST /api/v1/campaigns/CAMPAIGN/registrations as a unit officer whose grant
-- covers every unit (bench/campaign.sh). The people FIRST..LAST (inclusive)
-- have no registration yet; thread t of N (the wrk -t value, passed as
-- THREADS) takes FIRST + t, FIRST + t + N, ... so no two requests name the
-- same person. A thread whose share is used up stops (wrk.thread:stop) and
-- sends GET /healthz meanwhile, so a pool smaller than the run ends it early
-- instead of producing 409 Conflict answers; count the registrations in the
-- database, not wrk's requests.
-- Usage: wrk -tTHREADS ... -s bench/registration.lua http://127.0.0.1:PORT -- TOKEN CAMPAIGN FIRST LAST THREADS
local next_thread_id = 0

-- Runs in the main state; gives each thread's state its index.
function setup(thread)
  thread:set("thread_id", next_thread_id)
  next_thread_id = next_thread_id + 1
end

local token, path, next_person, last_person, step

function init(args)
  token = args[1] or ""
  path = "/api/v1/campaigns/" .. (args[2] or "1") .. "/registrations"
  local first = tonumber(args[3] or "1")
  last_person = tonumber(args[4] or "0")
  step = tonumber(args[5] or "1")
  next_person = first + (thread_id or 0)
end

local body_format = '{"subject":"individual","person_id":%d,' ..
  '"signature_task":"Số hóa hồ sơ địa chính",' ..
  '"targets":[{"content_label":"1","text":"Hoàn thành 100%% nhiệm vụ đúng hạn"},' ..
  '{"content_label":"2","text":"Số hóa 500 hồ sơ"},' ..
  '{"content_label":"3","text":"Không vi phạm kỷ luật, văn hóa công sở"}],' ..
  '"initiatives":[{"title":"Quy trình quét hồ sơ","content":"Chuẩn hóa các bước",' ..
  '"expected_effect":"Giảm 30%% thời gian tra cứu"}]}'

function request()
  local person = next_person
  if person > last_person then
    wrk.thread:stop()
    return wrk.format("GET", "/healthz")
  end
  next_person = next_person + step
  return wrk.format("POST", path, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
  }, string.format(body_format, person))
end
