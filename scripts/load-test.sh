#!/usr/bin/env bash
# The long load test of issue 6: a generated corpus served by `searchplans serve`, loaded with searches, plan pages,
# requirement pages and comparisons by `searchplans-tools load` while the same corpus is re-indexed again and again.
# Usage: scripts/load-test.sh [PLANS] [SECONDS] [CONCURRENCY]   (defaults 100, 60, 8)
# Writes load-report.json in the current folder; exits non-zero when any request failed.
set -euo pipefail

plans=${1:-100}
seconds=${2:-60}
concurrency=${3:-8}
port=${PORT:-5091}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
server=""
cleanup() {
    [[ -n "$server" ]] && kill "$server" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

dotnet build "$root/src/SearchPlans.Cli" -c Release -v quiet -nologo >/dev/null
dotnet build "$root/src/SearchPlans.Tools" -c Release -v quiet -nologo >/dev/null
cli=(dotnet "$root/src/SearchPlans.Cli/bin/Release/net10.0/searchplans.dll")
tools=(dotnet "$root/src/SearchPlans.Tools/bin/Release/net10.0/searchplans-tools.dll")

"${cli[@]}" generate --plans "$plans" --out "$work/generated" --seeds "$root/seeds"
"${cli[@]}" index --seeds "$work/generated/plans" --index "$work/index"
"${cli[@]}" serve --index "$work/index" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.5
done

status=0
"${tools[@]}" load --url "http://127.0.0.1:$port" --seconds "$seconds" --concurrency "$concurrency" \
    --reindex --index "$work/index" --seeds "$work/generated/plans" --out load-report.json || status=$?
grep -E "switched|warn|fail" "$work/serve.log" | tail -5 || true
exit "$status"
