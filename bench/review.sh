#!/usr/bin/env bash
# Measures the OAS review pages (the queue, the matrix, freshness, a report, the report for the Dialogue, its
# workbook and a country briefing) on the large generated data set (35 countries × 21 principles × 2 cycles of
# progress reports, with the observations and laws of bench/run.sh): for each page, the SQL commands one
# request sends to the database and the time of the request (median of 7, after a warm-up).
# Usage: bash bench/review.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work="${BENCH_DIR:-/tmp/comunidadpyme-bench}"
port=5098
base="http://127.0.0.1:$port"
mkdir -p "$work"

if [ ! -f "$work/bench.db" ]; then
  echo "== generating the data set (once; delete $work/bench.db to regenerate)"
  dotnet run -c Release --project bench/ComunidadPyme.Bench.DataGenerator -- "$work/bench.db.tmp"
  mv "$work/bench.db.tmp" "$work/bench.db"
fi

echo "== publishing the Release build"
dotnet publish src/ComunidadPyme.Web -c Release -o "$work/app" --nologo -v quiet

# Development for the sample accounts (the reviewer signs in); no sample content; every SQL command logged.
log="$work/review.log"
echo "== starting the portal on port $port"
env ASPNETCORE_ENVIRONMENT=Development \
Database__Provider=Sqlite Database__MigrateOnStartup=false Database__SeedSampleContent=false Reminders__Enabled=false \
ConnectionStrings__Sqlite="Data Source=$work/bench.db" Storage__DataDirectory="$work/data" \
Serilog__MinimumLevel__Default=Warning \
Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore.Database.Command=Information \
ASPNETCORE_URLS="$base" \
  dotnet "$work/app/ComunidadPyme.Web.dll" --contentRoot "$work/app" > "$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs "$base/health/ready" >/dev/null 2>&1 && break
  sleep 1
done

jar="$work/cookies.txt"
rm -f "$jar"
token=$(curl -s -c "$jar" -b "$jar" "$base/Identity/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//' || true)
curl -s -o /dev/null -c "$jar" -b "$jar" "$base/Identity/Account/Login" \
  --data-urlencode "Input.Email=reviewer@example.org" --data-urlencode "Input.Password=Sample reviewer password 2026" \
  --data-urlencode "__RequestVerificationToken=$token"

commands() { grep -c "Executed DbCommand" "$log" || true; }

declare -a names=(queue matrix freshness report dialogue workbook briefing)
report_id=$(curl -s -b "$jar" "$base/en/review" | grep -o '/en/review/reports/[0-9]*' | head -1 | grep -o '[0-9]*$' || true)
cycle_id=$(curl -s -b "$jar" "$base/en/review/report" | grep -o '/en/review/report/[0-9]*' | head -1 | grep -o '[0-9]*$' || true)
declare -A paths=(
  [queue]="/en/review"
  [matrix]="/en/review/matrix"
  [freshness]="/en/review/freshness"
  [report]="/en/review/reports/$report_id"
  [dialogue]="/en/review/report/$cycle_id"
  [workbook]="/en/review/report/$cycle_id/report.xlsx"
  [briefing]="/en/review/report/$cycle_id/briefing/br"
)

printf "%-10s %6s %9s %9s %7s\n" page status median_ms max_ms sql
for name in "${names[@]}"; do
  url="$base${paths[$name]}"
  curl -s -o /dev/null -b "$jar" "$url"   # warm-up
  times=()
  for _ in $(seq 1 7); do
    before=$(commands)
    result=$(curl -s -o /dev/null -b "$jar" -w "%{http_code} %{time_total}" "$url")
    sleep 0.2
    after=$(commands)
    times+=("$(awk '{printf "%.1f", $2 * 1000}' <<<"$result")")
    status=${result%% *}
    sql=$((after - before))
  done
  sorted=$(printf "%s\n" "${times[@]}" | sort -n)
  printf "%-10s %6s %9s %9s %7s\n" "$name" "$status" "$(sed -n 4p <<<"$sorted")" "$(tail -1 <<<"$sorted")" "$sql"
done
echo "(sql counts every command of one signed-in request, the sign-in cookie's checks included)"
