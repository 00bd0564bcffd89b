using Render.Examples.Chapters;
using Render.Examples.Tests.Harness;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Examples.Tests.Chapters;

[Collection(GuideServerCollection.Name)]
public sealed class TransformChangesChapterTests(GuideServerFixture server)
{
    [Fact]
    public async Task RunAsync_ReplaceLast_MontageTilesCarryTheNewLastTransform()
    {
        var (acquired, changed) = await RunAsync();

        var source = (await server.Client.Tiles.GetLayerAsync(acquired.StackId, 1)).ToDictionary(tile => tile.TileId!);
        var montage = await server.Client.Tiles.GetLayerAsync(changed.Montage, 1);
        Assert.Equal(6, changed.Changes.Count);
        Assert.Equal(source.Keys.Order(StringComparer.Ordinal), montage.Select(tile => tile.TileId!).Order(StringComparer.Ordinal));
        var newLast = changed.Changes.ToDictionary(change => change.TileId!, change => change.Transform);
        Assert.All(montage, tile =>
        {
            Assert.Equal(source[tile.TileId!].Transforms.Count, tile.Transforms.Count);
            Assert.Equal(newLast[tile.TileId!], tile.Transforms.LastSpec);
            Assert.NotEqual(source[tile.TileId!].Transforms.LastSpec, tile.Transforms.LastSpec);
        });
    }

    [Fact]
    public async Task RunAsync_ReplaceLast_MontageHoldsOnlyTheChangedLayerAndIsComplete()
    {
        var (_, changed) = await RunAsync();

        Assert.Equal([1.0], await server.Client.Sections.GetZValuesAsync(changed.Montage));
        var meta = await server.Client.Stacks.GetMetaDataAsync(changed.Montage);
        Assert.Equal(StackState.Complete, meta.State);
        Assert.Equal(35.0, meta.CurrentVersion?.StackResolutionZ);
    }

    [Fact]
    public async Task RunAsync_SharedTransform_EveryAlignedTileRefersToIt()
    {
        var (_, changed) = await RunAsync();

        var aligned = await server.Client.Tiles.GetResolvedAsync(changed.Aligned, 1);
        Assert.Equal(changed.SharedTransform, aligned.TransformIdToSpecMap[TransformChangesChapter.SharedTransformId]);
        Assert.Equal(6, aligned.TileIdToSpecMap.Count);
        Assert.All(aligned.TileIdToSpecMap.Values, tile =>
            Assert.Equal(TransformChangesChapter.SharedTransformId, Assert.IsType<ReferenceTransformSpec>(tile.Transforms.LastSpec).RefId));
    }

    [Fact]
    public async Task RunAsync_SharedTransform_ShiftsEveryMontageTileByTheTranslation()
    {
        var (_, changed) = await RunAsync();

        var montage = (await server.Client.Tiles.GetLayerAsync(changed.Montage, 1)).ToDictionary(tile => tile.TileId!);
        var aligned = await server.Client.Tiles.GetResolvedAsync(changed.Aligned, 1);
        Assert.All(aligned.TileIdToSpecMap.Values, tile =>
        {
            var resolved = tile with { Transforms = (ListTransformSpec)tile.Transforms.ResolveReferences(aligned.TransformIdToSpecMap) };
            var before = montage[tile.TileId!].GetWorldCoordinates(1024, 1024);
            var after = resolved.GetWorldCoordinates(1024, 1024);
            Assert.Equal(before[0] + TransformChangesChapter.ShiftX, after[0], 1e-9);
            Assert.Equal(before[1] + TransformChangesChapter.ShiftY, after[1], 1e-9);
        });
    }

    [Fact]
    public void RotationAbout_Centre_KeepsTheCentreAndTurnsOtherPoints()
    {
        var turn = TransformChangesChapter.RotationAbout(90, (100, 50));

        var (cx, cy) = (100.0, 50.0);
        turn.ApplyInPlace(ref cx, ref cy);
        var (x, y) = (110.0, 50.0);
        turn.ApplyInPlace(ref x, ref y);

        Assert.Equal((100.0, 50.0), (Math.Round(cx, 9), Math.Round(cy, 9)));
        Assert.Equal((100.0, 60.0), (Math.Round(x, 9), Math.Round(y, 9)));
    }

    /// <summary>A small acquisition, and the chapter run on its layer 1.</summary>
    private async Task<(SyntheticAcquisition Acquired, ChangedStacks Changed)> RunAsync()
    {
        var acquired = await server.AcquireAsync();
        var changed = await TransformChangesChapter.RunAsync(server.Client, acquired.StackId, 1, GuideServerFixture.NewPrefix(), TextWriter.Null, CancellationToken.None);
        return (acquired, changed);
    }
}
