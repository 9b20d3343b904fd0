#!/usr/bin/env bash
# Measures the public portal on a large generated data set (35 countries × 200 indicators × 30 years;
# 20,000 legal instruments) with wrk, each endpoint as a ratio to a trivial endpoint measured in the same run.
# Usage: bash bench/run.sh [seconds-per-endpoint]   (prints a table; needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"
work="${BENCH_DIR:-/tmp/comunidadpyme-bench}"
port=5099
mkdir -p "$work"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

if [ ! -f "$work/bench.db" ]; then
  echo "== generating the data set (once; delete $work/bench.db to regenerate)"
  dotnet run -c Release --project bench/ComunidadPyme.Bench.DataGenerator -- "$work/bench.db.tmp"
  mv "$work/bench.db.tmp" "$work/bench.db"
fi

echo "== publishing the Release build"
dotnet publish src/ComunidadPyme.Web -c Release -o "$work/app" --nologo -v quiet

echo "== starting the portal on port $port"
ASPNETCORE_ENVIRONMENT=Production \
Database__Provider=Sqlite Database__MigrateOnStartup=false Database__SeedSampleContent=false \
ConnectionStrings__Sqlite="Data Source=$work/bench.db" Storage__DataDirectory="$work/data" \
Serilog__MinimumLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$port" \
  dotnet "$work/app/ComunidadPyme.Web.dll" --contentRoot "$work/app" > "$work/app.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  sleep 1
done

declare -a names=(trivial home profile compare legal-search legal-search-c1 api)
declare -A paths=(
  [trivial]="/health/live"
  [home]="/en/"
  [profile]="/en/countries/br"
  [compare]="/en/compare?indicator=MSME_DENSITY&region=SouthAmerica&from=2000&to=2024"
  [legal-search]="/en/laws?q=regulacion+empresas"   # wrk varies the words: see bench/search.lua
  [legal-search-c1]="/en/laws?q=regulacion+empresas" # the same, one connection: latency without queueing
  [api]="/api/v1/observations?indicator=MSME_DENSITY&countries=BR,MX,CO&from=2000&to=2024"
)

printf "%-14s %10s %9s %9s %9s %8s\n" endpoint req/s p50_ms p95_ms p99_ms ratio
trivial_rps=""
for name in "${names[@]}"; do
  url="http://127.0.0.1:$port${paths[$name]}"
  status=$(curl -s -o /dev/null -w "%{http_code}" "$url")
  wrk -t2 -c16 -d2s -H "Accept-Encoding: gzip, br" "$url" >/dev/null 2>&1 || true   # warm-up (fills the output cache where a page is cached)
  script=bench/report.lua
  connections=16
  [[ "$name" == legal-search* ]] && script=bench/search.lua
  [ "$name" = legal-search-c1 ] && connections=1
  # Browsers ask for compressed pages; so does the benchmark.
  line=$(wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"${duration}s" -H "Accept-Encoding: gzip, br" -s "$script" "$url" | grep '^RESULT')
  rps=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")
  p50=$(sed -E 's/.*p50_ms=([0-9.]+).*/\1/' <<<"$line")
  p95=$(sed -E 's/.*p95_ms=([0-9.]+).*/\1/' <<<"$line")
  p99=$(sed -E 's/.*p99_ms=([0-9.]+).*/\1/' <<<"$line")
  [ -z "$trivial_rps" ] && trivial_rps=$rps
  ratio=$(awk -v a="$rps" -v b="$trivial_rps" 'BEGIN { printf "%.2f", a / b }')
  printf "%-14s %10s %9s %9s %9s %8s  (HTTP %s)\n" "$name" "$rps" "$p50" "$p95" "$p99" "$ratio" "$status"
done
