using System.Collections.Concurrent;
using Render.Export.Files;
using Render.Export.Rendering;

namespace Render.Export.Boxes;

/// <summary>Level 0 (rendered) and the higher levels (averaged from files) of a layer's boxes.</summary>
public sealed partial class BoxPyramidGenerator
{
    private async Task<ConcurrentDictionary<(int Row, int Column), string>> LevelZeroAsync(
        double z, BoxGrid grid, LabelColors? labels, Counts counts, BoxHalves? halves, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        var sources = NewSources();
        var threads = Options.Threads > 0 ? Options.Threads : Environment.ProcessorCount;
        var boxes = Interleaved(grid.Boxes().ToList(), threads);
        var failures = new ConcurrentBag<string>();
        var done = 0;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = threads };
        await Parallel.ForEachAsync(boxes, parallel, async (box, ct) =>
        {
            var path = Paths.Box(0, z, box.Row, box.Column);
            try
            {
                if (!Options.ForceGeneration && File.Exists(path))
                {
                    Interlocked.Increment(ref counts.Kept);
                    sources[box] = path;
                }
                else if (await RenderBoxAsync(z, box, path, labels, counts, halves, ct).ConfigureAwait(false))
                {
                    sources[box] = path;
                }
            }
            catch (ArgumentException exception)
            {
                failures.Add($"box {box.Row},{box.Column}: {exception.Message}");
            }

            progress?.Report(new ExportProgress(Interlocked.Increment(ref done), boxes.Count, path));
        }).ConfigureAwait(false);

        if (!failures.IsEmpty)
        {
            var listed = failures.Order(StringComparer.Ordinal).ToList();
            throw new ExportException(
                $"{listed.Count} of {boxes.Count} boxes of z {z} could not be rendered (the others were written; no higher level was built): {string.Join("; ", listed.Take(10))}{(listed.Count > 10 ? "; ..." : string.Empty)}");
        }

