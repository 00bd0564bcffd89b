using System.Collections.Concurrent;
using Render.Export.Files;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Pixels;
using Render.Model.Jobs;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Export.Mipmaps;

/// <summary>
/// render's MipmapClient: for every channel of a tile, the level-n copies of its first image and
/// mask, each the 2×2 average of the level above (mpicbg's Downsampler), saved where the
/// <see cref="PathBuilder"/> derives them (<c>root/level/source-path.extension</c>). Levels a tile
/// lists itself are not written. A tile whose level files all exist is skipped unless
/// <see cref="MipmapOptions.ForceGeneration"/>; every file is written to a temporary name and renamed.
/// Thread-safe: tiles are worked on in parallel.
/// </summary>
public sealed class MipmapGenerator
{
    private readonly ImageAccessPolicy _policy;

    /// <summary>Checks the options and that the root folder exists and is writable (render's messages).</summary>
    /// <exception cref="ArgumentException">A level is out of range.</exception>
    /// <exception cref="ExportException">The root folder is missing or not writable.</exception>
    public MipmapGenerator(MipmapOptions options, ImageAccessPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (!Directory.Exists(options.RootDirectory))
        {
            throw new ExportException($"missing root directory {options.RootDirectory}");
        }

        var root = OutputFolder.RequireWritable(options.RootDirectory, create: false);
        Options = options;
        _policy = policy ?? ImageAccessPolicy.AnyLocalFile;
        PathBuilder = new MipmapPathBuilder(Path.TrimEndingDirectorySeparator(root) + "/", options.MaxLevel, options.Format.Extension());
    }

    /// <summary>The options.</summary>
    public MipmapOptions Options { get; }

    /// <summary>render's builder for this run: the canonical root with a trailing '/', maxLevel levels, the format's extension.</summary>
    public MipmapPathBuilder PathBuilder { get; }

    /// <summary>The builder to save on a stack whose current builder is <paramref name="current"/> (render's update rule).</summary>
    public MipmapPathBuilderUpdate UpdateFor(MipmapPathBuilder? current) => MipmapPathBuilderUpdate.For(current, PathBuilder);

    /// <summary>
    /// The mipmaps of this part of a layer's tiles (render's renderGroup split). Every tile of the
    /// part is attempted; when some fail, the others' files are kept and one exception lists the failures.
    /// </summary>
    /// <exception cref="ExportException">Some tiles failed (each named with its reason).</exception>
    public async Task<MipmapRunResult> GenerateAsync(
        IReadOnlyList<TileSpec> layerTiles, WorkPart part, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layerTiles);
        ArgumentNullException.ThrowIfNull(part);
        var (start, end) = part.Slice(layerTiles.Count);
        var results = new MipmapTileResult?[end - start];
        var failures = new ConcurrentBag<(int Index, string Message)>();
        var done = 0;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Threads(Options.Threads) };
        await Parallel.ForEachAsync(Enumerable.Range(start, end - start), parallel, (index, _) =>
        {
            var tile = layerTiles[index];
            try
            {
                results[index - start] = GenerateForTile(tile);
            }
            catch (Exception exception) when (exception is ExportException or ArgumentException)
            {
                failures.Add((index, $"tile '{tile.TileId}': {exception.Message}"));
            }

            progress?.Report(new ExportProgress(Interlocked.Increment(ref done), end - start, tile.TileId ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);

        if (!failures.IsEmpty)
        {
            var listed = failures.OrderBy(f => f.Index).Select(f => f.Message).ToList();
            throw new ExportException(
                $"mipmaps of {listed.Count} of {end - start} tiles could not be made (the others were written): {string.Join("; ", listed.Take(10))}{(listed.Count > 10 ? "; ..." : string.Empty)}");
        }

        return new MipmapRunResult(layerTiles.Count, start, end, [.. results.Select(r => r!)]);
    }

    /// <summary>The mipmaps of every channel of one tile.</summary>
    /// <exception cref="ExportException">The tile has no image, or a file cannot be written.</exception>
    /// <exception cref="ArgumentException">An image cannot be read (the message names it and the tile).</exception>
    public MipmapTileResult GenerateForTile(TileSpec tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        int written = 0, kept = 0;
        var skipped = true;
        foreach (var channel in Channels(tile))
        {
            var plan = MipmapPlan.For(tile.TileId, channel.Levels, PathBuilder);
            if (!Options.ForceGeneration && plan.AllExist())
            {
                kept += plan.FileCount;
                continue;
            }

            skipped = false;
            var (w, k) = Write(tile.TileId, plan, channel.Min, channel.Max);
            written += w;
            kept += k;
        }

        return new MipmapTileResult(tile.TileId, written, kept, skipped);
    }

    /// <summary>render's --removeAll: deletes the level files of a tile's channels; returns how many there were.</summary>
    public int Remove(TileSpec tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        var removed = 0;
        foreach (var channel in Channels(tile))
        {
            foreach (var path in MipmapPlan.For(tile.TileId, channel.Levels, PathBuilder).AllFiles().Where(File.Exists))
            {
                File.Delete(path);
                removed++;
            }
        }

        return removed;
    }

    private (int Written, int Kept) Write(string? tileId, MipmapPlan plan, double min, double max)
    {
        var (images, masks) = MipmapSource.Open(tileId, plan, _policy);
        using var imageLevels = images;
        using var maskLevels = masks;
        int written = 0, kept = 0;
        foreach (var level in plan.Levels)
        {
            var image = imageLevels.Next();
            var mask = maskLevels?.Next();
            if (level.Listed || level.Number < Options.MinLevel)
            {
                continue;
            }

            (written, kept) = Save(level.ImagePath, image, min, max, written, kept);
            if (level.MaskPath is { } maskPath && mask is not null)
            {
                (written, kept) = Save(maskPath, mask, min, max, written, kept);
            }
        }

        return (written, kept);
    }

    private (int Written, int Kept) Save(string path, Raster level, double min, double max, int written, int kept)
    {
        if (!Options.ForceGeneration && File.Exists(path))
        {
            return (written, kept + 1);
        }

        AtomicFile.Write(path, ImageFileWriter.EncodeGray(MipmapPixels.ToSaved(level, min, max), Options.Format));
        return (written + 1, kept);
    }

    /// <summary>render's getAllChannels: the tile's channels, or the legacy tile as its own channel; each with its intensity range.</summary>
    private static IEnumerable<(MipmapLevelDictionary Levels, double Min, double Max)> Channels(TileSpec tile) =>
        tile.Channels is { Count: > 0 } channels
            ? channels.Select(c => (c.MipmapLevels, c.MinIntensity ?? 0, c.MaxIntensity ?? 255))
            : [(tile.MipmapLevels, tile.MinIntensity ?? 0, tile.MaxIntensity ?? 255)];

    private static int Threads(int threads) => threads > 0 ? threads : Environment.ProcessorCount;
}
