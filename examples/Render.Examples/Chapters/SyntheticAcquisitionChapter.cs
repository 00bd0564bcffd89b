using System.Diagnostics;
using Render.Client;
using Render.Geometry.Transforms;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Examples.Chapters;

/// <summary>
/// Chapter 3, a synthetic acquisition imported in parallel: the guide builds sections × tiles
/// <c>TileSpec</c>s on a stage grid and sends them with <c>import_tilespecs_parallel</c> (a process
/// pool of <c>put_tilespecs</c> calls), then closes the stack.
/// </summary>
public static class SyntheticAcquisitionChapter
{
    /// <summary>Builds the grid's tiles, imports them into <c>{prefix}_acquisition</c> with progress, and completes the stack.</summary>
    public static async Task<SyntheticAcquisition> RunAsync(
        RenderClient client, string prefix, AcquisitionGrid grid, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(log);
        log.WriteLine("== 3. A synthetic acquisition, imported in parallel");

        var stackId = client.StackIdOf(prefix + "_acquisition");
        var clock = Stopwatch.StartNew();
        var tiles = BuildTiles(grid);
        log.WriteLine($"{grid.Sections} sections x {grid.TilesPerSection} tiles = {tiles.Count:N0} tile specs built in {clock.Elapsed.TotalSeconds:F1} s");

        // What render-python spreads over a process pool, one client does with parallel requests:
        // every box is derived and every tile checked first (a bad tile stops the import before
        // anything is written), then batches go out MaxParallelRequests at a time.
        var progress = new ImportProgressLog(log);
        var options = new TileImportOptions
        {
            BatchSize = grid.BatchSize,
            MaxParallelRequests = grid.MaxParallelRequests,
            CreateWithVersion = new StackVersion(StackResolutionX: 4, StackResolutionY: 4, StackResolutionZ: 35),
            CompleteStack = true,
            Progress = progress,
        };
        await client.Tiles.ImportAsync(stackId, tiles, options: options, cancellationToken: cancellationToken);
        clock.Stop();

        var seconds = clock.Elapsed.TotalSeconds;
        log.WriteLine($"{stackId.Stack}: {tiles.Count:N0} tiles imported and COMPLETE in {seconds:F1} s ({tiles.Count / Math.Max(seconds, 1e-3):N0} tiles/s)");
        return new SyntheticAcquisition(stackId, grid, progress.TilesStored, clock.Elapsed);
    }

    /// <summary>Every tile of the grid, section by section.</summary>
    public static List<TileSpec> BuildTiles(AcquisitionGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var tiles = new List<TileSpec>(grid.TileCount);
        for (var section = 0; section < grid.Sections; section++)
        {
            for (var index = 0; index < grid.TilesPerSection; index++)
            {
                tiles.Add(BuildTile(grid, section, index));
            }
        }

        return tiles;
    }

    /// <summary>
    /// Tile <paramref name="index"/> of <paramref name="section"/>: row-major on the grid, a step of
    /// <see cref="AcquisitionGrid.TileSize"/> minus <see cref="AcquisitionGrid.Overlap"/> apart, placed
    /// by a translation to its stage position. No box: it is derived when the tile is imported.
    /// </summary>
    public static TileSpec BuildTile(AcquisitionGrid grid, int section, int index)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var (row, column) = Math.DivRem(index, grid.Columns);
        const double step = AcquisitionGrid.TileSize - AcquisitionGrid.Overlap;
        var (stageX, stageY) = (column * step, row * step);
        var tileId = TileId(section, row, column);
        return new TileSpec(
            TileId: tileId,
            Layout: new LayoutData(SectionId: SectionId(section), ImageRow: row, ImageCol: column, StageX: stageX, StageY: stageY),
            Z: section,
            Width: AcquisitionGrid.TileSize,
            Height: AcquisitionGrid.TileSize,
            MinIntensity: 0,
            MaxIntensity: 255,
            MipmapLevels: MipmapLevelDictionary.Of(0, new ImageAndMask(ImageUrl: $"file:///data/guide/z{section}/{tileId}.tif")),
            Transforms: new ListTransformSpec([LeafTransformSpec.Of(new AffineModel2D(1, 0, 0, 1, stageX, stageY))]));
    }

    /// <summary>The id of the tile at (<paramref name="row"/>, <paramref name="column"/>) of <paramref name="section"/>.</summary>
    public static string TileId(int section, int row, int column) => $"z{section}-r{row}-c{column}";

    /// <summary>The section id of layer <paramref name="section"/> (render's convention: the z as text).</summary>
    public static string SectionId(int section) => $"{section}.0";
}
