#!/usr/bin/env python3
"""Start-up cost of the `render` command: process CPU and wall time of three short calls.

    flock /tmp/render-build.lock python3 bench/startup/startup_bench.py RENDER [--server RENDER] [--runs 20]

RENDER is the command to time (an executable, or a command line such as "dotnet path/render.dll").
The script starts `render serve` (from --server, default RENDER) on 127.0.0.1 with a throwaway data
folder, makes its inputs there, and times with hyperfine (Debian's package), without a shell:

    render --help
    render import --stack layer200 layer200.json        (200 tiles of 2048 x 2048, one affine each, one layer)
    render coordinates --stack coords --z 1 ...         (4 world points to tile-local, on a COMPLETE 200-tile layer)

CPU is user + system time of the timed process (all its threads), as hyperfine reads it from the
kernel; it is far less disturbed by other work on a shared machine than the wall time.
"""

import argparse
import json
import math
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from serving import start_service  # noqa: E402  (bench/serving.py)

TILE_SIZE = 2048
OVERLAP = 200
OWNER = "startup"
PROJECT = "bench"


def layer(z, tiles):
    """The user guide's acquisition grid: one section of `tiles` tiles placed by an affine each."""
    columns = math.ceil(math.sqrt(tiles))
    specs = []
    for index in range(tiles):
        row, column = divmod(index, columns)
        x, y = column * (TILE_SIZE - OVERLAP), row * (TILE_SIZE - OVERLAP)
        tile_id = f"z{z}-r{row}-c{column}"
        specs.append({
            "tileId": tile_id,
            "layout": {"sectionId": f"{z}.0", "imageRow": row, "imageCol": column, "stageX": x, "stageY": y},
            "z": float(z), "width": TILE_SIZE, "height": TILE_SIZE, "minIntensity": 0.0, "maxIntensity": 255.0,
            "mipmapLevels": {"0": {"imageUrl": f"file:///data/guide/z{z}/{tile_id}.tif"}},
            "transforms": {"type": "list", "specList": [{
                "type": "leaf", "className": "mpicbg.trakem2.transform.AffineModel2D",
                "dataString": f"1.0 0.0 0.0 1.0 {float(x)} {float(y)}"}]},
        })
    return specs


def run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        sys.exit(f"startup_bench: {shlex.join(command)} failed with {result.returncode}: {result.stderr}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("render", help="the render command to time (split on spaces)")
    parser.add_argument("--server", help="the render command that serves (default: the one timed)")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--json", help="also write hyperfine's results here")
    options = parser.parse_args()
    if shutil.which("hyperfine") is None:
        sys.exit("startup_bench: hyperfine not found (Debian: apt-get install hyperfine)")

    render = shlex.split(options.render)
    server_command = shlex.split(options.server) if options.server else render
    folder = tempfile.mkdtemp(prefix="render-startup-")
    server, port = start_service(server_command, os.path.join(folder, "data"), "startup_bench")
    try:
        connection = ["--host", "127.0.0.1", "--port", str(port), "--owner", OWNER, "--project", PROJECT]
        layer_file = os.path.join(folder, "layer200.json")
        with open(layer_file, "w") as f:
            json.dump(layer(1, 200), f)
        points_file = os.path.join(folder, "world4.json")
        with open(points_file, "w") as f:
            json.dump([{"world": [1000.0 + 1500.0 * i, 1200.0 + 1400.0 * i]} for i in range(4)], f)
        run(render + ["import", "--stack", "coords", "--complete", layer_file] + connection)

        commands = {
            "render --help": render + ["--help"],
            "render import (200 tiles)": render + ["import", "--stack", "layer200", layer_file] + connection,
            "render coordinates (4 points)": render + ["coordinates", "--stack", "coords", "--z", "1", "--from-json", points_file,
                                                       "--to-json", os.path.join(folder, "local4.json")] + connection,
        }
        results = os.path.join(folder, "hyperfine.json")
        hyperfine = ["hyperfine", "-N", "--style", "basic", "--warmup", str(options.warmup), "--runs", str(options.runs),
                     "--export-json", results]
        for name, command in commands.items():
            hyperfine += ["-n", name, shlex.join(command)]
        subprocess.run(hyperfine, check=True, stdout=subprocess.DEVNULL)
        with open(results) as f:
            measured = json.load(f)["results"]
        if options.json:
            shutil.copyfile(results, options.json)
    finally:
        server.terminate()
        server.wait(30)
        shutil.rmtree(folder, ignore_errors=True)

    print(f"render: {options.render}")
    print("| command | CPU (user + sys), mean | wall, mean | wall, median | runs |")
    print("|---|---:|---:|---:|---:|")
    for r in measured:
        cpu = r["user"] + r["system"]
        print(f"| `{r['command']}` | {cpu:.3f} s ({r['user']:.3f} + {r['system']:.3f}) | {r['mean']:.3f} s ± {r['stddev']:.3f} "
              f"| {r['median']:.3f} s | {len(r['times'])} |")


if __name__ == "__main__":
    main()
