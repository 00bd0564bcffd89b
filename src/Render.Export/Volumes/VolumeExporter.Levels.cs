using System.Collections.Concurrent;
using Render.Model.Jobs;

namespace Render.Export.Volumes;

/// <summary>Level 0 rendered box by box; higher levels averaged block by block.</summary>
public sealed partial class VolumeExporter
{
    private async Task<VolumeLevelResult> RenderLevelZeroAsync(WorkPart part, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        var b = Geometry.BlockSize;
        var grid = Geometry.Grid(0);
        // Boxes of whole blocks at least as large as the render size (N5Client's grid block of max(blockSize, tileSize)).
        int cellX = Math.Max(1, (Options.RenderWidth + b[0] - 1) / b[0]), cellY = Math.Max(1, (Options.RenderHeight + b[1] - 1) / b[1]);
        var items = new List<(long X, long Y, long Z)>();
        for (var z = 0L; z < grid[2]; z++)
        {
            for (var y = 0L; y < grid[1]; y += cellY)
            {
                for (var x = 0L; x < grid[0]; x += cellX)
                {
                    items.Add((x, y, z));
                }
            }
        }

        return await RunAsync(0, items, part, progress, async (item, ct) =>
        {
            var blocks = BlocksOf(item, Math.Min(cellX, grid[0] - item.X), Math.Min(cellY, grid[1] - item.Y));
            if (blocks.All(block => _store.Exists(0, block.X, block.Y, block.Z)))
            {
                return 0;
            }

            var dims = Geometry.Levels[0];
            long x0 = item.X * b[0], y0 = item.Y * b[1], z0 = item.Z * b[2];
            int width = (int)Math.Min((long)cellX * b[0], dims[0] - x0), height = (int)Math.Min((long)cellY * b[1], dims[1] - y0);
            var depth = (int)Math.Min(b[2], dims[2] - z0);
            var slab = await RenderSlabAsync(x0, y0, z0, width, height, depth, ct).ConfigureAwait(false);

            foreach (var block in blocks)
            {
                var (sx, sy, sz) = _store.SizeOf(0, block.X, block.Y, block.Z);
                var data = new byte[sx * sy * sz];
                Copy(slab, width, height, (int)((block.X * b[0]) - x0), (int)((block.Y * b[1]) - y0), 0, data, sx, sy, sz);
                _store.Write(0, block.X, block.Y, block.Z, data);
            }

            return (long)width * height * depth;
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<VolumeLevelResult> DownsampleAsync(int level, WorkPart part, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        var missing = Geometry.Blocks(level - 1).Count(block => !_store.Exists(level - 1, block.X, block.Y, block.Z));
        if (missing > 0)
        {
            throw new ExportException(
                $"level {level - 1} of '{Path.Combine(_store.Container, _store.LevelPath(level - 1))}' is not complete ({missing} blocks missing); finish every part of it before level {level}");
        }

        var f = Geometry.StepFactors(level);
        var b = Geometry.BlockSize;
        return await RunAsync(level, [.. Geometry.Blocks(level)], part, progress, (block, _) =>
        {
            if (_store.Exists(level, block.X, block.Y, block.Z))
            {
                return ValueTask.FromResult(0L);
            }

            var (sx, sy, sz) = _store.SizeOf(level, block.X, block.Y, block.Z);
            int w = sx * f[0], h = sy * f[1], d = sz * f[2];
            var source = ReadRegion(level - 1, block.X * b[0] * f[0], block.Y * b[1] * f[1], block.Z * b[2] * f[2], w, h, d);
            _store.Write(level, block.X, block.Y, block.Z, VolumeAveraging.Mean(source, w, h, sx, sy, sz, f));
            return ValueTask.FromResult((long)sx * sy * sz);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs this part's items in parallel; failures are collected and reported together after the others finished.</summary>
    private async Task<VolumeLevelResult> RunAsync(
        int level, List<(long X, long Y, long Z)> items, WorkPart part, IProgress<ExportProgress>? progress,
        Func<(long X, long Y, long Z), CancellationToken, ValueTask<long>> work, CancellationToken cancellationToken)
    {
        var (start, end) = part.Slice(items.Count);
        var failures = new ConcurrentBag<string>();
        int done = 0, written = 0, kept = 0;
        long voxels = 0;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Threads };
        await Parallel.ForEachAsync(items.Skip(start).Take(end - start), parallel, async (item, ct) =>
        {
            try
            {
                var count = await work(item, ct).ConfigureAwait(false);
                Interlocked.Add(ref voxels, count);
                Interlocked.Increment(ref count == 0 ? ref kept : ref written);
            }
            catch (ArgumentException exception)
            {
                failures.Add($"level {level} block {item.X},{item.Y},{item.Z}: {exception.Message}");
            }

            progress?.Report(new ExportProgress(Interlocked.Increment(ref done), end - start, $"level {level} block {item.X},{item.Y},{item.Z}"));
        }).ConfigureAwait(false);

        if (!failures.IsEmpty)
        {
            var listed = failures.Order(StringComparer.Ordinal).ToList();
            throw new ExportException(
                $"{listed.Count} of {end - start} work items could not be written (the others were; rerun to retry them): {string.Join("; ", listed.Take(10))}{(listed.Count > 10 ? "; ..." : string.Empty)}");
        }

        return new VolumeLevelResult(level, written, kept, voxels);
    }

    private static List<(long X, long Y, long Z)> BlocksOf((long X, long Y, long Z) cell, long columns, long rows)
    {
        var blocks = new List<(long X, long Y, long Z)>();
        for (var y = 0L; y < rows; y++)
        {
            for (var x = 0L; x < columns; x++)
            {
                blocks.Add((cell.X + x, cell.Y + y, cell.Z));
            }
        }

        return blocks;
    }

    /// <summary>The voxels [x0, x0 + w) × [y0, y0 + h) × [z0, z0 + d) of a level, x fastest.</summary>
    private byte[] ReadRegion(int level, long x0, long y0, long z0, int w, int h, int d)
    {
        var b = Geometry.BlockSize;
        var region = new byte[(long)w * h * d];
        for (var gz = z0 / b[2]; gz * b[2] < z0 + d; gz++)
        {
            for (var gy = y0 / b[1]; gy * b[1] < y0 + h; gy++)
            {
                for (var gx = x0 / b[0]; gx * b[0] < x0 + w; gx++)
                {
                    var data = _store.Read(level, gx, gy, gz) ?? throw new ExportException($"block {gx},{gy},{gz} of level {level} is missing");
                    var (sx, sy, sz) = _store.SizeOf(level, gx, gy, gz);
                    Paste(data, sx, sy, sz, (int)((gx * b[0]) - x0), (int)((gy * b[1]) - y0), (int)((gz * b[2]) - z0), region, w, h, d);
                }
            }
        }

        return region;
    }

    /// <summary>Copies the sx×sy×sz box at (x, y, z) of a w×h(×any) source into <paramref name="to"/>.</summary>
    private static void Copy(byte[] from, int w, int h, int x, int y, int z, byte[] to, int sx, int sy, int sz)
    {
        for (var k = 0; k < sz; k++)
        {
            for (var j = 0; j < sy; j++)
            {
                Array.Copy(from, ((((long)(z + k) * h) + y + j) * w) + x, to, ((k * sy) + j) * sx, sx);
            }
        }
    }

    /// <summary>Pastes a sx×sy×sz block at offset (ox, oy, oz) of a w×h×d region, clipped to the region.</summary>
    private static void Paste(byte[] block, int sx, int sy, int sz, int ox, int oy, int oz, byte[] region, int w, int h, int d)
    {
        int x0 = Math.Max(0, -ox), x1 = Math.Min(sx, w - ox);
        for (var k = Math.Max(0, -oz); k < Math.Min(sz, d - oz); k++)
        {
            for (var j = Math.Max(0, -oy); j < Math.Min(sy, h - oy); j++)
            {
                Array.Copy(block, (((k * sy) + j) * sx) + x0, region, ((((long)(oz + k) * h) + oy + j) * w) + ox + x0, x1 - x0);
            }
        }
    }
}
