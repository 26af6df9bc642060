-- wrk script: POST /api/risk/payments with a fresh payment id, rotating customers, cards, devices and IPs.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Api-Key"] = "dev-risk-key"
local n = 0
request = function()
  n = n + 1
  local body = string.format(
    '{"paymentId":"load-%d-%d","customerId":%d,"amount":%d,"currency":"CNY","method":"card","cardFingerprint":"fp-%d","deviceId":"dev-%d","ip":"192.0.2.%d"}',
    math.random(1, 1000000000), n, n % 30 + 1, 50 + n % 3000, n % 5000, n % 3000, n % 250)
  return wrk.format(nil, "/api/risk/payments", nil, body)
end
