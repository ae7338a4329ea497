#!/usr/bin/env bash
# Runs the side-by-side comparisons of docs/benchmarks.md: Homeward against PROJ (pyproj), PostGIS and GeoPandas
# on the same generated data, alternating runs and reporting the median speed ratio. Not part of the test suite.
#   benchmarks/run-peers.sh [B10 ...] [--size N] [--pairs N]
set -euo pipefail
cd "$(dirname "$0")/.."
for p in python3-pyproj python3-numpy; do
  dpkg -s "$p" >/dev/null 2>&1 || { echo "install $p first (apt-get install $p)" >&2; exit 2; }
done
dotnet build benchmarks/Homeward.Benchmarks -c Release -nologo -v quiet
dotnet artifacts/bin/Homeward.Benchmarks/release/Homeward.Benchmarks.dll peers "$@"
