#!/usr/bin/env bash
# Runs every Homeward test: build with warnings as errors, check formatting, run all test projects, and end
# with one line "N passed, N failed, N skipped" summed over them. Exits non-zero if anything failed.
set -euo pipefail
cd "$(dirname "$0")"

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

dotnet build Homeward.slnx -c Release -warnaserror -nologo -v quiet
dotnet format Homeward.slnx --verify-no-changes --no-restore -v quiet

status=0
dotnet test --solution Homeward.slnx -c Release --no-build --max-parallel-test-modules 2 \
  --results-directory "$results" --report-trx --hangdump --hangdump-timeout 10m || status=$?

passed=0; failed=0; skipped=0
shopt -s nullglob
trx_files=("$results"/*.trx "$results"/**/*.trx)
for trx in "${trx_files[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done

if [ "${#trx_files[@]}" -eq 0 ]; then
  echo "no test results were written" >&2
  status=1
fi
if [ "$failed" -gt 0 ]; then status=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
