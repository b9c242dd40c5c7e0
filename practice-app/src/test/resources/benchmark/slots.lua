-- wrk script: 14-day slot windows starting 1 to 44 days ahead, as a patient in Kolkata asks.
-- Usage: THERAPIST=<id> wrk -t2 -c50 -d15s --latency -s slots.lua http://127.0.0.1:8080
local therapist = os.getenv("THERAPIST")
math.randomseed(os.time())
request = function()
  local day = os.time() + 86400 * math.random(1, 44)
  local from = os.date("!%Y-%m-%d", day)
  local to = os.date("!%Y-%m-%d", day + 13 * 86400)
  return wrk.format("GET", "/api/v1/booking/slots?therapistId=" .. therapist .. "&type=INITIAL_CONSULTATION&from="
      .. from .. "&to=" .. to .. "&timeZone=Asia/Kolkata")
end
