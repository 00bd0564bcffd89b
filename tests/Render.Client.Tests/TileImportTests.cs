using System.Collections.Concurrent;
using Render.Client.Tests.Harness;
using Render.Model;
using Render.Model.Json;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Client.Tests;

/// <summary>The client's bulk import and transform changes against a real service, on render's example_1.</summary>
public sealed class TileImportTests(ClientServerFixture fixture) : IClassFixture<ClientServerFixture>
{
    private readonly RenderClient _client = fixture.Client;

    [Fact]
    public async Task ImportAsync_DerivesTheBoxesTheServiceDerives()
    {
        var example = Fixtures.Example1();
        var byClient = fixture.NewStackId("client");
        var byService = fixture.NewStackId("service");
        var reports = new ConcurrentBag<TileImportProgress>();

        // Batches of one: each request must carry the lens transform its tile refers to, or the service refuses it.
        await _client.Tiles.ImportAsync(byClient, [.. example.TileIdToSpecMap.Values], example.TransformIdToSpecMap, new TileImportOptions
        {
            BatchSize = 1,
            MaxParallelRequests = 3,
            CompleteStack = true,
            Progress = new SynchronousProgress(reports.Add),
        });
        await _client.Stacks.CreateAsync(byService, new StackVersion());
        await _client.Tiles.SaveResolvedAsync(byService, example, deriveData: true);

        Assert.Equal(StackState.Complete, (await _client.Stacks.GetMetaDataAsync(byClient)).State);
        var bounds = await _client.Stacks.GetBoundsAsync(byClient);
        Assert.Equal((149.0, 130.0, 5103.0, 5386.0), (bounds.MinX, bounds.MinY, bounds.MaxX, bounds.MaxY));
        var expected = await _client.Tiles.GetResolvedAsync(byService);
        var actual = await _client.Tiles.GetResolvedAsync(byClient);
        Assert.Equal(8, actual.TileIdToSpecMap.Count);
        foreach (var (id, tile) in expected.TileIdToSpecMap)
        {
            var mine = actual.TileIdToSpecMap[id];
            Assert.Equal((tile.MinX, tile.MinY, tile.MaxX, tile.MaxY), (mine.MinX, mine.MinY, mine.MaxX, mine.MaxY));
        }

        Assert.Equal(8, reports.Count);
        Assert.Equal(new TileImportProgress(8, 8), reports.MaxBy(report => report.TilesStored));
    }

