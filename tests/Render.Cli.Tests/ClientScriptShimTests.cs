using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Render.Client;
using Render.Model.Json;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Server;

namespace Render.Cli.Tests;

/// <summary>
/// <c>client-scripts/run_ws_client.sh</c> run exactly as render-python runs it
/// (<c>[script, memGB, className] + args</c>, no shell), with <c>RENDER_CLI</c> pointing at the built
/// render command, against a service started in-process; the stacks are then read back.
/// </summary>
public sealed partial class ClientScriptShimTests : IAsyncLifetime
{
    private const string Owner = "shimOwner";
    private const string Project = "shimProject";

    private static readonly string Example = Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", "example_1");

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "render-cli-shim-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private RenderConnection _connection = null!;
    private string _baseDataUrl = string.Empty;

    public async Task InitializeAsync()
    {
        _app = await RenderServer.CreateAsync(
            new RenderServerOptions { Port = 0, DataDirectory = _dataDir, LogLevel = Microsoft.Extensions.Logging.LogLevel.Warning }, CancellationToken.None);
        await _app.StartAsync();
        var address = RenderServer.BaseAddress(_app);
        _baseDataUrl = string.Create(CultureInfo.InvariantCulture, $"http://{address.Host}:{address.Port}/render-ws/v1");
        _connection = new RenderConnection($"http://{address.Host}", address.Port, Owner, Project);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(_dataDir, recursive: true);
    }