        return sources;
    }

    /// <summary>
    /// The boxes cut into one run of rows per thread, taken in turn: with the boxes in row order, the
    /// threads drew neighbouring boxes, which need the same source tiles at the same time, so one
    /// waited while the other decoded them (the cache decodes a tile once); apart, each decodes its own.
    /// </summary>
    private static List<(int Row, int Column)> Interleaved(List<(int Row, int Column)> boxes, int threads)
    {
        var run = (boxes.Count + threads - 1) / Math.Max(1, threads);
        if (threads <= 1 || run == 0)
        {
            return boxes;
        }

        var order = new List<(int Row, int Column)>(boxes.Count);
        for (var i = 0; i < run; i++)
        {
            for (var start = i; start < boxes.Count; start += run)
            {
                order.Add(boxes[start]);
            }
        }

        return order;
    }

    /// <summary>Renders one level-0 box (its half kept in <paramref name="halves"/>); false when it has no tiles (render writes no file then).</summary>
    private async Task<bool> RenderBoxAsync(
        double z, (int Row, int Column) box, string path, LabelColors? labels, Counts counts, BoxHalves? halves, CancellationToken cancellationToken)
    {
        var request = new BoxRequest(z, (double)box.Column * Options.Width, (double)box.Row * Options.Height, Options.Width, Options.Height, 1.0);
        var parameters = await _source.GetBoxAsync(request, cancellationToken).ConfigureAwait(false);
        if (parameters.TileSpecs.Count == 0)
        {
            Interlocked.Increment(ref counts.Empty);
            return false;
        }

        parameters = parameters with { DoFilter = Options.DoFilter, SkipInterpolation = Options.SkipInterpolation, BinaryMask = Options.BinaryMask };
        if (Options.SortByClusterGroupId)
        {
            parameters = parameters with { TileSpecs = [.. parameters.TileSpecs.Order(ClusterGroupOrder.Instance)] };
        }

        if (labels is not null)
        {
            using var label = _renderer.RenderLabels(parameters, labels);
            AtomicFile.Write(path, BoxImages.EncodeLabels(label, Options.Format));
        }
        else if (Options.ConvertToGray && Options.Format != ImageFileFormat.Tiff)
        {
            // render's TIFF writer ignores convertToGray; PNG and JPEG boxes are drawn onto grey.
            using var gray = _renderer.RenderGray8(parameters);
            AtomicFile.Write(path, ImageFileWriter.EncodeGray8(gray.Array, gray.Width, gray.Height, Options.Format, pngCompression: BoxImages.PngCompression));
            halves?.Keep(box, gray);
        }
        else
        {
            using var argb = _renderer.RenderArgb(parameters);
            AtomicFile.Write(path, ImageFileWriter.EncodeArgb(argb, Options.Format, Options.ConvertToGray));
        }

        Interlocked.Increment(ref counts.Written);
        Interlocked.Add(ref counts.Pixels, (long)Options.Width * Options.Height);
        return true;
    }

    /// <summary>
    /// BoxMipmapGenerator.generateNextLevel: each pair of rows and columns of level − 1 that has a box gives one box of the level,
    /// from the halves of the level below when <paramref name="halves"/> holds them, else from their files.
    /// </summary>
    private ConcurrentDictionary<(int Row, int Column), string> NextLevel(
        double z, int level, ConcurrentDictionary<(int Row, int Column), string> sources, int firstRow, int lastRow, int firstColumn, int lastColumn,
        Counts counts, BoxHalves? halves, BoxHalves? nextHalves)
    {
        var next = NewSources();
        var targets = new List<(int Row, int Column)>();
        for (var row = firstRow; row <= lastRow; row += 2)
        {
            for (var column = firstColumn; column <= lastColumn; column += 2)
            {
                if (sources.ContainsKey((row, column)) || sources.ContainsKey((row, column + 1))
                    || sources.ContainsKey((row + 1, column)) || sources.ContainsKey((row + 1, column + 1)))
                {
                    targets.Add((row / 2, column / 2));
                }
            }
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.Threads > 0 ? Options.Threads : Environment.ProcessorCount };
        Parallel.ForEach(targets, parallel, target =>
        {
            var path = Paths.Box(level, z, target.Row, target.Column);
            next[target] = path;
            if (!Options.ForceGeneration && File.Exists(path))
            {
                Interlocked.Increment(ref counts.Kept);
                return;
            }

            var cells = new (int Row, int Column)[]
            {
                (2 * target.Row, 2 * target.Column), (2 * target.Row, (2 * target.Column) + 1),
                ((2 * target.Row) + 1, 2 * target.Column), ((2 * target.Row) + 1, (2 * target.Column) + 1),
            };
            if (halves?.Assemble(cells, sources.ContainsKey) is { } assembled)
            {
                using (assembled)
                {
                    AtomicFile.Write(path, ImageFileWriter.EncodeGray8(assembled.Array, assembled.Width, assembled.Height, Options.Format, pngCompression: BoxImages.PngCompression));
                    nextHalves?.Keep(target, assembled);
                }

                halves.Release(cells);
                Interlocked.Increment(ref counts.Written);
                return;
            }

            var quadrants = cells.Select(q => sources.TryGetValue(q, out var file) ? BoxImages.Read(file) : null).ToList();
            try
            {
                if (Options.Label)
                {
                    using var labels = BoxImages.HalveLabels(quadrants, Options.Width, Options.Height);
                    AtomicFile.Write(path, BoxImages.EncodeLabels(labels, Options.Format));
                }
                else
                {
                    using var halved = BoxImages.Halve(quadrants, Options.Width, Options.Height);
                    AtomicFile.Write(path, BoxImages.Encode(halved, Options.Format, Options.ConvertToGray));
                }

                Interlocked.Increment(ref counts.Written);
            }
            finally
            {
                quadrants.ForEach(q => q?.Dispose());
            }
        });
        return next;
    }
}
