-- wrk script: GET /api/v1/people?q=QUERY&page_size=50, rotating over common
-- name prefixes (folded, as users type them without diacritics); with "html"
-- after the token, the server-rendered page GET /nhan-su?q=QUERY instead.
-- Usage: wrk ... -s bench/search.lua http://127.0.0.1:PORT -- TOKEN [html]

local queries = { "nguyen van", "tran thi", "le", "pham duc", "hoang", "ngo" }
local counter = 0
local token = ""
local html = false
local next_thread_id = 0

-- Runs in the main state; gives each thread's state a global thread_id.
function setup(thread)
  thread:set("thread_id", next_thread_id)
  next_thread_id = next_thread_id + 1
end

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  token = args[1] or ""
  html = args[2] == "html"
  counter = thread_id or 0
end

function request()
  local q = queries[counter % #queries + 1]
  counter = counter + 1
  if html then
    return wrk.format("GET", "/nhan-su?q=" .. encode(q), {
      ["Authorization"] = "Bearer " .. token,
      ["Accept"] = "text/html",
    })
  end
  return wrk.format("GET", "/api/v1/people?q=" .. encode(q) .. "&page_size=50", {
    ["Authorization"] = "Bearer " .. token,
    ["Accept"] = "application/json",
  })
end
