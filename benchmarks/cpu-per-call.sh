#!/usr/bin/env bash
# Client CPU per call with the server in another process on another core (issue 10's method):
#   the server (SyncEmulator, `--serve`) pinned to core 1; the .NET client (SDK and raw HttpClient + STJ source-gen,
#   alternating rounds) pinned to core 0; then the official Sync TypeScript SDK (@sync.so/sdk 0.3.0) on core 0 against
#   the same server. Prints a markdown table. Needs taskset (util-linux) and, for the peer, node + npm.
# Usage: benchmarks/cpu-per-call.sh [rounds] [calls-per-round] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-20}; calls=${2:-2000}; concurrency=${3:-16}
project=benchmarks/LipSync.Sdk.Benchmarks
dotnet build -c Release "$project" -v q -nologo >/dev/null
bin="$project/bin/Release/net10.0/LipSync.Sdk.Benchmarks.dll"

coproc SERVER { exec taskset -c 1 dotnet "$bin" --serve; }
server_pid=$SERVER_PID
trap 'kill "$server_pid" 2>/dev/null || true' EXIT
read -r base key job <&"${SERVER[0]}"
echo "server pid $server_pid on core 1 at $base"

taskset -c 0 dotnet "$bin" --cpu-per-call "$base" "$key" "$job" "$rounds" "$calls" "$concurrency"

if command -v npm >/dev/null && command -v node >/dev/null; then
  (cd benchmarks/ts-peer && npm install --silent --no-audit --no-fund >/dev/null)
  taskset -c 0 node benchmarks/ts-peer/cpu-per-call.mjs "$base" "$key" "$job" "$rounds" "$calls" "$concurrency"
else
  echo "node/npm not found: TypeScript peer skipped"
fi
