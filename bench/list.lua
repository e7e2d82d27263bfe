-- wrk script: GET /api/v1/people?page=N&page_size=50, N rotating over 1..200;
-- with "html" after the token, the server-rendered page GET /nhan-su?trang=N
-- instead (50 rows a page too).
-- Usage: wrk ... -s bench/list.lua http://127.0.0.1:PORT -- TOKEN [html]
-- Each wrk thread starts at a different page so threads do not move in lockstep.

local pages = 200
local counter = 0
local token = ""
local html = false
local next_thread_id = 0

-- Runs in the main state; gives each thread's state a global thread_id.
function setup(thread)
  thread:set("thread_id", next_thread_id)
  next_thread_id = next_thread_id + 1
end

function init(args)
  token = args[1] or ""
  html = args[2] == "html"
  counter = (thread_id or 0) * 37
end

function request()
  local page = counter % pages + 1
  counter = counter + 1
  if html then
    return wrk.format("GET", "/nhan-su?trang=" .. page, {
      ["Authorization"] = "Bearer " .. token,
      ["Accept"] = "text/html",
    })
  end
  return wrk.format("GET", "/api/v1/people?page=" .. page .. "&page_size=50", {
    ["Authorization"] = "Bearer " .. token,
    ["Accept"] = "application/json",
  })
end
