using Render.Model.Json;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Model.Tests.Tiles;

public sealed class TransformChangesTests
{
    private const string Affine = "mpicbg.trakem2.transform.AffineModel2D";

    private static readonly LeafTransformSpec Lens = new("mpicbg.trakem2.transform.NonLinearCoordinateTransform", "lens");
    private static readonly LeafTransformSpec Placement = new(Affine, "1 0 0 1 100 200");
    private static readonly LeafTransformSpec Change = new(Affine, "1 0 0 1 7 8");

    private static TileSpec Tile(string id, params TransformSpec[] transforms) => new(TileId: id, Z: 1, Transforms: new ListTransformSpec(transforms));

    [Theory]
    [InlineData(TransformChangeMode.Append, "lens|1 0 0 1 100 200|1 0 0 1 7 8")]
    [InlineData(TransformChangeMode.ReplaceLast, "lens|1 0 0 1 7 8")]
    [InlineData(TransformChangeMode.ReplaceAll, "1 0 0 1 7 8")]
    public void Apply_EachMode_ChangesTheListAsRenderDoes(TransformChangeMode mode, string expected)
    {
        var changed = TransformChanges.Apply(Tile("a", Lens, Placement), Change, mode);

        Assert.Equal(expected, string.Join('|', changed.Transforms.SpecList.Cast<LeafTransformSpec>().Select(leaf => leaf.DataString)));
    }

    [Fact]
    public void Apply_ReplaceLastOnATileWithoutTransforms_AddsIt()
    {
        var changed = TransformChanges.Apply(new TileSpec(TileId: "a", Z: 1), Change, TransformChangeMode.ReplaceLast);

        Assert.Equal(Change, Assert.Single(changed.Transforms.SpecList));
    }

    [Fact]
    public void ApplyAll_FileFromJson_ChangesOnlyTheNamedTilesInTileOrder()
    {
        var changes = RenderJson.Parse<List<TileTransform>>(
            """[{"tileId":"c","transform":{"className":"mpicbg.trakem2.transform.AffineModel2D","dataString":"1 0 0 1 7 8"}},{"tileId":"a","transform":{"className":"mpicbg.trakem2.transform.AffineModel2D","dataString":"2 0 0 2 0 0"}}]""")
            .GetValueOrThrow();

        var changed = TransformChanges.ApplyAll([Tile("a", Placement), Tile("b", Placement), Tile("c", Placement)], changes, TransformChangeMode.Append);

        Assert.Equal(["a", "c"], changed.Select(tile => tile.TileId));
        Assert.Equal("2 0 0 2 0 0", ((LeafTransformSpec)changed[0].Transforms.LastSpec!).DataString);
        Assert.Equal(["c", "a"], TransformChanges.TileIds(changes));
    }

    [Fact]
    public void ApplyAll_ChangeWithoutTransform_IsRefusedWithAMessage()
    {
        var error = Assert.Throws<RenderInputException>(() => TransformChanges.ApplyAll([Tile("a")], [new TileTransform("a")], TransformChangeMode.Append));

        Assert.Contains("tileId and a transform", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mode_JavaNames_RoundTrip()
    {
        Assert.Equal(["APPEND", "REPLACE_LAST", "REPLACE_ALL"], JavaEnumNames<TransformChangeMode>.Names);
        Assert.True(JavaEnumNames<TransformChangeMode>.TryParse("REPLACE_LAST", out var mode));
        Assert.Equal(TransformChangeMode.ReplaceLast, mode);
    }
}
