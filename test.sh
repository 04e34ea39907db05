#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need, then the whole solution's tests.
set -euo pipefail
cd "$(dirname "$0")"

need=()
# icu.net (Traditional→Simplified folding, pinyin ids) calls the machine's ICU library.
# (grep without -q: under pipefail, -q closing the pipe early makes ldconfig fail and the check lie.)
ldconfig -p | grep 'libicuuc\.so' >/dev/null || need+=(libicu-dev)
# The web app's browser tests drive Debian's Chromium through its chromedriver, and look at Chinese pages.
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
if ((${#need[@]})); then
  echo "installing: ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
# The format tests print the seeds to PDF and save them as .doc and .xls with LibreOffice, and read .doc through it:
# Writer and Calc without the GUI or recommended extras, about 220 MB, which took 11 s to install here.
if ! command -v soffice >/dev/null; then
  echo "installing: LibreOffice (Writer, Calc)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui
fi

dotnet test SearchPlans.sln -c Release "$@"
