"""B1-B3 peer: the same joins in GeoPandas (Debian python3-geopandas 0.12, Shapely 1.8, pyproj 3.4).

usage: overlay_geopandas.py WORKLOAD HAZARDS ASSETS REPEAT
Layers are text files with one hex WKB geometry (EPSG:4326) per line. For each repetition prints
"seconds pairs measure": the time of the join and measurement only (reading is outside the clock),
the number of hazard-asset pairs, and the summed m² (B2), m (B3) or 0 (B1).
"""
import sys
import time

import geopandas as gpd
from shapely import wkb


def read(path):
    with open(path, encoding="ascii") as f:
        return gpd.GeoDataFrame(geometry=[wkb.loads(bytes.fromhex(line.strip())) for line in f if line.strip()], crs="EPSG:4326")


def main() -> None:
    workload, hazards_path, assets_path, repeat = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    hazards = read(hazards_path)
    assets = read(assets_path)
    for _ in range(repeat):
        start = time.perf_counter()
        if workload == "B1":
            joined = gpd.sjoin(assets, hazards, how="inner", predicate="within")
            pairs, measure = len(joined), 0.0
        elif workload == "B2":
            cut = gpd.overlay(assets, hazards, how="intersection", keep_geom_type=True)
            areas = cut.to_crs("EPSG:32638").area
            pairs, measure = int((areas > 0).sum()), float(areas.sum())
        elif workload == "B3":
            hazards["hid"] = range(len(hazards))
            assets["aid"] = range(len(assets))
            candidates = gpd.sjoin(assets, hazards, how="inner", predicate="intersects")
            partners = gpd.GeoSeries(hazards.geometry.values[candidates["index_right"].values], index=candidates.index, crs="EPSG:4326")
            pieces = candidates.geometry.intersection(partners, align=False)
            lengths = pieces.to_crs("EPSG:32638").length
            pairs, measure = int((lengths > 0).sum()), float(lengths.sum())
        else:
            raise SystemExit(f"unknown workload {workload}")
        print(f"{time.perf_counter() - start:.9f} {pairs} {measure:.6f}")


if __name__ == "__main__":
    main()
