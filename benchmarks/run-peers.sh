#!/usr/bin/env bash
# Runs the side-by-side comparisons of docs/benchmarks.md: Homeward against PROJ (pyproj), PostGIS, GeoPandas and GDAL (ogr2ogr)
# on the same generated data, alternating runs and reporting the median speed ratio. Not part of the test suite.
#   benchmarks/run-peers.sh [B1 B2 B3 B4 B9 B9-conversions B9-shp2gpkg B9-gpkg2shp B9-csv B10] [--size N] [--pairs N] [--no-geopandas]
# B1-B4 start a throw-away PostgreSQL 15 + PostGIS cluster (Debian postgresql-15-postgis-3) and, unless told not to,
# run GeoPandas (python3-geopandas) on the same layers.
set -euo pipefail
cd "$(dirname "$0")/.."
for p in python3-pyproj python3-numpy python3-geopandas postgresql-15-postgis-3 gdal-bin; do
  dpkg -s "$p" >/dev/null 2>&1 || { echo "install $p first (apt-get install $p)" >&2; exit 2; }
done
dotnet build benchmarks/Homeward.Benchmarks -c Release -nologo -v quiet
dotnet artifacts/bin/Homeward.Benchmarks/release/Homeward.Benchmarks.dll peers "$@"
