#!/usr/bin/env bash
# Uploads files built to expand in memory (a ~600 KB workbook holding one 640 MB cell, a CSV of ten million
# commas, and a workbook of shared texts at the most the limits let it hold) to the observations import of the portal (Release build, fresh data directory) as the Brazil focal
# point, and prints for each the answer's status, its time and the server's peak growth of resident memory.
# Usage: bash bench/import-limits.sh            (needs python3; BENCH_SOURCE=<checkout> measures another version)
set -euo pipefail
cd "$(dirname "$0")/.."
bench="$PWD/bench"
source="${BENCH_SOURCE:-$PWD}"
work="${BENCH_DIR:-/tmp/comunidadpyme-import-bench}"
port="${BENCH_PORT:-5098}"
rm -rf "$work/app"
mkdir -p "$work"

echo "== publishing the Release build of $source"
dotnet publish "$source/src/ComunidadPyme.Web" -c Release -o "$work/app" --nologo -v quiet

# Each file is measured on a freshly started portal, so one file's memory does not hide the next one's.
start_portal() {
  rm -rf "$work/data"
  mkdir -p "$work/data"
  ASPNETCORE_ENVIRONMENT=Development \
  Database__Provider=Sqlite Database__MigrateOnStartup=true Database__SeedSampleContent=true \
  ConnectionStrings__Sqlite="Data Source=$work/data/portal.db" Storage__DataDirectory="$work/data" \
  Serilog__MinimumLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$port" \
    dotnet "$work/app/ComunidadPyme.Web.dll" --contentRoot "$work/app" > "$work/app.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return
    sleep 1
  done
  echo "the portal did not start: see $work/app.log" >&2
  exit 1
}

server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null || true' EXIT
echo "== measuring each file on a fresh portal (port $port; Development, where the sample accounts exist)"
python3 "$bench/import_limits.py" header
for file in huge-cell.xlsx ten-million-commas.csv shared-texts.xlsx; do
  start_portal
  python3 "$bench/import_limits.py" "http://127.0.0.1:$port" "$server" "$work" "$file"
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=""
done
