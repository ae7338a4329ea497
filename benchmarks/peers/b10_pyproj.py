"""B10 peer: WGS 84 -> UTM 38N with PROJ through pyproj, on the same coordinates Homeward transforms.

Reads two little-endian float64 arrays (longitudes, latitudes) from INPUT, transforms them REPEAT times,
and writes the seconds of each repetition (one per line) to stdout and the transformed arrays to OUTPUT.
Only the transform call is timed: loading and writing are outside the clock, as on Homeward's side.
"""
import sys
import time

import numpy as np
from pyproj import Transformer


def main() -> None:
    source, target, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
    data = np.fromfile(source, dtype="<f8")
    n = data.size // 2
    lon, lat = data[:n].copy(), data[n:].copy()
    transformer = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True)
    for _ in range(repeat):
        start = time.perf_counter()
        x, y = transformer.transform(lon, lat)
        print(f"{time.perf_counter() - start:.9f}")
    np.concatenate([np.asarray(x), np.asarray(y)]).astype("<f8").tofile(target)


if __name__ == "__main__":
    main()
