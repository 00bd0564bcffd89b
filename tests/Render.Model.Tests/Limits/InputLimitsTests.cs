using Render.Model.Json;
using Render.Model.Limits;
using Render.Model.PointMatches;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Model.Tests.Limits;

/// <summary>The cases of issue 21 that must be refused with a message, and the real data that must not be.</summary>
public sealed class InputLimitsTests
{
    [Theory]
    [InlineData("1e-6")]
    [InlineData("1e-9")]
    [InlineData("4.9e-324")]
    public void CheckTiles_TinyMeshCellSize_RefusedForTheMeshItImplies(string meshCellSize)
    {
        var collection = Tiles("""{"a":{"tileId":"a","z":1,"width":2560,"height":2160,"meshCellSize":""" + meshCellSize + "}}");

        var error = Assert.Throws<RenderInputException>(() => InputLimits.Default.CheckTiles(collection));

        Assert.Contains("implies a mesh of", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeriveBoundingBoxes_TinyMeshCellSize_RefusedAtOnce()
    {
        var tile = new TileSpec(TileId: "a", Z: 1, Width: 2560, Height: 2160, MeshCellSize: 1e-9);

        Assert.Throws<RenderInputException>(() => ResolvedTilesPreparation.DeriveBoundingBoxes([tile], new Dictionary<string, Render.Model.Transforms.TransformSpec>()));
    }

    [Fact]
    public void CheckGeometry_MeshWithinConfiguredLimit_Accepted_AndBeyondRefused()
    {
        var tile = new TileSpec(TileId: "a", Width: 2048, Height: 2048, MeshCellSize: 1);

        InputLimits.Default.CheckGeometry("tile a", tile);
        Assert.Throws<RenderInputException>(() => (InputLimits.Default with { MaxMeshCells = 1000 }).CheckGeometry("tile a", tile));
    }

    [Theory]
    [InlineData("""{"tileIdToSpecMap":{"a":null}}""", "tileIdToSpecMap entry 'a' is null")]
    [InlineData("""{"transformIdToSpecMap":{"lens":null},"tileIdToSpecMap":{}}""", "transformIdToSpecMap entry 'lens' is null")]
    public void Parse_NullTileOrSharedTransform_IsAClearParseError(string json, string expected)
    {
        var parsed = RenderJson.Parse<ResolvedTileSpecCollection>(json);

        Assert.False(parsed.Success);
        Assert.Contains(expected, parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrongType_NamesNoDotNetType()
    {
        var parsed = RenderJson.Parse<ResolvedTileSpecCollection>("""{"tileIdToSpecMap":1.0}""");

        Assert.Equal("invalid ResolvedTileSpecCollection JSON: expected an object here (at $.tileIdToSpecMap, line 1, column 23)", parsed.Error);
    }

    [Theory]
    [InlineData("tileId")]
    [InlineData("groupId")]
    public void CheckTiles_IdOverLimit_Refused(string field)
    {
        var id = new string('t', InputLimits.DefaultMaxIdLength + 1);
        var tile = field == "tileId" ? $$"""{"tileId":"{{id}}"}""" : $$"""{"tileId":"a","groupId":"{{id}}"}""";

        var error = Assert.Throws<RenderInputException>(() => InputLimits.Default.CheckTiles(Tiles($$"""{"a":{{tile}}}""")));

        Assert.Contains($"is {InputLimits.DefaultMaxIdLength + 1} characters long; the limit is 1024", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 300, "the message repeats the whole id");
    }

    [Theory]
    [InlineData("z", "1e309")]
    [InlineData("minX", "-1e309")]
    [InlineData("maxIntensity", "\"NaN\"")]
    public void CheckTiles_NumberNotFinite_Refused(string field, string value)
    {
        var collection = Tiles("{\"a\":{\"tileId\":\"a\",\"" + field + "\":" + value + "}}");

        var error = Assert.Throws<RenderInputException>(() => InputLimits.Default.CheckTiles(collection));

        Assert.Equal($"{field} of tile 'a' must be a finite number", error.Message);
    }

    [Fact]
    public void CheckTiles_RealBodies_Accepted()
    {
        foreach (var body in Fuzzing.FuzzCorpus.ResolvedTilesBodies())
        {
            InputLimits.Default.CheckTiles(RenderJson.Parse<ResolvedTileSpecCollection>(body).GetValueOrThrow());
        }
    }

    [Fact]
    public void CheckMatches_RealBodies_Accepted()
    {
        foreach (var body in Fuzzing.FuzzCorpus.MatchesBodies())
        {
            InputLimits.Default.CheckMatches(RenderJson.Parse<List<CanvasMatches>>(body).GetValueOrThrow());
        }
    }

    [Theory]
    [InlineData("""{"p":[[1,2,3],[4,5,6]],"q":[[1,2,3],[4,5,6]],"w":[1,1,1]}""")]
    [InlineData("""{"p":[[1,2],[3,4],[5,6],[7,8]],"q":[[1,2],[3,4],[5,6],[7,8]],"w":[1,1,1,1]}""")]
    [InlineData("""{"p":[[1,2,3],[4,5,6]],"q":[[1,2,3],[4,5,6]]}""")]
    [InlineData("""{"p":[[],[]],"q":[[],[]],"w":[]}""")]
    public void CheckMatches_DimensionOrPointMajor_Accepted(string matches)
    {
        InputLimits.Default.CheckMatches(Pairs(matches));
    }

    [Theory]
    [InlineData("""{"p":[[1,2,3],[4,5,6]],"q":[[1,2],[4,5]],"w":[1,1,1]}""", "they must have the same shape")]
    [InlineData("""{"p":[[1,2,3],[4,5,6]],"q":[[1,2,3],[4,5,6]],"w":[1,1,1,1]}""", "there must be one weight per point")]
    [InlineData("""{"p":[[1,2,3],[4,5]],"q":[[1,2,3],[4,5]],"w":[1,1,1]}""", "the rows of p differ in length")]
    [InlineData("""{"p":[[1,2,3],null],"q":[[1,2,3],[4,5,6]],"w":[1,1,1]}""", "p holds a null row")]
    [InlineData("""{"p":[[1,2,1e309],[4,5,6]],"q":[[1,2,3],[4,5,6]],"w":[1,1,1]}""", "p holds a value that is not a finite number")]
    [InlineData("""{"p":[[1,2,3],[4,5,6]],"q":[[1,2,3],[4,5,6]],"w":[1,"NaN",1]}""", "w holds a value that is not a finite number")]
    public void CheckMatches_ArraysThatDisagree_Refused(string matches, string expected)
    {
        var error = Assert.Throws<RenderInputException>(() => InputLimits.Default.CheckMatches(Pairs(matches)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckMatches_ArraysBuiltInCode_CheckedAlike()
    {
        var matches = new Matches([[1, 2], [3, 4]], [[1, 2], [3, 4]], [1, 1, 1]);

        Assert.Throws<RenderInputException>(() => InputLimits.CheckMatches("pair", matches));
        InputLimits.CheckMatches("pair", new Matches([[1, 2], [3, 4]], [[1, 2], [3, 4]], [1, 1]));
    }

    [Fact]
    public void CheckMatches_NullPair_Refused()
    {
        var error = Assert.Throws<RenderInputException>(() => InputLimits.Default.CheckMatches([null]));

        Assert.Equal("match pair 0 is null", error.Message);
    }

    [Theory]
    [InlineData("..", "..", "s")]
    [InlineData("o", "p", "a/b")]
    public void CheckStackId_NameAPathCouldNotReach_Refused(string owner, string project, string stack)
    {
        Assert.Throws<RenderInputException>(() => InputLimits.CheckStackId(new StackId(owner, project, stack)));
    }

    [Fact]
    public async Task Current_SetInsideAnAsyncFlow_RevertsAfterIt()
    {
        var strict = InputLimits.Default with { MaxIdLength = 3 };

        async Task<int> UseAsync()
        {
            InputLimits.Current = strict;
            await Task.Yield();
            return InputLimits.Current.MaxIdLength;
        }

        Assert.Equal(3, await UseAsync());
        Assert.Same(InputLimits.Default, InputLimits.Current);
    }

    private static ResolvedTileSpecCollection Tiles(string tileMap) =>
        RenderJson.Parse<ResolvedTileSpecCollection>($$"""{"tileIdToSpecMap":{{tileMap}}}""").GetValueOrThrow();

    private static List<CanvasMatches> Pairs(string matches) =>
        RenderJson.Parse<List<CanvasMatches>>($$"""[{"pGroupId":"1","pId":"a","qGroupId":"1","qId":"b","matches":{{matches}}}]""").GetValueOrThrow();
}
