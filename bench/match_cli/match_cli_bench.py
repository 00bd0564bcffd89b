#!/usr/bin/env python3
"""Tile pairs and point matching through the `render` command against a served stack, end to end.

    flock /tmp/render-build.lock python3 bench/match_cli/match_cli_bench.py RENDER TILES_FOLDER [--threads 2]

RENDER is the command (an executable, or a command line such as "dotnet path/render.dll");
TILES_FOLDER holds a grid of 2048 x 2048 8-bit PNG tiles and their tile specs `tiles.json`, written by

    dotnet run -c Release --project bench/Render.Benchmarks -- matching-tiles TILES_FOLDER 4 4

The script starts `render serve` on 127.0.0.1 with a throwaway data folder, imports the tiles,
then times, as separate processes, what a lab runs (render-python's tilePairClient and
pointMatchClient through the client scripts run the same commands):

    render tile-pairs  --stack grid --min-z 1 --max-z 1 --z-neighbor-distance 0 --to-json pairs.json
    render point-match --collection grid_matches --pair-json pairs.json --render-scale 0.4 ...
    render point-match ... --part 1/1 on a single pair (one pair from cold)

and prints wall and CPU time (user + system of the child) and the command's own stage line.
"""

import argparse
import os
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from serving import start_service  # noqa: E402  (bench/serving.py)


def timed(title, command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        sys.exit(f"match_cli_bench: {title} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    print(f"{title}: wall {wall:.2f} s, CPU {cpu:.2f} s")
    for line in result.stdout.splitlines():
        print(f"    {line}")
    return wall


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("render")
    parser.add_argument("tiles")
    parser.add_argument("--threads", type=int, default=2)
    options = parser.parse_args()
    render = shlex.split(options.render)
    tiles = os.path.abspath(options.tiles)
    folder = tempfile.mkdtemp(prefix="render-match-cli-bench-")
    server, port = start_service(render, os.path.join(folder, "data"), "match_cli_bench", stderr=subprocess.DEVNULL)
    try:
        connection = ["--host", "127.0.0.1", "--port", str(port), "--owner", "bench", "--project", "matching"]
        subprocess.run(render + ["import", "--stack", "grid", "--complete", os.path.join(tiles, "tiles.json")] + connection,
                       check=True, capture_output=True)
        pairs = os.path.join(folder, "pairs.json")
        timed("tile-pairs (montage)", render + ["tile-pairs", "--stack", "grid", "--min-z", "1", "--max-z", "1",
                                                "--z-neighbor-distance", "0", "--to-json", pairs] + connection)
        match = ["point-match", "--pair-json", pairs, "--render-scale", "0.4", "--render-with-filter", "false",
                 "--match-max-epsilon", "5", "--match-min-num-inliers", "10", "--number-of-threads", str(options.threads)]
        # One pair from cold: a process that renders and extracts two tiles and matches them.
        timed("point-match, one pair from cold (process)", render + match + ["--collection", "cold", "--part", f"1/{pair_count(pairs)}"] + connection)
        timed("point-match, all montage pairs (process)", render + match + ["--collection", "grid_matches"] + connection)
    finally:
        server.terminate()
        server.wait(30)
        shutil.rmtree(folder, ignore_errors=True)


def pair_count(path):
    import json
    with open(path) as f:
        return len(json.load(f)["neighborPairs"])


if __name__ == "__main__":
    main()
