using System.Diagnostics;
using System.Globalization;
using Render.Client;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;
using static Render.Scenarios.ScenarioServer;

namespace Render.Scenarios;

/// <summary>
/// The user guide's parallel import done with the C# client: N sections x M tile specs built as
/// objects (layout, mipmap level 0, one affine), then <see cref="TilesClient.ImportAsync"/>
/// checks them, derives every box locally, sends batches in parallel to a separate
/// <c>render serve</c> process and sets the stack COMPLETE. The wall clock covers all of it; this
/// process's peak resident memory is the client's.
/// </summary>
internal static class ClientImportScenario
{
    public static async Task<int> RunAsync(ScenarioOptions options)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "render-scenario-" + Guid.NewGuid().ToString("N"));
        using var server = StartServer(options, dataDir);
        try
        {
            var connection = new RenderConnection("http://127.0.0.1", options.Port, "bench", "guide");
            using var client = new RenderClient(connection);
            using (var probe = new HttpClient { BaseAddress = connection.ApiBase })
            {
                await WaitForServerAsync(probe, server).ConfigureAwait(false);
            }

            var stackId = client.StackIdOf("acquire");
            var clientCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var serverCpuBefore = CpuTime(server.Id);
            var wall = Stopwatch.StartNew();
            var tiles = BuildTiles(options.Sections, options.TilesPerSection);
            var built = wall.Elapsed;
            var importOptions = new TileImportOptions
            {
                BatchSize = options.SectionsPerBatch * options.TilesPerSection,
                MaxParallelRequests = options.Parallel,
                CreateWithVersion = new StackVersion(StackResolutionX: 4, StackResolutionY: 4, StackResolutionZ: 35),
                CompleteStack = true,
            };
            await client.Tiles.ImportAsync(stackId, tiles, null, importOptions).ConfigureAwait(false);
            wall.Stop();

            var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpuBefore;
            var serverCpu = CpuTime(server.Id) - serverCpuBefore;
            var meta = await client.Stacks.GetMetaDataAsync(stackId).ConfigureAwait(false);
            if (meta.State != StackState.Complete || meta.Stats?.TileCount != tiles.Count)
            {
                throw new InvalidOperationException($"the stack holds {meta.Stats?.TileCount} tiles in state {meta.State}, not {tiles.Count} COMPLETE");
            }

            var derive = Stopwatch.StartNew();
            ResolvedTilesPreparation.Validate(ResolvedTilesPreparation.DeriveBoundingBoxes(tiles, new Dictionary<string, TransformSpec>()), new Dictionary<string, TransformSpec>());
            derive.Stop();

            Report(options, tiles.Count, wall.Elapsed, built, derive.Elapsed, clientCpu, serverCpu, PeakMemory(Environment.ProcessId), PeakMemory(server.Id));
            return 0;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync().ConfigureAwait(false);
            if (Directory.Exists(dataDir))
            {
                Directory.Delete(dataDir, recursive: true);
            }
        }
    }

    /// <summary>The guide's tiles, as render-python builds them: no box, one affine placing the tile on the grid.</summary>
    private static List<TileSpec> BuildTiles(int sections, int tilesPerSection)
    {
        var columns = SyntheticTiles.Columns(tilesPerSection);
        var tiles = new List<TileSpec>(sections * tilesPerSection);
        for (var section = 0; section < sections; section++)
        {
            for (var i = 0; i < tilesPerSection; i++)
            {
                var (row, column) = (i / columns, i % columns);
                var (x, y, sin, cos) = SyntheticTiles.Placement(row, column);
                var id = SyntheticTiles.TileId(section, row, column);
                var affine = new LeafTransformSpec(
                    "mpicbg.trakem2.transform.AffineModel2D", string.Create(CultureInfo.InvariantCulture, $"{cos:R} {sin:R} {-sin:R} {cos:R} {x:R} {y:R}"));
                tiles.Add(new TileSpec(
                    TileId: id,
                    Layout: new LayoutData(SectionId: $"{section}.0", ImageRow: row, ImageCol: column, StageX: x, StageY: y),
                    Z: section,
                    Width: SyntheticTiles.TileSize,
                    Height: SyntheticTiles.TileSize,
                    MinIntensity: 0,
                    MaxIntensity: 65535,
                    MipmapLevels: MipmapLevelDictionary.Of(0, new ImageAndMask(ImageUrl: $"file:///data/raw/{section}/{id}.tif")),
                    Transforms: new ListTransformSpec([affine])));
            }
        }

        return tiles;
    }

    private static void Report(
        ScenarioOptions options, int tiles, TimeSpan wall, TimeSpan built, TimeSpan derive, TimeSpan clientCpu, TimeSpan serverCpu,
        (long PeakKb, long NowKb) clientMemory, (long PeakKb, long NowKb) serverMemory)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"tiles:                   {tiles:N0} ({options.Sections} sections x {options.TilesPerSection}), batches of {options.SectionsPerBatch * options.TilesPerSection}, {options.Parallel} requests in flight"));
        Console.WriteLine(string.Create(inv, $"wall, build -> COMPLETE: {wall.TotalSeconds:F2} s = {tiles / wall.TotalSeconds:N0} tiles/s"));
        Console.WriteLine(string.Create(inv, $"  of which building:     {built.TotalSeconds:F2} s"));
        Console.WriteLine(string.Create(inv, $"boxes + checks alone:    {derive.TotalSeconds:F2} s (timed again afterwards)"));
        Console.WriteLine(string.Create(inv, $"client CPU:              {clientCpu.TotalSeconds:F2} s; server CPU {serverCpu.TotalSeconds:F2} s"));
        Console.WriteLine(string.Create(inv, $"client peak RSS:         {clientMemory.PeakKb / 1024.0:F0} MiB; server peak RSS {serverMemory.PeakKb / 1024.0:F0} MiB"));
    }
}
