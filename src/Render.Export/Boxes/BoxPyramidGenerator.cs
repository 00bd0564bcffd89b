using System.Collections.Concurrent;
using Render.Export.Files;
using Render.Export.Rendering;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Pixels;
using Render.Model;
using Render.Model.Jobs;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Export.Boxes;

/// <summary>
/// render's BoxGenerator (BoxClient): a layer cut into boxes of a fixed size, level 0 rendered at
/// full scale, each higher level the 2×2 average of four boxes of the level below (BoxMipmapGenerator),
/// and optionally a small overview, all in CATMAID's LargeDataTileSource layout (<see cref="BoxPaths"/>).
/// Boxes that exist are kept unless forced, so an interrupted run resumes; every file is written to a
/// temporary name and renamed. Level-0 boxes render in parallel.
/// </summary>
public sealed partial class BoxPyramidGenerator
{
    private readonly IBoxParametersSource _source;
    private readonly BoxRenderer _renderer;
    private readonly Bounds _stackBounds;

    /// <summary>Checks the options, the stack's bounds and that the stack's box folder can be written.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="ExportException">The stack has no bounds, or the folder cannot be written.</exception>
    public BoxPyramidGenerator(BoxOptions options, Bounds? stackBounds, IBoxParametersSource source, ImageAccessPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(source);
        options.Validate();
        if (stackBounds is not { MaxX: not null, MaxY: not null })
        {
            throw new ExportException($"missing bounds for stack {options.Stack}, completing the stack will derive and store bounds");
        }

        Options = options;
        Paths = BoxPaths.For(options);
        try
        {
            OutputFolder.RequireWritable(Paths.StackDirectory, create: true);
        }
        catch (ExportException exception)
        {
            throw new ExportException($"not allowed to write to stack directory {Paths.StackDirectory}: {exception.Message}", exception);
        }

        _stackBounds = stackBounds;
        _source = source;
        _renderer = new BoxRenderer(policy);
    }

    /// <summary>A generator for <paramref name="stack"/>, whose stats must hold its bounds (a COMPLETE stack).</summary>
    public static BoxPyramidGenerator ForStack(BoxOptions options, StackMetaData stack, IBoxParametersSource source, ImageAccessPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(stack);
        return new BoxPyramidGenerator(options, stack.Stats?.StackBounds, source, policy);
    }

    /// <summary>The options.</summary>
    public BoxOptions Options { get; }

    /// <summary>Where the files go; <see cref="BoxPaths.StackDirectory"/> is the stack's materializedBoxRootPath.</summary>
    public BoxPaths Paths { get; }

    /// <summary>render's createEmptyImageFile: a transparent box (saved as grey black; 16-bit white for labels), unless it exists.</summary>
    public void WriteEmptyImage()
    {
        if (File.Exists(Paths.Empty))
        {
            return;
        }

        if (Options.Label)
        {
            // LabelImageProcessorCache.createEmptyImage: 16-bit white.
            using var white = PixelBuffer<ushort>.Rent(Options.Width, Options.Height);
            white.Pixels.Fill(LabelColors.Empty);
            AtomicFile.Write(Paths.Empty, BoxImages.EncodeLabels(white, Options.Format));
            return;
        }

        using var empty = PixelBuffer<int>.Rent(Options.Width, Options.Height);
        AtomicFile.Write(Paths.Empty, ImageFileWriter.EncodeArgb(empty, Options.Format, convertToGray: true));
    }

