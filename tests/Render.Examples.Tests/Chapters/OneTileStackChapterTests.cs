using Render.Examples.Chapters;
using Render.Examples.Tests.Harness;
using Render.Model.Stacks;
using Render.Model.Transforms;

namespace Render.Examples.Tests.Chapters;

[Collection(GuideServerCollection.Name)]
public sealed class OneTileStackChapterTests(GuideServerFixture server)
{
    [Fact]
    public async Task RunAsync_OneTile_StackBoundsAreTheAffineMovedTileBox()
    {
        var made = await OneTileStackChapter.RunAsync(server.Client, GuideServerFixture.NewPrefix(), TextWriter.Null, CancellationToken.None);

        // The tile's corners through its placement: a translation by whole pixels, so render's integer
        // box (minimum truncated, extent rounded up) is exactly the moved box.
        var placement = TransformChangesChapter.PlacementOf(made.Tile);
        double[] x = [0, made.Tile.Width!.Value, 0, made.Tile.Width.Value];
        double[] y = [0, 0, made.Tile.Height!.Value, made.Tile.Height.Value];
        placement.ApplyInPlace(x, y);
        Assert.Equal((x.Min(), y.Min(), x.Max(), y.Max()), (made.Bounds.MinX, made.Bounds.MinY, made.Bounds.MaxX, made.Bounds.MaxY));
        Assert.Equal((1.0, 1.0), (made.Bounds.MinZ, made.Bounds.MaxZ));
        Assert.Equal((OneTileStackChapter.StageX, OneTileStackChapter.StageY), (made.Bounds.MinX!.Value, made.Bounds.MinY!.Value));
    }

    [Fact]
    public async Task RunAsync_OneTile_StackIsCompleteWithTheTileAsSent()
    {
        var made = await OneTileStackChapter.RunAsync(server.Client, GuideServerFixture.NewPrefix(), TextWriter.Null, CancellationToken.None);

        var meta = await server.Client.Stacks.GetMetaDataAsync(made.StackId);
        Assert.Equal(StackState.Complete, meta.State);
        Assert.Equal(1, meta.Stats?.TileCount);
        Assert.Equal((4.0, 4.0, 35.0), (meta.CurrentVersion?.StackResolutionX, meta.CurrentVersion?.StackResolutionY, meta.CurrentVersion?.StackResolutionZ));

        var stored = await server.Client.Tiles.GetAsync(made.StackId, made.Tile.TileId!);
        Assert.Equal(made.Tile.Layout, stored.Layout);
        Assert.Equal(made.Tile.MipmapLevels, stored.MipmapLevels);
        Assert.Equal<TransformSpec>(made.Tile.Transforms.SpecList, stored.Transforms.SpecList);
        Assert.Equal((made.Bounds.MinX, made.Bounds.MaxY), (stored.MinX, stored.MaxY));
    }
}
