using Render.Model.Json;
using Render.Model.PointMatches;

namespace Render.Model.Tests.PointMatches;

public sealed class MatchesJsonTests
{
    [Fact]
    public void Parse_NumbersAsGiven_WritesTheSameTextCompactInPqwOrder()
    {
        var matches = RenderJson.Parse<Matches>("""{ "w": [1, 0.50], "extra": {"a": [1]}, "q": [[3, 4], [1e-7, -0]], "p": [[1.0, 2.25], [5, 6]] }""").GetValueOrThrow();

        Assert.Equal("""{"p":[[1.0,2.25],[5,6]],"q":[[3,4],[1e-7,-0]],"w":[1,0.50]}""", RenderJson.Serialize(matches));
        Assert.Equal(2, matches.WeightCount);
        Assert.Equal([0.0000001, -0.0], matches.Q![1]);
        Assert.Equal([1.0, 0.5], matches.W!);
    }

    [Fact]
    public void Parse_PointMajorRows_KeepsTheirShape()
    {
        var matches = RenderJson.Parse<Matches>("""{"p":[[1,2],[3,4],[5,6],[7,8]],"q":[[1,2],[3,4],[5,6],[7,8]],"w":[1,1,1,1]}""").GetValueOrThrow();

        Assert.Equal(4, matches.P!.Length);
        Assert.Equal([7.0, 8.0], matches.P[3]);
        Assert.Equal(4, matches.WeightCount);
    }

    [Fact]
    public void Parse_NumbersAsStrings_ReadLenientlyAndWrittenJavaStyle()
    {
        var matches = RenderJson.Parse<Matches>("""{"p":[["1.5", 2]],"w":["3"]}""").GetValueOrThrow();

        Assert.Equal("""{"p":[[1.5,2]],"w":[3.0]}""", RenderJson.Serialize(matches));
        Assert.Null(matches.Q);
    }

    [Fact]
    public void Parse_NullRowAndNonFiniteString_KeptAsJacksonWritesThem()
    {
        var matches = RenderJson.Parse<Matches>("""{"p":[null,[1, 2]],"w":["NaN", 1]}""").GetValueOrThrow();

        Assert.Equal("""{"p":[null,[1,2]],"w":["NaN",1]}""", RenderJson.Serialize(matches));
        Assert.True(double.IsNaN(matches.W![0]));
    }

    [Fact]
    public void ToUtf8Json_ParsedOrBuilt_IsTheTextWritten()
    {
        var parsed = RenderJson.Parse<Matches>("""{"q":[[3]], "p":[[1.50]]}""").GetValueOrThrow();
        var built = new Matches([[1.5]], null, [1.0]);

        Assert.Equal("""{"p":[[1.50]],"q":[[3]]}"""u8.ToArray(), parsed.ToUtf8Json().ToArray());
        Assert.Equal("""{"p":[[1.5]],"w":[1.0]}"""u8.ToArray(), built.ToUtf8Json().ToArray());
    }

    [Theory]
    [InlineData("""{"p":[[1,"x"]]}""")]
    [InlineData("""{"w":[[1]]}""")]
    [InlineData("""{"p":[1,2]}""")]
    [InlineData("""[1]""")]
    public void Parse_NotArraysOfNumbers_Fails(string json)
    {
        Assert.False(RenderJson.Parse<Matches>(json).Success);
    }

    [Fact]
    public void Swapped_ParsedOrBuilt_ExchangesPAndQKeepsW()
    {
        var parsed = RenderJson.Parse<Matches>("""{"p":[[1],[2]],"q":[[3],[4]],"w":[5]}""").GetValueOrThrow();
        var built = new Matches([[1.0], [2.0]], [[3.0], [4.0]], [5.0]);

        Assert.Equal("""{"p":[[3],[4]],"q":[[1],[2]],"w":[5]}""", RenderJson.Serialize(parsed.Swapped()));
        Assert.Equal("""{"p":[[3.0],[4.0]],"q":[[1.0],[2.0]],"w":[5.0]}""", RenderJson.Serialize(built.Swapped()));
        Assert.Equal(1, parsed.Swapped().WeightCount);
    }
}
