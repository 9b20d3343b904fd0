-- Legal search with a different query on every request, so the output cache cannot answer it:
-- this measures the full-text search itself.
local words = { "empresa", "micro", "pequena", "regimen", "simplificado", "tributario", "registro", "credito",
  "garantia", "exportacion", "compras", "publicas", "innovacion", "mujeres", "formalizacion", "regulacion",
  "financiamiento", "empresas", "procedimientos", "emprendedoras" }
local counter = 0
request = function()
  counter = counter + 1
  local a = words[math.random(#words)]
  local b = words[math.random(#words)]
  -- The nonce makes every address new, so no response comes from the output cache.
  return wrk.format("GET", "/en/laws?q=" .. a .. "+" .. b .. "&page=" .. (counter % 5 + 1) .. "&nonce=" .. math.random(1, 1000000000))
end
-- wrk reporting script: one machine-readable line per run.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f requests=%d errors=%d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
