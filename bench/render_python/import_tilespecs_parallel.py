#!/usr/bin/env python3
"""render-python's import_tilespecs_parallel of the user guide's 100,000 tiles, through our client scripts.

render-python splits the tiles into `poolsize` (20) strided groups, writes each to a temporary JSON
file and runs `client-scripts/run_ws_client.sh ... ImportJsonClient` once per group from a process
pool: 20 `render import` processes of 5,000 tiles each, then the stack is set COMPLETE. This script
starts `render serve` (the same render command) on 127.0.0.1 with a throwaway data folder, builds the
guide's tiles as renderapi TileSpec objects (500 sections x 200 tiles of 2048 x 2048 on a stage grid,
one affine each), and times that one call.

    flock /tmp/render-build.lock env PYTHONPATH=/work/shared/peers/render-python \\
        /usr/bin/python3 bench/render_python/import_tilespecs_parallel.py --render RENDER [--sections 500]

RENDER is a render command (an executable on the PATH or a path, or "dotnet path/render.dll"); the
client scripts get it as RENDER_CLI. Debian's packages for render-python are listed in
/work/shared/peers/README.md.
"""

import argparse
import math
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

import renderapi
from renderapi.layout import Layout
from renderapi.tilespec import TileSpec
from renderapi.transform import AffineModel

TILE_SIZE = 2048
OVERLAP = 200
REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def guide_tiles(sections, tiles_per_section):
    """The user guide's acquisition: row-major grids, neighbours overlapping by 200 pixels."""
    columns = math.ceil(math.sqrt(tiles_per_section))
    step = TILE_SIZE - OVERLAP
    tiles = []
    for z in range(sections):
        for index in range(tiles_per_section):
            row, column = divmod(index, columns)
            x, y = column * step, row * step
            tile_id = f"z{z}-r{row}-c{column}"
            tiles.append(TileSpec(
                tileId=tile_id, z=z, width=TILE_SIZE, height=TILE_SIZE, minint=0, maxint=255,
                imageUrl=f"file:///data/guide/z{z}/{tile_id}.tif",
                layout=Layout(sectionId=f"{z}.0", imageRow=row, imageCol=column, stageX=x, stageY=y),
                tforms=[AffineModel(B0=x, B1=y)]))
    return tiles


def cpu_seconds(pid):
    """User plus system CPU of a running process, from /proc (clock ticks)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--render", default="render", help="the render command (default: render on the PATH)")
    parser.add_argument("--sections", type=int, default=500)
    parser.add_argument("--tiles-per-section", type=int, default=200)
    parser.add_argument("--poolsize", type=int, default=20, help="render-python's default is 20")
    options = parser.parse_args()

    render = shlex.split(options.render)
    if shutil.which(render[0]) is None:
        sys.exit(f"import_tilespecs_parallel: cannot run '{render[0]}'")
    folder = tempfile.mkdtemp(prefix="render-python-bench-")
    server, port = start_service(render, os.path.join(folder, "data"), "import_tilespecs_parallel")
    try:
        os.environ["RENDER_CLI"] = options.render
        connection = renderapi.connect(host="127.0.0.1", port=port, owner="bench", project="guide",
                                       client_scripts=os.path.join(REPOSITORY, "client-scripts"), memGB="1G")
        clock = time.monotonic()
        tiles = guide_tiles(options.sections, options.tiles_per_section)
        built = time.monotonic() - clock
        renderapi.stack.create_stack("acquisition", render=connection)

        server_cpu = cpu_seconds(server.pid)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        clock = time.monotonic()
        renderapi.client.import_tilespecs_parallel("acquisition", tiles, poolsize=options.poolsize, render=connection)
        wall = time.monotonic() - clock
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        server_cpu = cpu_seconds(server.pid) - server_cpu

        stored = renderapi.stack.get_full_stack_metadata("acquisition", render=connection)["stats"]["tileCount"]
    finally:
        server.terminate()
        server.wait(30)
        shutil.rmtree(folder, ignore_errors=True)

    count = len(tiles)
    client_cpu = (after.ru_utime - children.ru_utime) + (after.ru_stime - children.ru_stime)
    print(f"render: {options.render}")
    print(f"tiles built (renderapi TileSpec objects): {count:,} in {built:.1f} s")
    print(f"import_tilespecs_parallel, poolsize {options.poolsize}: {wall:.1f} s wall = {count / wall:,.0f} tiles/s (LOADING to COMPLETE)")
    print(f"  CPU of the pool and its render processes: {client_cpu:.1f} s; service CPU: {server_cpu:.1f} s")
    print(f"  tiles stored (COMPLETE stack's tileCount): {stored:,}")
    if stored != count:
        sys.exit(f"import_tilespecs_parallel: {stored} tiles stored, {count} expected")


if __name__ == "__main__":
    main()
