#!/usr/bin/env bash
# Checks that two revisions of SearchPlans print the same thing on the seed plans: builds each revision in a
# temporary worktree, runs index, docs, requirements, links, units, refs and compare with --format json (and compare as
# text), and diffs the outputs. For changes that must not change behaviour (moving code, renaming rooms).
#   scripts/same-output.sh BASE [OTHER]     (OTHER defaults to the working tree)
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: scripts/same-output.sh BASE [OTHER]}
other=${2:-}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

outputs() { # outputs SOURCE_TREE OUT_DIR
  local tree=$1 out=$2
  mkdir -p "$out"
  dotnet build "$tree/src/SearchPlans.Cli" -c Release -o "$out/bin" -nologo -v q >/dev/null
  local sp="$out/bin/searchplans" index="$out/index"
  export NO_COLOR=1
  # The index command's report names the folder it wrote; the same name keeps it comparable.
  (cd "$out" && "$sp" index --seeds "$PWD/../seeds" --index index --format json) >"$out/index.json" 2>/dev/null || true
  for cmd in docs requirements links units refs; do
    "$sp" "$cmd" --index "$index" --format json >"$out/$cmd.json"
  done
  "$sp" compare jiangmen-zftzgcjsglzx-2022 heyuan-2022 --index "$index" --format json >"$out/compare.json"
  "$sp" compare qingyuan-2022 zhanjiang-2021 --index "$index" >"$out/compare.txt"
}

cp -r seeds "$work/seeds"
git worktree add --detach -q "$work/base" "$base"
outputs "$work/base" "$work/a"
if [[ -n $other ]]; then
  git worktree remove --force "$work/base"
  git worktree add --detach -q "$work/base" "$other"
  outputs "$work/base" "$work/b"
else
  outputs "$PWD" "$work/b"
fi

status=0
for f in index.json docs.json requirements.json links.json units.json refs.json compare.json compare.txt; do
  if cmp -s "$work/a/$f" "$work/b/$f"; then
    echo "same      $f ($(wc -c <"$work/a/$f") bytes)"
  else
    echo "DIFFERENT $f"; diff <(head -c 200000 "$work/a/$f") <(head -c 200000 "$work/b/$f") | head -20; status=1
  fi
done
exit $status
