#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need, then the whole solution's tests.
set -euo pipefail
cd "$(dirname "$0")"

need=()
# icu.net (Traditional→Simplified folding, pinyin ids) calls the machine's ICU library.
ldconfig -p | grep -q 'libicuuc\.so' || need+=(libicu-dev)
if ((${#need[@]})); then
  echo "installing: ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi

dotnet test SearchPlans.sln -c Release "$@"