    /// <summary>
    /// The boxes of this part of layer <paramref name="z"/> (whose tile boxes span <paramref name="layerBounds"/>):
    /// level 0, then levels 1..maxLevel, then the overview when asked for and the grid has shrunk to one box.
    /// </summary>
    /// <exception cref="ExportException">The layer has no bounds, boxes could not be rendered (all named; no higher level is built then), or a file cannot be written.</exception>
    /// <exception cref="InvalidOperationException">The options ask for labels (use <see cref="GenerateLabelLayerAsync"/>).</exception>
    public Task<BoxLayerResult> GenerateLayerAsync(
        double z, Bounds layerBounds, WorkPart part, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Options.Label
            ? throw new InvalidOperationException("label boxes need all the layer's tiles for their colours: call GenerateLabelLayerAsync")
            : GenerateAsync(z, layerBounds, null, part, progress, cancellationToken);

    /// <summary>
    /// <see cref="GenerateLayerAsync"/> for label boxes (<see cref="BoxOptions.Label"/>): <paramref name="layerTiles"/> are all
    /// the layer's tiles (render's resolved tiles of z), from which every tile's label is assigned, the same in every run and part.
    /// </summary>
    /// <exception cref="ExportException">As <see cref="GenerateLayerAsync"/>.</exception>
    /// <exception cref="ArgumentException">The options do not ask for labels, or the layer has more tiles than labels.</exception>
    public Task<BoxLayerResult> GenerateLabelLayerAsync(
        double z, Bounds layerBounds, IEnumerable<TileSpec> layerTiles, WorkPart part, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Options.Label
            ? GenerateAsync(z, layerBounds, new LabelColors(layerTiles), part, progress, cancellationToken)
            : throw new ArgumentException("these options do not ask for label boxes (set Label)");

    private async Task<BoxLayerResult> GenerateAsync(
        double z, Bounds layerBounds, LabelColors? labels, WorkPart part, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        var grid = new BoxGrid(layerBounds, Options.Width, Options.Height, Options.MaxLevel, part);
        var counts = new Counts();
        var halves = Options.MaxLevel > 0 ? BoxHalves.For(Options) : null;
        var sources = await LevelZeroAsync(z, grid, labels, counts, halves, progress, cancellationToken).ConfigureAwait(false);
        if (Options.CreateIGrid)
        {
            IGridFile.Write(Paths, z, grid, sources);
        }

        var overview = !Options.IsOverviewNeeded || (!Options.ForceGeneration && File.Exists(Paths.Overview(z)));
        var wroteOverview = false;
        var (lastRow, lastColumn, firstRow, firstColumn) = (grid.LastRow, grid.LastColumn, grid.FirstRow, grid.FirstColumn);
        for (var level = 1; level <= Options.MaxLevel; level++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var nextHalves = level < Options.MaxLevel ? BoxHalves.For(Options) : null;
            sources = NextLevel(z, level, sources, (firstRow / 2) * 2, lastRow, (firstColumn / 2) * 2, lastColumn, counts, halves, nextHalves);
            halves = nextHalves;
            (firstRow, lastRow, firstColumn, lastColumn) = (firstRow / 2, lastRow / 2, firstColumn / 2, lastColumn / 2);
            if (!overview && lastRow == 0 && lastColumn == 0 && sources.TryGetValue((0, 0), out var single))
            {
                WriteOverview(z, level, single);
                overview = wroteOverview = true;
            }
        }

        return new BoxLayerResult(z, counts.Written, counts.Kept, counts.Empty, wroteOverview, counts.Pixels);
    }

    private void WriteOverview(double z, int level, string sourcePath)
    {
        double maxX = _stackBounds.MaxX!.Value, maxY = _stackBounds.MaxY!.Value;
        var factor = Math.Pow(2, level);
        using var source = BoxImages.Read(sourcePath);
        using var overview = BoxImages.Overview(source, maxX / factor, maxY / factor, Options.MaxOverviewWidthAndHeight!.Value, wider: maxX > maxY);
        AtomicFile.Write(Paths.Overview(z), BoxImages.Encode(overview, Options.Format, convertToGray: true));
    }

    /// <summary>Counters shared by the parallel box loops.</summary>
    private sealed class Counts
    {
        public int Written;
        public int Kept;
        public int Empty;
        public long Pixels;
    }

    private static ConcurrentDictionary<(int Row, int Column), string> NewSources() => new();
}