    [Fact]
    public async Task ImportAsync_WithAnUnresolvableReference_SendsNothing()
    {
        var example = Fixtures.Example1();
        var stackId = fixture.NewStackId("unresolved");
        var withoutLens = new Dictionary<string, TransformSpec>();

        var failure = await Assert.ThrowsAnyAsync<RenderInputException>(() =>
            _client.Tiles.ImportAsync(stackId, [.. example.TileIdToSpecMap.Values], withoutLens));

        Assert.Contains("LENS_CORRECTION", failure.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<RenderNotFoundException>(() => _client.Stacks.GetMetaDataAsync(stackId));
    }

    [Fact]
    public async Task ImportAsync_WithARepeatedTileId_SendsNothing()
    {
        var example = Fixtures.Example1();
        var stackId = fixture.NewStackId("repeated");
        var tile = example.TileIdToSpecMap.Values.First();

        var failure = await Assert.ThrowsAsync<RenderInputException>(() =>
            _client.Tiles.ImportAsync(stackId, [tile, tile], example.TransformIdToSpecMap));

        Assert.Contains(tile.TileId!, failure.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<RenderNotFoundException>(() => _client.Stacks.GetMetaDataAsync(stackId));
    }

    [Fact]
    public async Task ApplyTransformChangesAsync_MontageChanges_GiveTheChangedTilesWithNewBoxes()
    {
        var source = await Example1StackAsync("acquire");
        var target = fixture.NewStackId("montage");
        var changes = Changes("example_1/cycle1_step2_montage_changes.json");

        var count = await _client.Tiles.ApplyTransformChangesAsync(source, target, changes, TransformChangeMode.ReplaceLast, new TileImportOptions { CompleteStack = true });

        Assert.Equal(changes.Count, count);
        var stored = await _client.Tiles.GetResolvedAsync(target);
        Assert.Equal(changes.Count, stored.TileIdToSpecMap.Count);
        foreach (var change in changes)
        {
            var tile = stored.TileIdToSpecMap[change.TileId!];
            Assert.Equal(change.Transform, tile.Transforms.SpecList[^1]);
            Assert.NotNull(tile.MinX);
        }

        Assert.Equal(StackState.Complete, (await _client.Stacks.GetMetaDataAsync(target)).State);
    }

    [Fact]
    public async Task ApplyTransformChangesAsync_WithAnUnknownTile_WritesNothing()
    {
        var source = await Example1StackAsync("unknownSource");
        var target = fixture.NewStackId("unknownTarget");
        var changes = Changes("example_1/cycle1_step2_montage_changes.json");
        changes.Add(new TileTransform("no-such-tile", changes[0].Transform));

        var failure = await Assert.ThrowsAsync<RenderInputException>(() =>
            _client.Tiles.ApplyTransformChangesAsync(source, target, changes, TransformChangeMode.ReplaceLast));

        Assert.Contains("no-such-tile", failure.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<RenderNotFoundException>(() => _client.Stacks.GetMetaDataAsync(target));
    }

    [Fact]
    public async Task ApplyTransformChangesAsync_WithATileListedTwice_WritesNothing()
    {
        var source = await Example1StackAsync("twiceSource");
        var target = fixture.NewStackId("twiceTarget");
        var changes = Changes("example_1/cycle1_step2_montage_changes.json");
        changes.Add(changes[0]);

        var failure = await Assert.ThrowsAsync<RenderInputException>(() =>
            _client.Tiles.ApplyTransformChangesAsync(source, target, changes, TransformChangeMode.Append));

        Assert.Contains("more than once", failure.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<RenderNotFoundException>(() => _client.Stacks.GetMetaDataAsync(target));
    }

    [Fact]
    public async Task AddTransformToLayersAsync_AppendsAShiftToEveryTileOfTheLayer()
    {
        var source = await Example1StackAsync("sectionSource");
        var target = fixture.NewStackId("sectionTarget");
        var shift = new LeafTransformSpec("mpicbg.trakem2.transform.TranslationModel2D", "100 -50") { Id = "shift" };

        var count = await _client.Tiles.AddTransformToLayersAsync(source, target, shift, [3407], replaceLast: false);

        Assert.Equal(4, count);
        var before = await _client.Tiles.GetResolvedAsync(source, 3407);
        var after = await _client.Tiles.GetResolvedAsync(target, 3407);
        Assert.Equal(4, after.TileIdToSpecMap.Count);
        Assert.Equal(shift, after.TransformIdToSpecMap["shift"]);
        foreach (var (id, tile) in after.TileIdToSpecMap)
        {
            var old = before.TileIdToSpecMap[id];
            Assert.Equal(new ReferenceTransformSpec("shift"), tile.Transforms.SpecList[^1]);
            Assert.Equal(old.Transforms.SpecList.Length + 1, tile.Transforms.SpecList.Length);
            Assert.Equal(old.MinX + 100, tile.MinX);
            Assert.Equal(old.MinY - 50, tile.MinY);
        }

        Assert.Equal([3407.0], await _client.Sections.GetZValuesAsync(target));
    }

    [Fact]
    public async Task AddTransformToLayersAsync_ForALayerWithoutTiles_WritesNothing()
    {
        var source = await Example1StackAsync("emptyLayerSource");
        var target = fixture.NewStackId("emptyLayerTarget");
        var shift = new LeafTransformSpec("mpicbg.trakem2.transform.TranslationModel2D", "1 1") { Id = "shift" };

        var failure = await Assert.ThrowsAsync<RenderInputException>(() =>
            _client.Tiles.AddTransformToLayersAsync(source, target, shift, [3407, 9999], replaceLast: true));

        Assert.Contains("9999", failure.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<RenderNotFoundException>(() => _client.Stacks.GetMetaDataAsync(target));
    }

    private async Task<StackId> Example1StackAsync(string prefix)
    {
        var example = Fixtures.Example1();
        var stackId = fixture.NewStackId(prefix);
        await _client.Tiles.ImportAsync(stackId, [.. example.TileIdToSpecMap.Values], example.TransformIdToSpecMap, new TileImportOptions { CompleteStack = true });
        return stackId;
    }

    private static List<TileTransform> Changes(string relativePath) =>
        RenderJson.Parse<List<TileTransform>>(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", relativePath))).GetValueOrThrow();

    /// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread (Progress&lt;T&gt; posts, so a test could miss the last report).</summary>
    private sealed class SynchronousProgress(Action<TileImportProgress> report) : IProgress<TileImportProgress>
    {
        public void Report(TileImportProgress value) => report(value);
    }
}
