using Render.Model.Json;
using Render.Model.Tiles;

namespace Render.Model.Tests.Tiles;

public sealed class MipmapLevelDictionaryTests
{
    private static readonly MipmapLevelDictionary Levels = new(
    [
        new(5, new ImageAndMask("five")),
        new(0, new ImageAndMask("zero")),
        new(3, new ImageAndMask("three")),
        new(1, new ImageAndMask("one")),
    ]);

    [Fact]
    public void Levels_AreKeptInNumericOrder()
    {
        Assert.Equal([0, 1, 3, 5], Levels.Keys);
        Assert.Equal(["zero", "one", "three", "five"], Levels.Values.Select(image => image.ImageUrl));
    }

    [Theory]
    [InlineData(4, 3)]
    [InlineData(3, 3)]
    [InlineData(0, 0)]
    [InlineData(99, 5)]
    public void FloorEntry_IsTheHighestLevelNotAbove(int level, int expected)
    {
        // render's TileSpecTest: the floor entry of level 4 is level 3.
        Assert.Equal(expected, Levels.FloorEntry(level)!.Value.Key);
    }

    [Fact]
    public void FloorEntry_BelowEveryLevel_IsNull()
    {
        Assert.Null(MipmapLevelDictionary.Of(2, new ImageAndMask("two")).FloorEntry(1));
        Assert.Null(MipmapLevelDictionary.Empty.FloorEntry(0));
    }

    [Fact]
    public void Lookup_FindsLevelsAndOnlyThem()
    {
        Assert.Equal("three", Levels[3].ImageUrl);
        Assert.True(Levels.ContainsKey(5));
        Assert.False(Levels.TryGetValue(2, out _));
        Assert.Throws<KeyNotFoundException>(() => Levels[2]);
    }

    [Fact]
    public void RepeatedLevel_LaterEntryWins()
    {
        var levels = RenderJson.Parse<TileSpec>("{\"mipmapLevels\":{\"0\":{\"imageUrl\":\"a\"},\"0\":{\"imageUrl\":\"b\"}}}").GetValueOrThrow().MipmapLevels;

        Assert.Equal("b", Assert.Single(levels).Value.ImageUrl);
        Assert.Equal("c", MipmapLevelDictionary.Of(0, new ImageAndMask("a")).With(0, new ImageAndMask("c"))[0].ImageUrl);
    }

    [Fact]
    public void Equality_ComparesLevelsAndImages()
    {
        Assert.Equal(MipmapLevelDictionary.Of(1, new ImageAndMask("x")), MipmapLevelDictionary.Empty.With(1, new ImageAndMask("x")));
        Assert.NotEqual(MipmapLevelDictionary.Of(1, new ImageAndMask("x")), MipmapLevelDictionary.Of(2, new ImageAndMask("x")));
    }
}