    [Fact]
    public void Script_IsExecutable_AsRenderPythonRunsItDirectly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Assert.True((File.GetUnixFileMode(Script) & UnixFileMode.UserExecute) != 0, $"{Script} must be executable");
    }

    [Fact]
    public async Task ImportJsonClient_ThenImportTransformChangesClient_FillTheStacks()
    {
        // render-python's import_jsonfiles: the stack is created and set LOADING, the client imports, then COMPLETE.
        using var client = new RenderClient(_connection);
        var acquire = new StackId(Owner, Project, "v1_acquire");
        await client.Stacks.CreateAsync(acquire, new StackVersion());
        var (exit, _, error) = await RunScriptAsync(
            "org.janelia.render.client.ImportJsonClient", [.. StackParams("v1_acquire"), "--transformFile", Fixture("cycle1_step1_acquire_transforms.json"), Fixture("cycle1_step1_acquire_tiles.json")]);
        Assert.True(exit == 0, error);
        await client.Stacks.SetStateAsync(acquire, StackState.Complete);

        var bounds = await client.Stacks.GetBoundsAsync(acquire);
        Assert.Equal((149.0, 130.0, 5103.0, 5386.0), (bounds.MinX, bounds.MinY, bounds.MaxX, bounds.MaxY));
        Assert.Equal(8, (await client.Stacks.GetMetaDataAsync(acquire)).Stats?.TileCount);

        // render-python's importTransformChangesClient: stack params, --targetStack, --transformFile, --targetOwner, --changeMode.
        (exit, _, error) = await RunScriptAsync(
            "org.janelia.render.client.ImportTransformChangesClient",
            [.. StackParams("v1_acquire"), "--targetStack", "v1_montage", "--transformFile", Fixture("cycle1_step2_montage_changes.json"), "--targetOwner", Owner, "--changeMode", "REPLACE_LAST"]);
        Assert.True(exit == 0, error);

        var changes = RenderJson.Parse<List<TileTransform>>(File.ReadAllBytes(Fixture("cycle1_step2_montage_changes.json"))).GetValueOrThrow();
        var montage = await client.Tiles.GetResolvedAsync(new StackId(Owner, Project, "v1_montage"));
        Assert.Equal(changes.Count, montage.TileIdToSpecMap.Count);
        Assert.All(changes, change => Assert.Equal(change.Transform, montage.TileIdToSpecMap[change.TileId!].Transforms.SpecList[^1]));
    }

    [Fact]
    public async Task TransformSectionClient_AddsTheTransformToTheLayer()
    {
        using var client = new RenderClient(_connection);
        await client.Tiles.ImportAsync(new StackId(Owner, Project, "source"), Example1Tiles(), Example1Transforms(), new TileImportOptions { CompleteStack = true });

        // render-python's transformSectionClient: --transformData with commas for spaces, z values last.
        var (exit, _, error) = await RunScriptAsync(
            "org.janelia.render.client.TransformSectionClient",
            [.. StackParams("source"), "--targetProject", Project, "--targetStack", "shifted", "--transformId", "shift",
             "--transformClass", "mpicbg.trakem2.transform.TranslationModel2D", "--transformData", "10,20", "3408"]);
        Assert.True(exit == 0, error);

        var layer = await client.Tiles.GetResolvedAsync(new StackId(Owner, Project, "shifted"), 3408);
        Assert.Equal(4, layer.TileIdToSpecMap.Count);
        Assert.Equal("10 20", ((Render.Model.Transforms.LeafTransformSpec)layer.TransformIdToSpecMap["shift"]).DataString);
    }

    [Fact]
    public async Task CoordinateClient_MapsTheWorldPointsToLocalAndBack()
    {
        using var client = new RenderClient(_connection);
        await client.Tiles.ImportAsync(new StackId(Owner, Project, "v1_acquire"), Example1Tiles(), Example1Transforms(), new TileImportOptions { CompleteStack = true });
        var local = Path.Combine(_dataDir, "local.json");
        var world = Path.Combine(_dataDir, "world.json");

        // render-python's coordinateClient: stack params, --z, --fromJson, --toJson, [--localToWorld], --numberOfThreads.
        var (exit, _, error) = await RunScriptAsync(
            "org.janelia.render.client.CoordinateClient",
            [.. StackParams("v1_acquire"), "--z", "3407", "--fromJson", Fixture("v1_acquire_s3407_world_points.json"), "--toJson", local, "--numberOfThreads", "4"]);
        Assert.True(exit == 0, error);
        (exit, _, error) = await RunScriptAsync(
            "org.janelia.render.client.CoordinateClient",
            [.. StackParams("v1_acquire"), "--z", "3407", "--fromJson", local, "--toJson", world, "--localToWorld", "--numberOfThreads", "4"]);
        Assert.True(exit == 0, error);

        var mapped = RenderJson.Parse<List<TileCoordinates>>(File.ReadAllBytes(world)).GetValueOrThrow();
        Assert.Equal(3, mapped.Count(point => point.Error is null));
        Assert.Equal(1000.0, mapped[0].World![0], 0.01);
    }

    [Fact]
    public async Task TilePairClient_WithRenderPythonsArgv_WritesThePairFile()
    {
        using var client = new RenderClient(_connection);
        await client.Tiles.ImportAsync(new StackId(Owner, Project, "v1_acquire"), Example1Tiles(), Example1Transforms(), new TileImportOptions { CompleteStack = true });
        var pairs = Path.Combine(_dataDir, "tile_pairs.json");

        // render-python's tilePairClient: stack params, base stack, z range, its options (Python booleans as str() writes them), --toJson.
        var (exit, _, error) = await RunScriptAsync(
            "org.janelia.render.client.TilePairClient",
            [.. StackParams("v1_acquire"), "--baseStack", "v1_acquire", "--minZ", "3407", "--maxZ", "3408", "--xyNeighborFactor", "0.9", "--zNeighborDistance", "1",
             "--excludeCornerNeighbors", "True", "--excludeCompletelyObscuredTiles", "True", "--excludeSameLayerNeighbors", "False",
             "--excludeSameSectionNeighbors", "False", "--useRowColPositions", "--maxPairsPerFile", "1000", "--toJson", pairs]);
        Assert.True(exit == 0, error);

        var file = RenderJson.Parse<Render.Model.PointMatches.RenderableCanvasIdPairs>(File.ReadAllBytes(pairs)).GetValueOrThrow();
        Assert.Equal($"{{baseDataUrl}}/owner/{Owner}/project/{Project}/stack/v1_acquire/tile/{{id}}/render-parameters", file.RenderParametersUrlTemplate);
        Assert.Equal(8, file.NeighborPairs.Count(pair => pair.AbsoluteDeltaZ is null));
        Assert.Contains(file.NeighborPairs, pair => pair.AbsoluteDeltaZ is not null);
    }

    [Fact]
    public async Task PointMatchClient_WithRenderPythonsArgvAndStack2_StoresTheMatches()
    {
        // Two copies of one real EM tile pair (stitch-test tiles 1 and 2), the second in another stack: render-python's stack2.
        using var client = new RenderClient(_connection);
        var tiles = StitchTiles();
        await client.Tiles.ImportAsync(new StackId(Owner, Project, "em_p"), [tiles[0]], null, new TileImportOptions { CompleteStack = true });
        await client.Tiles.ImportAsync(new StackId(Owner, Project, "em_q"), [tiles[1]], null, new TileImportOptions { CompleteStack = true });

        // render-python's pointMatchClient: --baseDataUrl, --owner, --collection, SiftPointMatchOptions.to_java_args(), then URL pairs.
        string Url(string stack, string tileId) =>
            $"{_baseDataUrl}/owner/{Owner}/project/{Project}/stack/{stack}/tile/{tileId}/render-parameters"
            + "?filter=false&normalizeForMatching=false&renderWithoutMask=true&excludeAllTransforms=true&excludeMask=true";
        var (exit, output, error) = await RunScriptAsync(
            "org.janelia.render.client.PointMatchClient",
            ["--baseDataUrl", _baseDataUrl, "--owner", Owner, "--collection", "shim_matches",
             "--SIFTfdSize", "8", "--SIFTmaxScale", "0.85", "--SIFTminScale", "0.5", "--SIFTsteps", "3", "--matchIterations", "1000", "--matchMaxEpsilon", "1.0",
             "--matchMaxTrust", "3.0", "--matchMinInlierRatio", "0.0", "--matchMinNumInliers", "7", "--matchModelType", "AFFINE", "--matchRod", "0.92",
             "--renderScale", "0.5", "--fillWithNoise", "false", Url("em_p", "tile_1"), Url("em_q", "tile_2")]);
        Assert.True(exit == 0, error);
        Assert.Contains("1 pair(s), 1 stored", output, StringComparison.Ordinal);

        var stored = await client.Matches.GetOutsideGroupAsync(new Render.Model.PointMatches.MatchCollectionId(Owner, "shim_matches"), "1.0").ToListAsync();
        var pair = Assert.Single(await client.Matches.GetWithinGroupAsync(new Render.Model.PointMatches.MatchCollectionId(Owner, "shim_matches"), "1.0").ToListAsync());
        Assert.Empty(stored);
        Assert.Equal(("tile_1", "tile_2"), (pair.PId, pair.QId));
        Assert.True(pair.Matches!.W!.Length >= 8, $"only {pair.Matches.W.Length} matches");
    }

    [Fact]
    public async Task Trakem2SolverClient_WithRendersArguments_LeavesACompleteAlignedStack()
    {
        using var client = new RenderClient(_connection);
        var acquisition = Alignment.Tests.SyntheticAcquisition.Create(Alignment.ModelType.Rigid, columns: 3, rows: 2, layers: 2, noise: 0.3);
        await client.Tiles.ImportAsync(new StackId(Owner, Project, "rough"), acquisition.Tiles, null, new TileImportOptions { CompleteStack = true });
        await client.Matches.SaveAsync(Render.Model.PointMatches.MatchCollectionId.Create(Owner, "roughMatches").GetValueOrThrow(), acquisition.Matches);

        // render's Trakem2SolverClient argv: a variable-arity list, a flag without a value, mpicbg's stopping rules.
        var (exit, output, error) = await RunScriptAsync(
            "org.janelia.render.client.Trakem2SolverClient",
            [.. StackParams("rough"), "--matchCollection", "roughMatches", "--regularizerModelType", "RIGID", "--optimizerLambdas", "1.0", "0.5", "0.1", "0.01",
             "--completeTargetStack", "--targetOwner", Owner, "--targetStack", "aligned", "--maxAllowedError", "200", "--maxIterations", "2000", "--threads", "2"]);
        Assert.True(exit == 0, error);
        Assert.Contains("saved 12 tiles to shimOwner/shimProject/aligned (COMPLETE)", output, StringComparison.Ordinal);

        var aligned = new StackId(Owner, Project, "aligned");
        Assert.Equal(StackState.Complete, (await client.Stacks.GetMetaDataAsync(aligned)).State);
        var solved = (await client.Tiles.GetResolvedAsync(aligned)).TileIdToSpecMap.Values.ToList();
        Assert.Equal(12, solved.Count);
        var (rms, max) = Alignment.Tests.TruthComparison.CornerErrors(solved, acquisition.Truth);
        Assert.True(rms < 0.5 && max < 1.5, $"corner error RMS {rms} px, max {max} px after one similarity");
    }

    [Fact]
    public async Task UnsupportedClass_FailsWithAMessage()
    {
        var (exit, _, error) = await RunScriptAsync("org.janelia.render.client.MatchCopyClient", StackParams("any"));

        Assert.Equal(2, exit);
        Assert.Contains("MatchCopyClient has no counterpart here", error, StringComparison.Ordinal);
        Assert.Contains("TilePairClient, PointMatchClient", error, StringComparison.Ordinal);
    }

    /// <summary>render's stitch-test tiles with their image paths made absolute, in layer 1 (section "1.0").</summary>
    private static List<TileSpec> StitchTiles()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", "render-app");
        var json = File.ReadAllText(Path.Combine(root, "stitch-test", "test_4_tiles_level_1.json")).Replace("src/test/resources/", root + "/", StringComparison.Ordinal);
        return [.. RenderJson.Parse<List<TileSpec>>(json).GetValueOrThrow().Select(tile => tile with { Z = 1, Layout = new LayoutData(SectionId: "1.0") })];
    }

    private static string Script { get; } = Path.Combine(RepositoryRoot(), "client-scripts", "run_ws_client.sh");

    private static string Fixture(string name) => Path.Combine(Example, name);

    private static List<TileSpec> Example1Tiles() =>
        RenderJson.Parse<List<TileSpec>>(File.ReadAllBytes(Fixture("cycle1_step1_acquire_tiles.json"))).GetValueOrThrow();

    private static Dictionary<string, Render.Model.Transforms.TransformSpec> Example1Transforms() =>
        RenderJson.Parse<List<Render.Model.Transforms.TransformSpec>>(File.ReadAllBytes(Fixture("cycle1_step1_acquire_transforms.json")))
            .GetValueOrThrow().ToDictionary(spec => spec.Id!, StringComparer.Ordinal);

    /// <summary>render-python's make_stack_params.</summary>
    private string[] StackParams(string stack) => ["--baseDataUrl", _baseDataUrl, "--owner", Owner, "--project", Project, "--stack", stack];

    private static async Task<(int Exit, string Output, string Error)> RunScriptAsync(string className, string[] arguments)
    {
        var start = new ProcessStartInfo(Script) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "1G", className }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        // The tests run under the dotnet host; the built render.dll runs under the same one.
        var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        start.Environment["RENDER_CLI"] = $"{host} {Path.Combine(AppContext.BaseDirectory, "render.dll")}";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Render.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("the tests run outside the repository: Render.slnx not found above " + AppContext.BaseDirectory);
    }
}
